import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import type { OpinionDimension, OpinionsBreakdownQuery as OpinionsBreakdownResult } from '../../../__generated__/graphql';
import { BarChart } from '../../../components/bar-chart';
import { ChartPanel } from '../../../components/chart-panel';
import type { TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatMonth, formatNumber } from '../../../shared/format';
import { PALETTE, SERIES_COLOURS } from '../../../shared/palette';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { ANSWER_ORDER, answerCategory, toBreakdownRows, toOpinionBars, type BreakdownRow } from '../utils/opinion-rows';
import { RateCell, useOpinionText } from './opinion-text';

const OpinionsBreakdownQuery = graphql(`
  query OpinionsBreakdown($scope: ScopeInput!, $period: PeriodInput!, $groupBy: [OpinionDimension!]) {
    opinions(scope: $scope, period: $period, groupBy: $groupBy) {
      topic
      topicEn
      authorityLevel
      meetingKind
      answeredOnSpot
      status
      concernsProcedure
      field {
        id
        code
        name
        nameEn
      }
      unit {
        id
        code
        name
        nameEn
      }
      periodStart
      meetings
      opinions
      opinionsItemised
      meetingsWithUnknownOpinionCount
      opinionShare
      answeredOnSpotRate
      referredRate
      communeAuthorityShare
      procedureOpinionShare
    }
  }
`);

type ApiRow = OpinionsBreakdownResult['opinions'][number];
type RateKey = 'answeredOnSpotRate' | 'referredRate' | 'communeAuthorityShare' | 'procedureOpinionShare';

/** The breakdowns the page draws: the main one (?by=) and the fixed ones. */
export type BreakdownKind = 'TOPIC' | 'FIELD' | 'CONCERNS_PROCEDURE' | 'UNIT' | 'MONTH' | 'AUTHORITY_LEVEL' | 'MEETING_KIND' | 'ANSWER';

const GROUP_BY: Record<BreakdownKind, OpinionDimension[]> = {
  TOPIC: ['TOPIC'],
  FIELD: ['FIELD'],
  CONCERNS_PROCEDURE: ['CONCERNS_PROCEDURE'],
  UNIT: ['UNIT'],
  MONTH: ['MONTH'],
  AUTHORITY_LEVEL: ['AUTHORITY_LEVEL'],
  MEETING_KIND: ['MEETING_KIND'],
  ANSWER: ['ANSWERED_ON_SPOT', 'STATUS'],
};

const NOT_REPORTED_COLOUR = '#6b7580';

/** A breakdown's query (the page prefetches the four it shows). */
export const opinionsBreakdownQuery = (unitCode: string, period: Period, kind: BreakdownKind) =>
  pageQuery(OpinionsBreakdownQuery, { scope: subtree(unitCode), period, groupBy: GROUP_BY[kind] });

export interface BreakdownProps {
  unitCode: string;
  period: Period;
  kind: BreakdownKind;
  title: string;
  /** Catalogue rates shown beside the counts in the table. */
  rates: RateKey[];
  csvName: string;
  /** Names the panel's chart/table switch and sort in the URL. */
  urlKey: string;
}

/** Opinions of the unit and period grouped one way: a bar per group, the same rows as a table and CSV. */
export function OpinionsBreakdown({ unitCode, period, kind, title, rates, csvName, urlKey }: BreakdownProps) {
  const intl = useIntl();
  const text = useOpinionText();
  const { byKey } = useMetrics();
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OpinionsBreakdownQuery, { variables: opinionsBreakdownQuery(unitCode, period, kind).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const what = intl.formatMessage({ id: 'opinions.breakdown' }, { what: title });
  const name = (key: string) => byKey.get(key)?.name ?? key;

  if (error)
    return (
      <Panel title={title}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  if (!data)
    return (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );

  const describe = (row: ApiRow) => {
    const en = text.locale === 'en';
    switch (kind) {
      case 'TOPIC':
        return {
          key: row.topic ?? 'none',
          label: (en && row.topicEn) || row.topic || intl.formatMessage({ id: 'opinions.topic.none' }),
          notReported: !row.topic,
        };
      case 'FIELD':
        return {
          key: row.field?.code ?? 'none',
          label: row.field ? (en && row.field.nameEn) || row.field.name : intl.formatMessage({ id: 'opinions.field.none' }),
          notReported: !row.field,
        };
      case 'CONCERNS_PROCEDURE': {
        const key = row.concernsProcedure === null ? 'none' : String(row.concernsProcedure);
        return {
          key,
          label: intl.formatMessage({ id: `opinions.procedure.${key as 'true' | 'false' | 'none'}` }),
          notReported: row.concernsProcedure === null,
        };
      }
      case 'UNIT':
        return {
          key: row.unit?.code ?? 'none',
          label: row.unit ? (en && row.unit.nameEn) || row.unit.name : intl.formatMessage({ id: 'opinions.unit.none' }),
          notReported: !row.unit,
        };
      case 'MONTH':
        return {
          key: row.periodStart ?? 'none',
          label: row.periodStart ? formatMonth(row.periodStart) : '',
          notReported: !row.periodStart,
          order: row.periodStart,
        };
      case 'AUTHORITY_LEVEL':
        return {
          key: row.authorityLevel ?? 'none',
          label: intl.formatMessage({ id: `opinions.authority.${row.authorityLevel ?? 'none'}` }),
          notReported: !row.authorityLevel,
        };
      case 'MEETING_KIND':
        return { key: row.meetingKind ?? 'none', label: row.meetingKind ? text.kind(row.meetingKind) : '', notReported: !row.meetingKind };
      case 'ANSWER': {
        const category = answerCategory(row.answeredOnSpot, row.status);
        return {
          key: `${row.answeredOnSpot}|${row.status}`,
          label: intl.formatMessage({ id: `opinions.answer.${category}` }),
          notReported: category === 'NOT_REPORTED',
          order: String(ANSWER_ORDER.indexOf(category)),
        };
      }
    }
  };
  // Months (or groups) without any meeting have nothing to show; an empty month is not an unknown one.
  const held = data.opinions.filter((r) => r.meetings > 0);
  const shaped = toBreakdownRows(held, describe, new Intl.Collator(text.locale, { numeric: true }));
  const rows =
    kind === 'ANSWER'
      ? distinctLabels(shaped, (r) =>
          intl.formatMessage({
            id:
              r.row.answeredOnSpot === null
                ? 'opinions.answer.spotNull'
                : r.row.answeredOnSpot
                  ? 'opinions.answer.spotTrue'
                  : 'opinions.answer.spotFalse',
          }),
        )
      : shaped;
  if (!rows.length)
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'opinions.breakdownEmpty' }, { what: title })}</EmptyState>
      </Panel>
    );

  const bars = toOpinionBars(rows, (label) => intl.formatMessage({ id: 'opinions.atLeastLabel' }, { label })).map((b, i) => ({
    ...b,
    colour: rows.find((r) => r.key === b.key)?.notReported
      ? NOT_REPORTED_COLOUR
      : kind === 'MONTH'
        ? PALETTE.blue
        : SERIES_COLOURS[i % SERIES_COLOURS.length],
  }));
  const notDrawn = rows.filter((r) => r.count.kind === 'unknown').map((r) => r.label);
  const columns: TableColumn<BreakdownRow<ApiRow>>[] = [
    { id: 'group', header: intl.formatMessage({ id: 'opinions.group' }), value: (r) => r.label, kind: 'text', minWidth: '12rem' },
    {
      id: 'meetings',
      header: name('meetings'),
      value: (r) => r.row.meetings,
      kind: 'count',
      description: byKey.get('meetings')?.description,
    },
    {
      id: 'opinions',
      header: name('opinions'),
      value: (r) => r.row.opinions,
      render: (r) => text.count(r.count),
      kind: 'count',
      description: byKey.get('opinions')?.description,
    },
    {
      id: 'opinionsItemised',
      header: name('opinionsItemised'),
      value: (r) => r.row.opinionsItemised,
      kind: 'count',
      description: byKey.get('opinionsItemised')?.description,
    },
    {
      id: 'meetingsWithUnknownOpinionCount',
      header: intl.formatMessage({ id: 'opinions.unknownMeetings' }),
      value: (r) => r.row.meetingsWithUnknownOpinionCount,
      kind: 'count',
    },
    ...(['opinionShare', ...rates] as const).map((key) => ({
      id: key,
      header: name(key),
      value: (r: BreakdownRow<ApiRow>) => r.row[key],
      render: (r: BreakdownRow<ApiRow>) => <RateCell value={r.row[key]} />,
      kind: 'rate' as const,
      description: byKey.get(key)?.description,
    })),
  ];
  const barSummary = bars.map((b) => `${b.label} ${formatNumber(b.value, text.locale)}`).join(', ');
  return (
    <ChartPanel
      busy={loading}
      title={title}
      description={intl.formatMessage({ id: 'opinions.breakdownDescription' })}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      csvName={[csvName, unitCode, period.from, period.to]}
      urlKey={urlKey}
      chart={
        <div data-testid={`breakdown-${kind}`}>
          <BarChart
            bars={bars}
            valueName={name('opinions')}
            summary={intl.formatMessage({ id: 'opinions.chartSummary' }, { title, values: barSummary })}
            height={Math.max(160, bars.length * 40 + 40)}
          />
          {notDrawn.length > 0 && (
            <p className="section__note">{intl.formatMessage({ id: 'opinions.notDrawn' }, { names: notDrawn.join('; ') })}</p>
          )}
        </div>
      }
    />
  );
}

/** Two groups with the same label (e.g. referred, on the spot or not) get what tells them apart. */
function distinctLabels<T>(rows: BreakdownRow<T>[], detail: (row: BreakdownRow<T>) => string): BreakdownRow<T>[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.label, (seen.get(r.label) ?? 0) + 1);
  return rows.map((r) => ((seen.get(r.label) ?? 0) > 1 ? { ...r, label: `${r.label} (${detail(r)})` } : r));
}

import { skipToken, useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import type { OpinionsKindLevelQuery as OpinionsKindLevelResult } from '../../../__generated__/graphql';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { ErrorState, Loading } from '../../../components/query-state';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import {
  ATTRIBUTE_RATE,
  countIfReported,
  MEETING_KINDS,
  meetingGroupFacts,
  opinionCount,
  type MeetingGroupFacts,
  type ReportedSum,
} from '../utils/opinion-rows';
import { useOpinionText } from './opinion-text';

const OpinionsKindLevelMeetingsQuery = graphql(`
  query OpinionsKindLevelMeetings($scope: ScopeInput!, $period: PeriodInput!, $unitCode: String!, $activeOn: Date!) {
    meetings(scope: $scope, period: $period) {
      id
      kind
      heldOn
      placedOn
      unit {
        id
        code
        name
        level
      }
      attendees
      businesses
      neighbourhoods
      opinionCount
      opinionCountText
    }
    units(parentCode: $unitCode, activeOn: $activeOn) {
      id
      code
    }
  }
`);

const OpinionsKindLevelQuery = graphql(`
  query OpinionsKindLevel($own: ScopeInput!, $sub: ScopeInput!, $hasSub: Boolean!, $period: PeriodInput!) {
    own: opinions(scope: $own, period: $period, groupBy: [MEETING_KIND]) {
      ...OpinionsKindLevelFigures
    }
    sub: opinions(scope: $sub, period: $period, groupBy: [MEETING_KIND]) @include(if: $hasSub) {
      ...OpinionsKindLevelFigures
    }
  }
  fragment OpinionsKindLevelFigures on OpinionRow {
    meetingKind
    meetings
    opinions
    opinionsItemised
    meetingsWithUnknownOpinionCount
    opinionsCommuneAuthority
    opinionsDistrictAuthority
    opinionsHigherAuthority
    opinionsAnsweredOnSpot
    opinionsReferred
    opinionsAboutProcedures
    answeredOnSpotRate
    referredRate
    communeAuthorityShare
    procedureOpinionShare
  }
`);

type Figures = OpinionsKindLevelResult['own'][number];
type CountKey =
  | 'opinionsCommuneAuthority'
  | 'opinionsDistrictAuthority'
  | 'opinionsHigherAuthority'
  | 'opinionsAnsweredOnSpot'
  | 'opinionsReferred'
  | 'opinionsAboutProcedures';
const COUNT_KEYS: CountKey[] = [
  'opinionsCommuneAuthority',
  'opinionsDistrictAuthority',
  'opinionsHigherAuthority',
  'opinionsAnsweredOnSpot',
  'opinionsReferred',
  'opinionsAboutProcedures',
];

interface KindLevelRow {
  key: string;
  level: 'own' | 'sub';
  levelLabel: string;
  kind: string;
  kindLabel: string;
  figures: Figures;
  facts: MeetingGroupFacts | null;
  /** Units under the chosen one that existed at the end of the period. */
  subUnits: number;
}

/** The meetings and units the table starts from (the page prefetches it; the figures follow from its units). */
export const opinionsKindLevelQuery = (unitCode: string, period: Period) =>
  pageQuery(OpinionsKindLevelMeetingsQuery, { scope: subtree(unitCode), period, unitCode, activeOn: period.to });

/**
 * Meetings of each kind held by the unit itself and by the units under it: how many, where, attendance as
 * published, and the API's opinion counts (F11: business dialogue 12 answered on the spot; F12: "more
 * than 9"; F13: ward conferences in 13 of 15 wards, 929 attendees, 123 opinions, 120 ward / 3 district).
 */
export function OpinionsKindLevel({ unitCode, unitName, period }: { unitCode: string; unitName: string; period: Period }) {
  const intl = useIntl();
  const text = useOpinionText();
  const { byKey } = useMetrics();
  const base = useQuery(OpinionsKindLevelMeetingsQuery, { variables: opinionsKindLevelQuery(unitCode, period).variables });
  const baseData = base.data ?? base.previousData;
  const subCodes = baseData?.units.map((u) => u.code) ?? [];
  const figures = useQuery(
    OpinionsKindLevelQuery,
    baseData
      ? {
          variables: {
            own: { unitCodes: [unitCode], includeDescendants: false },
            sub: { unitCodes: subCodes.length ? subCodes : [unitCode], includeDescendants: true },
            hasSub: subCodes.length > 0,
            period,
          },
        }
      : skipToken,
  );
  const figuresData = figures.data ?? figures.previousData;
  const title = intl.formatMessage({ id: 'opinions.kindLevelTitle' });
  const what = intl.formatMessage({ id: 'opinions.kindLevel' });
  const error = base.error ?? figures.error;

  if (error)
    return (
      <Panel title={title}>
        <ErrorState
          what={what}
          error={error}
          onRetry={() => {
            void base.refetch();
            if (baseData) void figures.refetch();
          }}
        />
      </Panel>
    );
  if (!baseData || !figuresData)
    return (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );

  const rows: KindLevelRow[] = [];
  for (const level of ['own', 'sub'] as const) {
    const apiRows = (level === 'own' ? figuresData.own : figuresData.sub) ?? [];
    for (const kind of MEETING_KINDS) {
      const row = apiRows.find((r) => r.meetingKind === kind && r.meetings > 0);
      if (!row) continue;
      rows.push({
        key: `${level}-${kind}`,
        level,
        levelLabel:
          level === 'own'
            ? intl.formatMessage({ id: 'opinions.level.own' }, { unit: unitName })
            : intl.formatMessage({ id: 'opinions.level.sub' }),
        kind,
        kindLabel: text.kind(kind),
        figures: row,
        facts: meetingGroupFacts(baseData.meetings, kind, level, unitCode),
        subUnits: subCodes.length,
      });
    }
  }
  if (!rows.length) return null; // the summary above already says there is no meeting in the period

  const name = (key: string) => byKey.get(key)?.name ?? key;
  const sum = (pick: (f: MeetingGroupFacts) => ReportedSum) => (r: KindLevelRow) => (r.facts ? pick(r.facts).value : null);
  const sumCell = (pick: (f: MeetingGroupFacts) => ReportedSum) => (r: KindLevelRow) => {
    const s = r.facts ? pick(r.facts) : { value: null, partial: false };
    return <ReportedSumCell sum={s} text={text.reported(s.value)} partial={intl.formatMessage({ id: 'opinions.partialSum' })} />;
  };
  const opinionsText = (r: KindLevelRow) => {
    const count = opinionCount(r.figures);
    if (count.kind === 'exact') return text.count(count);
    // One meeting without an exact count and nothing itemised: its own words ("hơn 9").
    if (r.figures.opinionsItemised === 0 && r.facts?.soleUnknownCount) return text.published(r.facts.soleUnknownCount);
    return text.count(count);
  };
  const columns: TableColumn<KindLevelRow>[] = [
    { id: 'level', header: intl.formatMessage({ id: 'opinions.level' }), value: (r) => r.levelLabel, kind: 'text', minWidth: '8rem' },
    { id: 'kind', header: intl.formatMessage({ id: 'opinions.kind' }), value: (r) => r.kindLabel, kind: 'text', minWidth: '8rem' },
    {
      id: 'meetings',
      header: name('meetings'),
      value: (r) => r.figures.meetings,
      kind: 'count',
      description: byKey.get('meetings')?.description,
    },
    {
      id: 'heldBy',
      header: intl.formatMessage({ id: 'opinions.heldBy' }),
      value: (r) =>
        r.level === 'sub' && r.facts ? intl.formatMessage({ id: 'opinions.heldByValue' }, { held: r.facts.units, total: r.subUnits }) : '',
      kind: 'text',
      description: intl.formatMessage({ id: 'opinions.heldByDescription' }),
    },
    {
      id: 'attendees',
      header: intl.formatMessage({ id: 'opinions.attendees' }),
      value: sum((f) => f.attendees),
      render: sumCell((f) => f.attendees),
      kind: 'count',
    },
    {
      id: 'businesses',
      header: intl.formatMessage({ id: 'opinions.businesses' }),
      value: sum((f) => f.businesses),
      render: sumCell((f) => f.businesses),
      kind: 'count',
    },
    {
      id: 'neighbourhoods',
      header: intl.formatMessage({ id: 'opinions.neighbourhoods' }),
      value: sum((f) => f.neighbourhoods),
      render: sumCell((f) => f.neighbourhoods),
      kind: 'count',
    },
    {
      id: 'opinions',
      header: name('opinions'),
      value: (r) => r.figures.opinions ?? opinionsText(r),
      render: opinionsText,
      kind: 'count',
      description: byKey.get('opinions')?.description,
    },
    ...COUNT_KEYS.map((key) => ({
      id: key,
      header: name(key),
      value: (r: KindLevelRow) => countIfReported(r.figures[key], r.figures[ATTRIBUTE_RATE[key]]),
      render: (r: KindLevelRow) => text.reported(countIfReported(r.figures[key], r.figures[ATTRIBUTE_RATE[key]])),
      kind: 'count' as const,
      description: byKey.get(key)?.description,
    })),
  ];
  return (
    <Panel title={title} description={intl.formatMessage({ id: 'opinions.kindLevelDescription' })} busy={base.loading || figures.loading}>
      <div data-testid="opinions-kind-level">
        <DataTable
          caption={title}
          hideCaption
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          csvName={['y-kien-loai-hinh-cap', unitCode, period.from, period.to]}
        />
      </div>
    </Panel>
  );
}

function ReportedSumCell({ sum, text, partial }: { sum: ReportedSum; text: string; partial: string }): ReactNode {
  return (
    <>
      {text}
      {sum.partial && <span className="cell-sub">{partial}</span>}
    </>
  );
}

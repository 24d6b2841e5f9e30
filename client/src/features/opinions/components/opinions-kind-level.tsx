import { useQuery } from '@apollo/client/react';
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
import { ATTRIBUTE_RATE, countIfReported, isPartialSum, MEETING_KINDS, opinionCount, soleCountWords } from '../utils/opinion-rows';
import { useOpinionText } from './opinion-text';

const OpinionsKindLevelQuery = graphql(`
  query OpinionsKindLevel($scope: ScopeInput!, $period: PeriodInput!) {
    opinions(scope: $scope, period: $period, groupBy: [HELD_BY, MEETING_KIND]) {
      heldBy
      meetingKind
      meetings
      unitsWithMeetings
      unitsInScope
      attendees {
        value
        reportedBy
      }
      businesses {
        value
        reportedBy
      }
      neighbourhoods {
        value
        reportedBy
      }
      opinions
      opinionsItemised
      meetingsWithUnknownOpinionCount
      opinionCountWords
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
  }
`);

type Figures = OpinionsKindLevelResult['opinions'][number];
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
  kindLabel: string;
  figures: Figures;
}

type SumKey = 'attendees' | 'businesses' | 'neighbourhoods';

export const opinionsKindLevelQuery = (unitCode: string, period: Period) =>
  pageQuery(OpinionsKindLevelQuery, { scope: subtree(unitCode), period });

/**
 * Meetings of each kind held by the unit itself and by the units under it: how many, where, attendance as
 * published, and the API's opinion counts (F11: business dialogue 12 answered on the spot; F12: "more
 * than 9"; F13: ward conferences in 13 of 15 wards, 929 attendees, 123 opinions, 120 ward / 3 district).
 */
export function OpinionsKindLevel({ unitCode, unitName, period }: { unitCode: string; unitName: string; period: Period }) {
  const intl = useIntl();
  const text = useOpinionText();
  const { byKey } = useMetrics();
  const result = useQuery(OpinionsKindLevelQuery, { variables: opinionsKindLevelQuery(unitCode, period).variables });
  const data = result.data ?? result.previousData;
  const title = intl.formatMessage({ id: 'opinions.kindLevelTitle' });
  const what = intl.formatMessage({ id: 'opinions.kindLevel' });

  if (result.error)
    return (
      <Panel title={title}>
        <ErrorState what={what} error={result.error} onRetry={() => void result.refetch()} />
      </Panel>
    );
  if (!data)
    return (
      <Panel title={title}>
        <Loading what={what} />
      </Panel>
    );

  const rows: KindLevelRow[] = [];
  for (const [level, heldBy] of [
    ['own', 'SCOPE_UNIT'],
    ['sub', 'UNIT_BELOW'],
  ] as const) {
    for (const kind of MEETING_KINDS) {
      const row = data.opinions.find((r) => r.heldBy === heldBy && r.meetingKind === kind && r.meetings > 0);
      if (!row) continue;
      rows.push({
        key: `${level}-${kind}`,
        level,
        levelLabel:
          level === 'own'
            ? intl.formatMessage({ id: 'opinions.level.own' }, { unit: unitName })
            : intl.formatMessage({ id: 'opinions.level.sub' }),
        kindLabel: text.kind(kind),
        figures: row,
      });
    }
  }
  if (!rows.length) return null; // the summary above already says there is no meeting in the period

  const name = (key: string) => byKey.get(key)?.name ?? key;
  const sumColumn = (key: SumKey): TableColumn<KindLevelRow> => ({
    id: key,
    header: intl.formatMessage({ id: `opinions.${key}` }),
    value: (r) => r.figures[key].value,
    render: (r) => (
      <ReportedSumCell
        text={text.reported(r.figures[key].value)}
        partial={isPartialSum(r.figures[key], r.figures.meetings) ? intl.formatMessage({ id: 'opinions.partialSum' }) : null}
      />
    ),
    kind: 'count',
  });
  const opinionsText = (r: KindLevelRow) => {
    const count = opinionCount(r.figures);
    if (count.kind === 'exact') return text.count(count);
    // One meeting without an exact count and nothing itemised: its own words ("hơn 9").
    const words = soleCountWords(r.figures);
    if (words) return text.published(words);
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
        r.level === 'sub'
          ? intl.formatMessage({ id: 'opinions.heldByValue' }, { held: r.figures.unitsWithMeetings, total: r.figures.unitsInScope })
          : '',
      kind: 'text',
      description: intl.formatMessage({ id: 'opinions.heldByDescription' }),
    },
    sumColumn('attendees'),
    sumColumn('businesses'),
    sumColumn('neighbourhoods'),
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
    <Panel title={title} description={intl.formatMessage({ id: 'opinions.kindLevelDescription' })} busy={result.loading}>
      <div data-testid="opinions-kind-level">
        <DataTable
          caption={title}
          hideCaption
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          csvName={['y-kien-loai-hinh-cap', unitCode, period.from, period.to]}
          urlKey="kind-level"
        />
      </div>
    </Panel>
  );
}

function ReportedSumCell({ text, partial }: { text: string; partial: string | null }): ReactNode {
  return (
    <>
      {text}
      {partial && <span className="cell-sub">{partial}</span>}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import type { MeetingsListQuery as MeetingsListResult } from '../../../__generated__/graphql';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useMetrics } from '../../../components/metric-catalogue';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatDate, formatPeriod } from '../../../shared/format';
import { pageQuery, subtree } from '../../../shared/page-query';
import type { Period } from '../../../shared/period';
import { placement, publishedCount, sortMeetings } from '../utils/opinion-rows';
import { useOpinionText } from './opinion-text';

const MeetingsListQuery = graphql(`
  query MeetingsList($scope: ScopeInput!, $period: PeriodInput!) {
    meetings(scope: $scope, period: $period) {
      id
      ref
      kind
      unit {
        id
        code
        name
        nameEn
        level
      }
      heldOn
      placedOn
      placement
      chair
      attendees
      businesses
      neighbourhoods
      opinionCount
      opinionCountText
      generated
    }
  }
`);

type Meeting = MeetingsListResult['meetings'][number];

/** The meetings list's query (the page prefetches it). */
export const meetingsListQuery = (unitCode: string, period: Period) => pageQuery(MeetingsListQuery, { scope: subtree(unitCode), period });

/** Every dialogue and conference placed in the period, with its figures as published; each opens its opinions. */
export function MeetingsList({
  unitCode,
  period,
  selected,
  onSelect,
}: {
  unitCode: string;
  period: Period;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const intl = useIntl();
  const text = useOpinionText();
  const { byKey } = useMetrics();
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(MeetingsListQuery, { variables: meetingsListQuery(unitCode, period).variables });
  // While new variables load, the last figures stay on screen, dimmed (aria-busy), instead of a blank.
  const data = fresh ?? previousData;
  const title = intl.formatMessage({ id: 'opinions.meetingsTitle' });
  const what = intl.formatMessage({ id: 'opinions.meetings' });

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
  const meetings = sortMeetings(data.meetings, new Intl.Collator(text.locale, { numeric: true }));
  if (!meetings.length)
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'opinions.meetingsEmpty' }, { period: formatPeriod(period.from, period.to) })}</EmptyState>
      </Panel>
    );

  const unitName = (m: Meeting) => (text.locale === 'en' && m.unit.nameEn) || m.unit.name;
  const dateText = (m: Meeting) => {
    const p = placement(m);
    return p.kind === 'heldOn' ? formatDate(p.day) : intl.formatMessage({ id: 'opinions.undated' });
  };
  const columns: TableColumn<Meeting>[] = [
    {
      id: 'date',
      header: intl.formatMessage({ id: 'opinions.date' }),
      value: (m) => m.placedOn,
      render: (m) => {
        const p = placement(m);
        return (
          <>
            {dateText(m)}
            {p.kind === 'reportPeriodEnd' && (
              <span className="cell-sub">{intl.formatMessage({ id: 'opinions.placedOn' }, { date: formatDate(p.day) })}</span>
            )}
            {p.kind === 'unplaced' && <span className="cell-sub">{intl.formatMessage({ id: 'opinions.unplaced' })}</span>}
          </>
        );
      },
      kind: 'text',
      minWidth: '8rem',
    },
    {
      id: 'unit',
      header: intl.formatMessage({ id: 'opinions.unit' }),
      value: unitName,
      render: (m) => (
        <>
          {unitName(m)}
          {m.generated && (
            <span className="cell-sub" title={intl.formatMessage({ id: 'opinions.generatedHint' })}>
              {intl.formatMessage({ id: 'opinions.generated' })}
            </span>
          )}
        </>
      ),
      kind: 'text',
      minWidth: '9rem',
    },
    { id: 'kind', header: intl.formatMessage({ id: 'opinions.kind' }), value: (m) => text.kind(m.kind), kind: 'text', minWidth: '10rem' },
    {
      id: 'chair',
      header: intl.formatMessage({ id: 'opinions.chair' }),
      value: (m) => m.chair ?? intl.formatMessage({ id: 'opinions.notReported' }),
      kind: 'text',
      minWidth: '10rem',
    },
    ...(['attendees', 'businesses', 'neighbourhoods'] as const).map((key) => ({
      id: key,
      header: intl.formatMessage({ id: `opinions.${key}` }),
      value: (m: Meeting) => m[key],
      render: (m: Meeting) => text.reported(m[key]),
      kind: 'count' as const,
    })),
    {
      id: 'opinionCount',
      header: intl.formatMessage({ id: 'opinions.opinionCount' }),
      value: (m) => m.opinionCount ?? text.published(publishedCount(m)),
      render: (m) => <span data-testid={`meeting-opinions-${m.ref}`}>{text.published(publishedCount(m))}</span>,
      kind: 'count',
      description: byKey.get('opinions')?.description,
    },
    {
      id: 'details',
      header: intl.formatMessage({ id: 'opinions.details' }),
      value: () => '',
      render: (m) => (
        <button type="button" className="button button--quiet" aria-pressed={selected === m.id} onClick={() => onSelect(m.id)}>
          {intl.formatMessage({ id: selected === m.id ? 'opinions.showing' : 'opinions.show' })}
          <span className="visually-hidden">: {`${text.kind(m.kind)}, ${unitName(m)}, ${dateText(m)}`}</span>
        </button>
      ),
      kind: 'text',
    },
  ];
  return (
    <Panel title={title} description={intl.formatMessage({ id: 'opinions.meetingsDescription' })} busy={loading}>
      <DataTable
        caption={title}
        hideCaption
        columns={columns}
        rows={meetings}
        rowKey={(m) => m.id}
        csvName={['doi-thoai', unitCode, period.from, period.to]}
        urlKey="meetings"
        rowClassName={(m) => (m.id === selected ? 'is-selected' : undefined)}
      />
    </Panel>
  );
}

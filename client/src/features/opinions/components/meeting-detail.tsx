import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../__generated__';
import type { MeetingDetailQuery as MeetingDetailResult } from '../../../__generated__/graphql';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatDate, formatPeriod } from '../../../shared/format';
import { MEETING_OPINIONS_TABLE, placement, publishedCount } from '../utils/opinion-rows';
import { useOpinionText } from './opinion-text';

const MeetingDetailQuery = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      ref
      kind
      unit {
        id
        code
        name
        nameEn
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
      opinionsItemised
      reviewedFrom
      reviewedTo
      sourceDocument
      note
      topicsRaised
      generated
      opinions {
        id
        seq
        topic
        topicEn
        field {
          id
          code
          name
          nameEn
        }
        concernsProcedure
        authorityLevel
        answeredOnSpot
        status
        generated
      }
    }
  }
`);

type Opinion = NonNullable<MeetingDetailResult['meeting']>['opinions'][number];

/** One meeting as its report gives it, with each opinion itemised. */
export function MeetingDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const intl = useIntl();
  const text = useOpinionText();
  const { data, loading, error, refetch } = useQuery(MeetingDetailQuery, { variables: { id } });
  const what = intl.formatMessage({ id: 'opinions.meeting' });
  const region = useRef<HTMLDivElement>(null);
  const meeting = data?.meeting;
  // Bring the opened meeting into view (it opens below the list the user clicked in).
  useEffect(() => {
    if (meeting) region.current?.scrollIntoView({ block: 'nearest' });
  }, [meeting]);

  const close = (
    <button type="button" className="button button--quiet" onClick={onClose}>
      {intl.formatMessage({ id: 'opinions.close' })}
    </button>
  );
  const fallbackTitle = intl.formatMessage({ id: 'opinions.opinionsTitle' });
  if (error)
    return (
      <Panel title={fallbackTitle} tools={close}>
        <ErrorState what={what} error={error} onRetry={() => refetch()} />
      </Panel>
    );
  if (!data)
    return (
      <Panel title={fallbackTitle} tools={close}>
        <Loading what={what} />
      </Panel>
    );
  if (!meeting)
    return (
      <Panel title={fallbackTitle} tools={close}>
        <EmptyState>{intl.formatMessage({ id: 'opinions.meetingMissing' }, { id })}</EmptyState>
      </Panel>
    );

  const unitName = (text.locale === 'en' && meeting.unit.nameEn) || meeting.unit.name;
  const p = placement(meeting);
  const yesNo = (v: boolean | null) =>
    v === null ? intl.formatMessage({ id: 'opinions.notReported' }) : intl.formatMessage({ id: v ? 'opinions.yes' : 'opinions.no' });
  const columns: TableColumn<Opinion>[] = [
    { id: 'seq', header: intl.formatMessage({ id: 'opinions.seq' }), value: (o) => o.seq, kind: 'count' },
    {
      id: 'topic',
      header: intl.formatMessage({ id: 'opinions.topic' }),
      value: (o) => (text.locale === 'en' && o.topicEn) || o.topic || intl.formatMessage({ id: 'opinions.topic.none' }),
      render: (o) => (
        <>
          {(text.locale === 'en' && o.topicEn) || o.topic || intl.formatMessage({ id: 'opinions.topic.none' })}
          {o.generated && <span className="cell-sub">{intl.formatMessage({ id: 'opinions.generated' })}</span>}
        </>
      ),
      kind: 'text',
      minWidth: '18rem',
    },
    {
      id: 'field',
      header: intl.formatMessage({ id: 'opinions.field' }),
      value: (o) =>
        o.field ? (text.locale === 'en' && o.field.nameEn) || o.field.name : intl.formatMessage({ id: 'opinions.notReported' }),
      kind: 'text',
    },
    {
      id: 'concernsProcedure',
      header: intl.formatMessage({ id: 'opinions.concernsProcedure' }),
      value: (o) => yesNo(o.concernsProcedure),
      kind: 'text',
    },
    {
      id: 'authority',
      header: intl.formatMessage({ id: 'opinions.authority' }),
      value: (o) => intl.formatMessage({ id: `opinions.authority.${o.authorityLevel ?? 'none'}` }),
      kind: 'text',
    },
    {
      id: 'answeredOnSpot',
      header: intl.formatMessage({ id: 'opinions.answeredOnSpot' }),
      value: (o) => yesNo(o.answeredOnSpot),
      kind: 'text',
    },
    {
      id: 'status',
      header: intl.formatMessage({ id: 'opinions.status' }),
      value: (o) =>
        o.status ? intl.formatMessage({ id: `opinions.status.${o.status}` }) : intl.formatMessage({ id: 'opinions.notReported' }),
      kind: 'text',
    },
  ];
  const facts: [string, string][] = [
    [
      intl.formatMessage({ id: 'opinions.heldOn' }),
      p.kind === 'heldOn'
        ? formatDate(p.day)
        : `${intl.formatMessage({ id: 'opinions.undated' })}${
            p.kind === 'reportPeriodEnd' ? ` — ${intl.formatMessage({ id: 'opinions.placedOn' }, { date: formatDate(p.day) })}` : ''
          }`,
    ],
    [intl.formatMessage({ id: 'opinions.chair' }), meeting.chair ?? intl.formatMessage({ id: 'opinions.notReported' })],
    [intl.formatMessage({ id: 'opinions.attendees' }), text.reported(meeting.attendees)],
    [intl.formatMessage({ id: 'opinions.businesses' }), text.reported(meeting.businesses)],
    [intl.formatMessage({ id: 'opinions.neighbourhoods' }), text.reported(meeting.neighbourhoods)],
    [intl.formatMessage({ id: 'opinions.opinionCount' }), text.published(publishedCount(meeting))],
    ...(meeting.reviewedFrom && meeting.reviewedTo
      ? [[intl.formatMessage({ id: 'opinions.reviewed' }), formatPeriod(meeting.reviewedFrom, meeting.reviewedTo)] as [string, string]]
      : []),
    ...(meeting.sourceDocument ? [[intl.formatMessage({ id: 'opinions.source' }), meeting.sourceDocument] as [string, string]] : []),
  ];
  const title = intl.formatMessage({ id: 'opinions.meetingTitle' }, { kind: text.kind(meeting.kind), unit: unitName });
  return (
    <div ref={region} className="meeting-detail" data-testid="meeting-detail">
      <Panel title={title} description={facts[0][1]} tools={close} busy={loading}>
        <dl className="meeting-facts">
          {facts.slice(1).map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {meeting.generated && <p className="section__note">{intl.formatMessage({ id: 'opinions.generatedHint' })}</p>}
        {meeting.topicsRaised.length > 0 && (
          <>
            <h3>{intl.formatMessage({ id: 'opinions.topicsRaised' })}</h3>
            <ul>
              {meeting.topicsRaised.map((topic) => (
                <li key={topic}>{topic}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{intl.formatMessage({ id: 'opinions.opinionsTitle' })}</h3>
        {meeting.opinions.length ? (
          <DataTable
            caption={`${intl.formatMessage({ id: 'opinions.opinionsTitle' })} — ${title}`}
            hideCaption
            columns={columns}
            rows={meeting.opinions}
            rowKey={(o) => o.id}
            csvName={['y-kien', meeting.ref]}
            urlKey={MEETING_OPINIONS_TABLE}
          />
        ) : (
          <p>{intl.formatMessage({ id: 'opinions.opinionsNone' })}</p>
        )}
        {meeting.note && (
          <details>
            <summary>{intl.formatMessage({ id: 'opinions.note' })}</summary>
            <p lang="en">{meeting.note}</p>
          </details>
        )}
      </Panel>
    </div>
  );
}

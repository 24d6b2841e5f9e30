import { useId } from 'react';
import { useIntl } from 'react-intl';
import { PageHeader } from '../../../components/page-header';
import { PeriodPicker } from '../../../components/period-picker';
import { sortParamKey } from '../../../components/table-sort';
import { UnitNotice, unitLabelQuery, useUnitLabel } from '../../../components/unit-label';
import { UnitPicker } from '../../../components/unit-picker';
import { formatPeriod } from '../../../shared/format';
import { viewSlot, type PagePrefetch } from '../../../shared/page-query';
import { readChoice } from '../../../shared/url-state';
import { useViewState } from '../../../shared/use-view-state';
import type { vi as opinionText } from '../messages-vi';
import { BREAKDOWNS, MEETING_OPINIONS_TABLE, type Breakdown } from '../utils/opinion-rows';
import { MeetingDetail } from './meeting-detail';
import { MeetingsList, meetingsListQuery } from './meetings-list';
import { OpinionsBreakdown, opinionsBreakdownQuery, type BreakdownProps } from './opinions-breakdown';
import { OpinionsKindLevel, opinionsKindLevelQuery } from './opinions-kind-level';
import { OpinionsSummary, opinionsSummaryQuery } from './opinions-summary';
import '../opinions.css';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

const MEETING_ID = /^[0-9A-Za-z_-]{1,40}$/;

/** The main breakdown (?by=), by topic unless the URL says otherwise. */
const readBy = (params: URLSearchParams): Breakdown => readChoice(params, 'by', BREAKDOWNS, 'TOPIC');

/** The breakdowns beside the main one, always shown: the authority that must answer, the kind of meeting, the answer. */
const FIXED_BREAKDOWNS: (Pick<BreakdownProps, 'kind' | 'rates' | 'csvName'> & { title: keyof typeof opinionText })[] = [
  {
    kind: 'AUTHORITY_LEVEL',
    title: 'opinions.authorityTitle',
    rates: ['answeredOnSpotRate', 'referredRate'],
    csvName: 'y-kien-theo-tham-quyen',
  },
  {
    kind: 'MEETING_KIND',
    title: 'opinions.kindTitle',
    rates: ['answeredOnSpotRate', 'referredRate', 'communeAuthorityShare'],
    csvName: 'y-kien-theo-loai-hinh',
  },
  { kind: 'ANSWER', title: 'opinions.answerTitle', rates: [], csvName: 'y-kien-giai-dap' },
];

/** What the page's first view asks, started before it renders (app/lazy-page.tsx). */
export const prefetch: PagePrefetch = (params) => {
  const { unitCode, period } = viewSlot(params);
  const by = readBy(params);
  return [
    unitLabelQuery(unitCode),
    opinionsSummaryQuery(unitCode, period),
    opinionsKindLevelQuery(unitCode, period),
    ...[by, ...FIXED_BREAKDOWNS.map((b) => b.kind)].map((kind) => opinionsBreakdownQuery(unitCode, period, kind)),
    meetingsListQuery(unitCode, period),
  ];
};

/**
 * Opinions raised at dialogues and People's Conferences: totals, by kind and level, by topic (or another
 * breakdown), by the authority that must answer, by kind, answered on the spot or referred, and the
 * meetings themselves with their opinions. ?by= picks the main breakdown, ?meeting= the opened meeting.
 */
export default function OpinionsPage() {
  const intl = useIntl();
  const [view, update, params] = useViewState();
  const period = { from: view.from, to: view.to };
  const { name } = useUnitLabel(view.unit, period);
  const by = readBy(params);
  const meetingParam = params.get('meeting');
  const meeting = meetingParam && MEETING_ID.test(meetingParam) ? meetingParam : null;
  const byId = useId();
  const common = { unitCode: view.unit, period };
  return (
    <div className="opinions-page">
      <PageHeader
        title={intl.formatMessage({ id: 'opinions.title' })}
        context={
          <>
            <strong data-testid="context-unit">{name}</strong> ·{' '}
            <span data-testid="context-period">{formatPeriod(view.from, view.to)}</span> · {intl.formatMessage({ id: 'opinions.scope' })}
          </>
        }
      />
      <section className="filters" aria-label={intl.formatMessage({ id: 'filters.label' })}>
        <UnitPicker code={view.unit} name={name} onChange={(unit) => update({ unit, meeting: undefined })} />
        <PeriodPicker value={period} onChange={(p) => update({ from: p.from, to: p.to, meeting: undefined })} />
        <div className="field">
          <label htmlFor={byId}>{intl.formatMessage({ id: 'opinions.by' })}</label>
          <select id={byId} value={by} onChange={(e) => update({ by: e.target.value })}>
            {BREAKDOWNS.map((key) => (
              <option key={key} value={key}>
                {intl.formatMessage({ id: `opinions.by.${key}` })}
              </option>
            ))}
          </select>
        </div>
      </section>
      <UnitNotice code={view.unit} period={period} />
      <OpinionsSummary {...common} unitName={name} />
      <OpinionsKindLevel {...common} unitName={name} />
      <div className="grid opinions-grid">
        <OpinionsBreakdown
          {...common}
          kind={by}
          title={intl.formatMessage({ id: `opinions.byTitle.${by}` })}
          rates={['procedureOpinionShare', 'answeredOnSpotRate']}
          csvName={`y-kien-theo-${by.toLowerCase()}`}
          urlKey="by"
        />
        {FIXED_BREAKDOWNS.map(({ kind, title, rates, csvName }) => (
          <OpinionsBreakdown
            key={kind}
            {...common}
            kind={kind}
            title={intl.formatMessage({ id: title })}
            rates={rates}
            csvName={csvName}
            urlKey={kind.toLowerCase().replace(/_/g, '-')}
          />
        ))}
      </div>
      <MeetingsList
        {...common}
        selected={meeting}
        onSelect={(id) => update({ meeting: id, [sortParamKey(MEETING_OPINIONS_TABLE)]: undefined })}
      />
      {meeting && (
        <MeetingDetail id={meeting} onClose={() => update({ meeting: undefined, [sortParamKey(MEETING_OPINIONS_TABLE)]: undefined })} />
      )}
    </div>
  );
}

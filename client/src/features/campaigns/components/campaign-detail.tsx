import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { CampaignDetailQuery as CampaignDetailData } from '../../../__generated__/graphql';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import { formatPeriod } from '../../../shared/format';
import { writeParams } from '../../../shared/url-state';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { CampaignDetailQuery } from '../api/campaign-detail.query';
import { commitmentsOf } from '../utils/campaign-units';
import { includeOrganiserOf, type DeskChoice } from '../utils/campaign-view';
import { CampaignEnrolment } from './campaign-enrolment';
import { CampaignImpact } from './campaign-impact';
import { kindLabel, localName, unitWord, useLocale } from './campaign-labels';
import { CampaignProgress } from './campaign-progress';
import { CampaignTargets } from './campaign-targets';
import { CampaignUnits } from './campaign-units';

// Enrolling, withdrawing and deleting are for the accounts that may manage campaigns: a chunk of its own.
const CampaignAdmin = lazy(() => import('./campaign-admin').then((m) => ({ default: m.CampaignAdmin })));

export type DetailCampaign = NonNullable<CampaignDetailData['campaign']>;

/** One campaign: what it is, who enrolled, how it went day by day and per unit, against its baselines and targets. */
export function CampaignDetail({
  code,
  desk,
  onDesk,
  onDeleted,
}: {
  code: string;
  desk: DeskChoice;
  onDesk: (desk: DeskChoice) => void;
  /** Given when the account may manage campaigns: it may then enrol, withdraw and delete. */
  onDeleted?: (code: string) => void;
}) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(CampaignDetailQuery, { variables: { code } });
  useReadyMark(Boolean(data), 'campaigns');
  const what = intl.formatMessage({ id: 'campaigns.detail' });
  const title = intl.formatMessage({ id: 'campaigns.title' });
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
  const c = data.campaign;
  if (!c)
    return (
      <Panel title={title}>
        <EmptyState>{intl.formatMessage({ id: 'campaigns.notFound' }, { code })}</EmptyState>
      </Panel>
    );
  const includeOrganiser = includeOrganiserOf(desk);
  const figures = { code: c.code, includeOrganiser };
  return (
    <div className="campaign-detail" data-testid="campaign-detail">
      <CampaignHeader campaign={c} />
      <CampaignEnrolment campaign={c} />
      {onDeleted && (
        <Suspense fallback={null}>
          <CampaignAdmin campaign={c} onDeleted={onDeleted} />
        </Suspense>
      )}
      {c.enrolledUnitCount > 0 ? (
        <>
          <DeskChoicePicker campaign={c} desk={desk} onDesk={onDesk} />
          <CampaignProgress {...figures} campaign={c} />
          <CampaignUnits {...figures} campaign={c} />
          <CampaignImpact {...figures} kind={c.kind} />
          <CampaignTargets {...figures} targets={c.targets} />
        </>
      ) : (
        <EmptyState>{intl.formatMessage({ id: 'campaigns.noEnrolment' })}</EmptyState>
      )}
    </div>
  );
}

function CampaignHeader({ campaign: c }: { campaign: DetailCampaign }) {
  const intl = useIntl();
  const locale = useLocale();
  const [pathname] = useLocation();
  const [params] = useSearchParams();
  const headingId = useId();
  const linkTo = (code: string) => `${pathname}?${writeParams(params, { campaign: code, desk: undefined }).toString()}`;
  const commitments = commitmentsOf(c.enrollments);
  const none = intl.formatMessage({ id: 'campaigns.none' });
  return (
    <section className="panel campaign-header" aria-labelledby={headingId}>
      <div className="campaign-header__title">
        <span className="tag">{kindLabel(intl, c.kind)}</span>
        <h2 id={headingId} data-testid="campaign-name">
          {localName(c, locale)}
        </h2>
      </div>
      <dl className="campaign-facts">
        <div>
          <dt>{intl.formatMessage({ id: 'campaigns.period' })}</dt>
          <dd data-testid="campaign-period">
            {formatPeriod(c.startsOn, c.endsOn)} ({intl.formatMessage({ id: 'campaigns.days' }, { count: c.days })})
          </dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'campaigns.organiser' })}</dt>
          <dd>{localName(c.organiser, locale)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'campaigns.plan' })}</dt>
          <dd>{c.planReference ?? none}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'campaigns.theme' })}</dt>
          <dd>{c.theme ?? none}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'campaigns.commitment' })}</dt>
          <dd>{commitments.length ? commitments.join('; ') : none}</dd>
        </div>
        {c.parent && (
          <div>
            <dt>{intl.formatMessage({ id: 'campaigns.partOf' })}</dt>
            <dd>
              <Link href={linkTo(c.parent.code)}>{localName(c.parent, locale)}</Link>
            </dd>
          </div>
        )}
        {c.children.length > 0 && (
          <div>
            <dt>{intl.formatMessage({ id: 'campaigns.within' })}</dt>
            <dd>
              <ul className="plain-list">
                {c.children.map((child) => (
                  <li key={child.code}>
                    <Link href={linkTo(child.code)}>{localName(child, locale)}</Link> · {formatPeriod(child.startsOn, child.endsOn)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** How the organiser's own desk counts: as enrolled, or the other way (left out / added). */
function DeskChoicePicker({
  campaign: c,
  desk,
  onDesk,
}: {
  campaign: DetailCampaign;
  desk: DeskChoice;
  onDesk: (desk: DeskChoice) => void;
}) {
  const intl = useIntl();
  const locale = useLocale();
  const id = useId();
  const other: DeskChoice = c.organiserEnrolled ? 'without' : 'with';
  const value = desk === other ? other : 'enrolled';
  return (
    <div className="filters campaign-desk">
      <div className="field">
        <label htmlFor={id}>{intl.formatMessage({ id: 'campaigns.desk' }, { unit: localName(c.organiser, locale) })}</label>
        <select id={id} value={value} onChange={(e) => onDesk(e.target.value as DeskChoice)} aria-describedby={`${id}-hint`}>
          <option value="enrolled">
            {intl.formatMessage({ id: c.organiserEnrolled ? 'campaigns.desk.enrolledIn' : 'campaigns.desk.enrolledOut' })}
          </option>
          <option value={other}>
            {other === 'without'
              ? intl.formatMessage({ id: 'campaigns.desk.without' }, { word: unitWord(intl, c.eligibleUnits) })
              : intl.formatMessage({ id: 'campaigns.desk.with' })}
          </option>
        </select>
        <span className="cell-sub" id={`${id}-hint`}>
          {intl.formatMessage({ id: 'campaigns.deskHint' })}
        </span>
      </div>
    </div>
  );
}

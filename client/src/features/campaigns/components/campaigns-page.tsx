import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'wouter';
import { PageHeader } from '../../../components/page-header';
import { unitLabelQuery, useUnitLabel } from '../../../components/unit-label';
import { UnitPicker } from '../../../components/unit-picker';
import { pageQuery, type PagePrefetch, type PrefetchQuery } from '../../../shared/page-query';
import { useUpdateParams } from '../../../shared/use-view-state';
import { CampaignDetailQuery } from '../api/campaign-detail.query';
import { CampaignImpactQuery } from '../api/campaign-impact.query';
import { CampaignListQuery } from '../api/campaign-list.query';
import { CampaignProgressQuery } from '../api/campaign-progress.query';
import { CampaignUnitsQuery } from '../api/campaign-units.query';
import { CampaignsPageMeQuery } from '../api/campaigns-page-me.query';
import '../campaigns.css';
import { includeOrganiserOf, readCampaignsView } from '../utils/campaign-view';
import { CampaignDetail } from './campaign-detail';
import { CampaignList } from './campaign-list';

// Creating a campaign is for the accounts that may manage them, after a click: its form is a chunk of its own.
const NewCampaignForm = lazy(() => import('./new-campaign-form').then((m) => ({ default: m.NewCampaignForm })));

/**
 * What the page's first view asks, started before it renders (app/lazy-page.tsx): the list and, for an opened
 * campaign, its detail and figures (as CampaignDetail and its parts ask them).
 */
export const prefetch: PagePrefetch = (params) => {
  const view = readCampaignsView(params);
  const queries: PrefetchQuery[] = [
    unitLabelQuery(view.unit),
    pageQuery(CampaignsPageMeQuery, {}),
    pageQuery(CampaignListQuery, { unitCode: view.unit }),
  ];
  if (view.campaign) {
    const figures = { code: view.campaign, includeOrganiser: includeOrganiserOf(view.desk) };
    queries.push(
      pageQuery(CampaignDetailQuery, { code: view.campaign }),
      pageQuery(CampaignProgressQuery, figures),
      pageQuery(CampaignUnitsQuery, figures),
      pageQuery(CampaignImpactQuery, figures),
    );
  }
  return queries;
};

/**
 * The campaigns a unit organised or took part in, nested (the same-day week inside the peak month inside
 * the yearly theme); a chosen campaign's enrolment, day-by-day progress, per-unit figures, impact against
 * its baselines and targets. Unit, campaign and how the organiser's desk counts live in the URL.
 * Accounts that may manage campaigns (ORGANISER, ADMIN) also create, enrol, withdraw and delete here.
 */
export default function CampaignsPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const view = readCampaignsView(params);
  const update = useUpdateParams();
  const { name } = useUnitLabel(view.unit);
  const me = useQuery(CampaignsPageMeQuery);
  const account = me.data?.me;
  const mayManage = Boolean(account && !account.demo && account.permissions.includes('MANAGE_CAMPAIGNS'));
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // What the user copies always names the unit.
  useEffect(() => {
    if (!view.unitGiven) update({ unit: view.unit }, { replace: true });
  }, [view.unitGiven, view.unit, update]);
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'campaigns.title' })}
        context={
          <>
            <strong data-testid="context-unit">{name}</strong> · {intl.formatMessage({ id: 'campaigns.scope' })}
          </>
        }
      />
      <section className="filters" aria-label={intl.formatMessage({ id: 'filters.label' })}>
        <UnitPicker code={view.unit} name={name} onChange={(unit) => update({ unit, campaign: undefined, desk: undefined })} />
        {mayManage && (
          <button
            type="button"
            className="button campaign-new-button"
            aria-expanded={creating}
            onClick={() => {
              setNotice(null);
              setCreating((open) => !open);
            }}
          >
            {intl.formatMessage({ id: 'campaigns.new' })}
          </button>
        )}
      </section>
      <div aria-live="polite">
        {notice && (
          <p className="notice campaign-admin__done" role="status" data-testid="campaigns-notice">
            {notice}
          </p>
        )}
      </div>
      {mayManage && creating && (
        <Suspense fallback={null}>
          <NewCampaignForm
            organiserCode={account?.units[0]?.code ?? view.unit}
            onCancel={() => setCreating(false)}
            onCreated={({ code, organiserCode }) => {
              setCreating(false);
              setNotice(intl.formatMessage({ id: 'campaigns.created' }, { code }));
              update({ unit: organiserCode, campaign: code, desk: undefined });
            }}
          />
        </Suspense>
      )}
      <CampaignList unitCode={view.unit} unitName={name} selected={view.campaign} />
      {view.campaign && (
        <CampaignDetail
          key={view.campaign}
          code={view.campaign}
          desk={view.desk}
          onDesk={(desk) => update({ desk: desk === 'enrolled' ? undefined : desk }, { replace: true })}
          onDeleted={
            mayManage
              ? (code) => {
                  setNotice(intl.formatMessage({ id: 'campaigns.deleted' }, { code }));
                  update({ campaign: undefined, desk: undefined });
                }
              : undefined
          }
        />
      )}
    </>
  );
}

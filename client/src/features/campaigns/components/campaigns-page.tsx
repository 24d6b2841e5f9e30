import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useUnitLabel } from '../../../components/unit-label';
import { UnitPicker } from '../../../components/unit-picker';
import { useUpdateParams } from '../../../shared/use-view-state';
import '../campaigns.css';
import { readCampaignsView } from '../utils/campaign-view';
import { CampaignDetail } from './campaign-detail';
import { CampaignList } from './campaign-list';

/**
 * The campaigns a unit organised or took part in, nested (the same-day week inside the peak month inside
 * the yearly theme); a chosen campaign's enrolment, day-by-day progress, per-unit figures, impact against
 * its baselines and targets. Unit, campaign and how the organiser's desk counts live in the URL.
 */
export default function CampaignsPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const view = readCampaignsView(params);
  const update = useUpdateParams();
  const { name } = useUnitLabel(view.unit);
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
      </section>
      <CampaignList unitCode={view.unit} unitName={name} selected={view.campaign} />
      {view.campaign && (
        <CampaignDetail
          key={view.campaign}
          code={view.campaign}
          desk={view.desk}
          onDesk={(desk) => update({ desk: desk === 'enrolled' ? undefined : desk }, { replace: true })}
        />
      )}
    </>
  );
}

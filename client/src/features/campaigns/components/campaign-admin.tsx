import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Panel } from '../../../components/panel';
import { formatPeriod } from '../../../shared/format';
import { CampaignAdminDeleteMutation, CampaignAdminEnrollMutation, CampaignAdminWithdrawMutation } from '../api/campaign-admin.mutations';
import { CampaignDetailQuery } from '../api/campaign-detail.query';
import { CampaignImpactQuery } from '../api/campaign-impact.query';
import { CampaignListQuery } from '../api/campaign-list.query';
import { CampaignProgressQuery } from '../api/campaign-progress.query';
import { CampaignUnitsQuery } from '../api/campaign-units.query';
import { parseUnitCodes } from '../utils/campaign-form';
import type { DetailCampaign } from './campaign-detail';
import { localName, useLocale } from './campaign-labels';
import { mutationProblem } from './mutation-problem';

/** Everything on screen that an enrolment changes: the campaign, the list's counts, its figures. */
const AFTER_ENROLMENT = {
  refetchQueries: [CampaignDetailQuery, CampaignListQuery, CampaignProgressQuery, CampaignUnitsQuery, CampaignImpactQuery],
  awaitRefetchQueries: true,
};

type Outcome = { kind: 'done' | 'problem'; text: string } | null;

/**
 * For accounts that may manage campaigns (the page checks `me`; the server checks again): enrol units by
 * code, withdraw an enrolled one, delete the campaign after a confirmation. Each change refetches the page.
 */
export function CampaignAdmin({ campaign: c, onDeleted }: { campaign: DetailCampaign; onDeleted: (code: string) => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const id = useId();
  const [codes, setCodes] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const [enroll, enrolling] = useMutation(CampaignAdminEnrollMutation, AFTER_ENROLMENT);
  const [withdraw, withdrawing] = useMutation(CampaignAdminWithdrawMutation, AFTER_ENROLMENT);
  const [remove, removing] = useMutation(CampaignAdminDeleteMutation, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
      cache.gc();
    },
  });
  const busy = enrolling.loading || withdrawing.loading || removing.loading;
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);

  const attempt = async (run: () => Promise<unknown>, done: string) => {
    setOutcome(null);
    try {
      await run();
      setOutcome({ kind: 'done', text: done });
      return true;
    } catch (error) {
      setOutcome({ kind: 'problem', text: mutationProblem(intl, error).text });
      return false;
    }
  };
  const submitEnrol = async (event: FormEvent) => {
    event.preventDefault();
    const unitCodes = parseUnitCodes(codes);
    if (!unitCodes.length) {
      setOutcome({ kind: 'problem', text: intl.formatMessage({ id: 'campaigns.enrolMissing' }) });
      return;
    }
    const ok = await attempt(
      () => enroll({ variables: { campaignCode: c.code, unitCodes } }),
      intl.formatMessage({ id: 'campaigns.enrolDone' }, { count: unitCodes.length }),
    );
    if (ok) setCodes('');
  };
  const deleteCampaign = async () => {
    const ok = await attempt(
      () => remove({ variables: { code: c.code } }),
      intl.formatMessage({ id: 'campaigns.deleted' }, { code: c.code }),
    );
    if (ok) onDeleted(c.code);
    else setConfirming(false);
  };

  const codesId = `${id}-codes`;
  return (
    <Panel
      title={intl.formatMessage({ id: 'campaigns.adminTitle' })}
      description={intl.formatMessage({ id: 'campaigns.adminDescription' })}
      className="campaign-admin"
    >
      <div data-testid="campaign-admin">
        <form className="campaign-form campaign-admin__enrol" onSubmit={(event) => void submitEnrol(event)} noValidate>
          <div className="field campaign-admin__codes">
            <label htmlFor={codesId}>{intl.formatMessage({ id: 'campaigns.enrolCodes' })}</label>
            <input
              id={codesId}
              type="text"
              inputMode="numeric"
              spellCheck={false}
              value={codes}
              onChange={(event) => setCodes(event.target.value)}
              aria-describedby={`${codesId}-hint`}
            />
            <span className="cell-sub" id={`${codesId}-hint`}>
              {intl.formatMessage({ id: 'campaigns.enrolHint' })}
            </span>
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {intl.formatMessage({ id: enrolling.loading ? 'campaigns.enrolling' : 'campaigns.enrol' })}
          </button>
        </form>

        <div aria-live="polite">
          {outcome?.kind === 'problem' && (
            <p className="field-error" role="alert" data-testid="campaign-admin-problem">
              {outcome.text}
            </p>
          )}
          {outcome?.kind === 'done' && (
            <p className="notice campaign-admin__done" role="status" data-testid="campaign-admin-done">
              {outcome.text}
            </p>
          )}
        </div>

        <section aria-labelledby={`${id}-enrolled`}>
          <h3 id={`${id}-enrolled`}>{intl.formatMessage({ id: 'campaigns.adminEnrolled' }, { count: c.enrolledUnitCount })}</h3>
          {c.enrollments.length ? (
            <ul className="campaign-admin__list" data-testid="campaign-admin-enrolled">
              {c.enrollments.map((e) => {
                const name = localName(e.unit, locale);
                return (
                  <li key={`${e.unit.code}-${e.startsOn}`} data-unit={e.unit.code}>
                    <span>
                      {name}{' '}
                      <span className="cell-sub">
                        ({e.unit.code}) · {formatPeriod(e.startsOn, e.endsOn)}
                      </span>
                    </span>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={busy}
                      aria-label={intl.formatMessage({ id: 'campaigns.withdrawUnit' }, { unit: name })}
                      onClick={() =>
                        void attempt(
                          () => withdraw({ variables: { campaignCode: c.code, unitCodes: [e.unit.code], on: e.startsOn } }),
                          intl.formatMessage({ id: 'campaigns.withdrawn' }, { unit: name }),
                        )
                      }
                    >
                      {intl.formatMessage({ id: 'campaigns.withdraw' })}
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{intl.formatMessage({ id: 'campaigns.adminNoneEnrolled' })}</p>
          )}
        </section>

        <div className="campaign-admin__delete">
          {confirming ? (
            <div
              role="group"
              aria-labelledby={`${id}-confirm`}
              className="notice campaign-admin__confirm"
              data-testid="campaign-delete-confirm"
            >
              <p id={`${id}-confirm`}>{intl.formatMessage({ id: 'campaigns.deleteConfirm' }, { name: localName(c, locale) })}</p>
              <div className="campaign-form__actions">
                <button type="button" className="button button--danger" disabled={busy} onClick={() => void deleteCampaign()}>
                  {intl.formatMessage({ id: removing.loading ? 'campaigns.deleting' : 'campaigns.deleteYes' })}
                </button>
                <button ref={keep} type="button" className="button" onClick={() => setConfirming(false)}>
                  {intl.formatMessage({ id: 'campaigns.deleteNo' })}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
              {intl.formatMessage({ id: 'campaigns.delete' })}
            </button>
          )}
        </div>
      </div>
    </Panel>
  );
}

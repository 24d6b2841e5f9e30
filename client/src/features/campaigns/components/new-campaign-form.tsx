import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Panel } from '../../../components/panel';
import { CampaignListQuery } from '../api/campaign-list.query';
import { NewCampaignFormCreateMutation } from '../api/new-campaign-form.mutation';
import {
  CAMPAIGN_KINDS,
  emptyCampaignForm,
  fieldsNamedIn,
  toCreateCampaignInput,
  type CampaignFormField,
  type CampaignFormValues,
} from '../utils/campaign-form';
import { kindLabel } from './campaign-labels';
import { mutationProblem } from './mutation-problem';

/**
 * A new campaign: code, name, kind, organiser (the account's unit unless changed), days, optional parent.
 * The server checks it whole; its message, which names the field, is shown beside the form and marks that field.
 */
export function NewCampaignForm({
  organiserCode,
  onCreated,
  onCancel,
}: {
  organiserCode: string;
  onCreated: (campaign: { code: string; organiserCode: string }) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const id = useId();
  const [values, setValues] = useState<CampaignFormValues>(() => emptyCampaignForm(organiserCode));
  const [problem, setProblem] = useState<{ text: string; fields: CampaignFormField[] } | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const [create, { loading }] = useMutation(NewCampaignFormCreateMutation, {
    refetchQueries: [CampaignListQuery],
    awaitRefetchQueries: true,
    // Another unit's list may be cached from earlier: ask again when it is next shown.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
      cache.gc();
    },
  });
  useEffect(() => first.current?.focus(), []);

  const set = (field: keyof CampaignFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toCreateCampaignInput(values);
    if (!input.code || !input.name || !input.organiserCode || !input.startsOn || !input.endsOn) {
      setProblem({ text: intl.formatMessage({ id: 'campaigns.form.missing' }), fields: [] });
      return;
    }
    setProblem(null);
    try {
      const { data } = await create({ variables: { input } });
      if (data) onCreated({ code: data.createCampaign.code, organiserCode: data.createCampaign.organiser.code });
    } catch (error) {
      const { text, message } = mutationProblem(intl, error);
      setProblem({ text, fields: message ? fieldsNamedIn(message) : [] });
    }
  };

  const problemId = `${id}-problem`;
  const invalid = (field: CampaignFormField) =>
    problem?.fields.includes(field) ? { 'aria-invalid': true as const, 'aria-describedby': problemId } : {};
  const text = (field: 'code' | 'name' | 'organiserCode' | 'parentCode', label: string, extra: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input id={`${id}-${field}`} type="text" value={values[field]} onChange={set(field)} {...invalid(field)} {...extra} />
    </div>
  );
  return (
    <Panel
      title={intl.formatMessage({ id: 'campaigns.new' })}
      description={intl.formatMessage({ id: 'campaigns.newDescription' })}
      className="campaign-new"
    >
      <form className="campaign-form" data-testid="new-campaign-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="campaign-form__fields">
          <div className="field">
            <label htmlFor={`${id}-code`}>{intl.formatMessage({ id: 'campaigns.form.code' })}</label>
            <input
              ref={first}
              id={`${id}-code`}
              type="text"
              autoCapitalize="none"
              spellCheck={false}
              value={values.code}
              onChange={set('code')}
              required
              {...invalid('code')}
            />
          </div>
          {text('name', intl.formatMessage({ id: 'campaigns.form.name' }), { required: true })}
          <div className="field">
            <label htmlFor={`${id}-kind`}>{intl.formatMessage({ id: 'campaigns.form.kind' })}</label>
            <select id={`${id}-kind`} value={values.kind} onChange={set('kind')}>
              {CAMPAIGN_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(intl, k)}
                </option>
              ))}
            </select>
          </div>
          {text('organiserCode', intl.formatMessage({ id: 'campaigns.form.organiser' }), { required: true, inputMode: 'numeric' })}
          <div className="field">
            <label htmlFor={`${id}-startsOn`}>{intl.formatMessage({ id: 'campaigns.form.startsOn' })}</label>
            <input id={`${id}-startsOn`} type="date" value={values.startsOn} onChange={set('startsOn')} required {...invalid('startsOn')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-endsOn`}>{intl.formatMessage({ id: 'campaigns.form.endsOn' })}</label>
            <input id={`${id}-endsOn`} type="date" value={values.endsOn} onChange={set('endsOn')} required {...invalid('endsOn')} />
          </div>
          {text('parentCode', intl.formatMessage({ id: 'campaigns.form.parent' }), { autoCapitalize: 'none', spellCheck: false })}
        </div>
        {problem && (
          <p id={problemId} className="field-error" role="alert" data-testid="new-campaign-problem">
            {problem.text}
          </p>
        )}
        <div className="campaign-form__actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {intl.formatMessage({ id: loading ? 'campaigns.form.submitting' : 'campaigns.form.submit' })}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {intl.formatMessage({ id: 'campaigns.form.cancel' })}
          </button>
        </div>
      </form>
    </Panel>
  );
}

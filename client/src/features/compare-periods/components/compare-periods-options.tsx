import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Panel } from '../../../components/panel';
import { formatDate, formatPeriod, parseDate } from '../../../shared/format';
import { ComparePeriodsNamedPeriodQuery } from '../api/compare-periods-page.query';
import { MAX_COMPARED, PRESETS, presetAllowed, samePeriod, type Period, type Preset } from '../utils/compare-periods-rows';

const KINDS = ['MONTH', 'QUARTER', 'HALF', 'YEAR'] as const;
type Kind = (typeof KINDS)[number];
const COUNT: Record<Kind, number> = { MONTH: 12, QUARTER: 4, HALF: 2, YEAR: 1 };
const CONVENTIONS = ['CALENDAR', 'REPORTING_WINDOW'] as const;
type Convention = (typeof CONVENTIONS)[number];

export interface ComparePeriodsOptionsProps {
  base: Period;
  presets: Preset[];
  extras: Period[];
  asOf: string | null;
  onPresets: (presets: Preset[]) => void;
  onExtras: (extras: Period[]) => void;
  onAsOf: (asOf: string | null) => void;
}

/** Which periods the base is compared with: presets derived from it, the cut to date, and periods of one's own. */
export function ComparePeriodsOptions({ base, presets, extras, asOf, onPresets, onExtras, onAsOf }: ComparePeriodsOptionsProps) {
  const intl = useIntl();
  const id = useId();
  const usable = presets.filter((p) => presetAllowed(p, base));
  const full = usable.length + extras.length >= MAX_COMPARED;
  // At least one period to compare with: the last one left cannot be taken away.
  const lastOne = usable.length + extras.length <= 1;

  const addExtra = (period: Period): string | null => {
    if (extras.some((e) => samePeriod(e, period)))
      return intl.formatMessage({ id: 'comparePeriods.duplicate' }, { period: formatPeriod(period.from, period.to) });
    if (full) return intl.formatMessage({ id: 'comparePeriods.tooMany' }, { max: MAX_COMPARED });
    onExtras([...extras, period]);
    return null;
  };

  return (
    <Panel
      title={intl.formatMessage({ id: 'comparePeriods.optionsTitle' })}
      description={intl.formatMessage({ id: 'comparePeriods.optionsDescription' }, { max: MAX_COMPARED })}
      className="compare-periods-options"
    >
      <div className="compare-periods-options__grid">
        <fieldset className="option-group">
          <legend>{intl.formatMessage({ id: 'comparePeriods.presets' })}</legend>
          {PRESETS.map((preset) => {
            const allowed = presetAllowed(preset, base);
            const checked = allowed && presets.includes(preset);
            const hintId = `${id}-${preset}-hint`;
            const hint =
              preset === 'REPORTING_WINDOW' || preset === 'CALENDAR_PERIOD'
                ? intl.formatMessage({ id: `comparePeriods.presetHint.${preset}` })
                : null;
            return (
              <div key={preset} className="field field--check option-group__item">
                <input
                  id={`${id}-${preset}`}
                  type="checkbox"
                  checked={checked}
                  disabled={!allowed || (checked && lastOne) || (!checked && full)}
                  aria-describedby={hint && !allowed ? hintId : checked && lastOne ? `${id}-last` : undefined}
                  onChange={(e) =>
                    onPresets(
                      e.target.checked ? PRESETS.filter((p) => p === preset || presets.includes(p)) : presets.filter((p) => p !== preset),
                    )
                  }
                />
                <label htmlFor={`${id}-${preset}`}>{intl.formatMessage({ id: `comparePeriods.preset.${preset}` })}</label>
                {hint && !allowed && (
                  <p className="cell-sub option-group__hint" id={hintId}>
                    {hint}
                  </p>
                )}
              </div>
            );
          })}
          {lastOne && (
            <p className="cell-sub" id={`${id}-last`}>
              {intl.formatMessage({ id: 'comparePeriods.lastOne' })}
            </p>
          )}
        </fieldset>

        <AsOfField base={base} asOf={asOf} onAsOf={onAsOf} />

        <fieldset className="option-group">
          <legend>{intl.formatMessage({ id: 'comparePeriods.custom' })}</legend>
          {extras.length ? (
            <ul className="extra-periods">
              {extras.map((p, i) => (
                <li key={`${p.from}..${p.to}`}>
                  <span>
                    {intl.formatMessage({ id: 'comparePeriods.label.PERIOD' }, { n: i + 1 })}: {formatPeriod(p.from, p.to)}
                  </span>
                  <button
                    type="button"
                    className="button button--icon"
                    disabled={lastOne}
                    onClick={() => onExtras(extras.filter((_, j) => j !== i))}
                    aria-label={intl.formatMessage({ id: 'comparePeriods.remove' }, { period: formatPeriod(p.from, p.to) })}
                    title={intl.formatMessage({ id: 'comparePeriods.remove' }, { period: formatPeriod(p.from, p.to) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="cell-sub">{intl.formatMessage({ id: 'comparePeriods.customNone' })}</p>
          )}
          <RangeAdder onAdd={addExtra} disabled={full} />
          <NamedAdder onAdd={addExtra} disabled={full} defaultYear={Number(base.from.slice(0, 4)) - 1} />
        </fieldset>
      </div>
    </Panel>
  );
}

/** "To date": the base cut at a day, every other period after as many days. */
function AsOfField({ base, asOf, onAsOf }: { base: Period; asOf: string | null; onAsOf: (asOf: string | null) => void }) {
  const intl = useIntl();
  const id = useId();
  const [draft, setDraft] = useState(asOf ? formatDate(asOf) : '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(asOf ? formatDate(asOf) : ''), [asOf]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) {
      setInvalid(false);
      onAsOf(null);
      return;
    }
    const day = parseDate(draft);
    setInvalid(day === null);
    if (day) onAsOf(day);
  };
  return (
    <form className="option-group" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <p className="option-group__title" id={`${id}-title`}>
        {intl.formatMessage({ id: 'comparePeriods.toDate' })}
      </p>
      <div className="option-group__row">
        <div className="field">
          <label htmlFor={`${id}-asof`}>{intl.formatMessage({ id: 'comparePeriods.asOf' })}</label>
          <input
            id={`${id}-asof`}
            type="text"
            inputMode="numeric"
            className="date-input"
            placeholder={intl.formatMessage({ id: 'period.format' })}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
        </div>
        <button type="submit" className="button">
          {intl.formatMessage({ id: 'comparePeriods.asOfApply' })}
        </button>
        {asOf && (
          <button type="button" className="button button--quiet" onClick={() => onAsOf(null)}>
            {intl.formatMessage({ id: 'comparePeriods.asOfClear' })}
          </button>
        )}
      </div>
      {invalid && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {intl.formatMessage({ id: 'comparePeriods.asOfInvalid' })}
        </p>
      )}
      <p className="cell-sub">
        {intl.formatMessage({ id: 'comparePeriods.asOfHint' }, { from: formatDate(base.from), to: formatDate(base.to) })}
      </p>
    </form>
  );
}

/** A period of one's own by its days. */
function RangeAdder({ onAdd, disabled }: { onAdd: (period: Period) => string | null; disabled: boolean }) {
  const intl = useIntl();
  const id = useId();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const from = parseDate(draft.from);
    const to = parseDate(draft.to);
    if (!from || !to || from > to) {
      setError(intl.formatMessage({ id: 'comparePeriods.rangeInvalid' }));
      return;
    }
    const problem = onAdd({ from, to });
    setError(problem);
    if (!problem) setDraft({ from: '', to: '' });
  };
  return (
    <form className="option-group__form" onSubmit={submit} aria-label={intl.formatMessage({ id: 'comparePeriods.addRange' })} noValidate>
      <div className="option-group__row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{intl.formatMessage({ id: 'period.from' })}</label>
          <input
            id={`${id}-from`}
            type="text"
            inputMode="numeric"
            className="date-input"
            placeholder={intl.formatMessage({ id: 'period.format' })}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{intl.formatMessage({ id: 'period.to' })}</label>
          <input
            id={`${id}-to`}
            type="text"
            inputMode="numeric"
            className="date-input"
            placeholder={intl.formatMessage({ id: 'period.format' })}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={disabled}>
          {intl.formatMessage({ id: 'comparePeriods.add' })}
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** A period of one's own by its name (month, quarter, half, year; calendar or reporting window), its days from the API. */
function NamedAdder({
  onAdd,
  disabled,
  defaultYear,
}: {
  onAdd: (period: Period) => string | null;
  disabled: boolean;
  defaultYear: number;
}) {
  const intl = useIntl();
  const id = useId();
  const client = useApolloClient();
  const [kind, setKind] = useState<Kind>('MONTH');
  const [index, setIndex] = useState(1);
  const [year, setYear] = useState(String(defaultYear));
  const [convention, setConvention] = useState<Convention>('CALENDAR');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { data } = await client.query({
        query: ComparePeriodsNamedPeriodQuery,
        variables: { kind, index: Math.min(index, COUNT[kind]), year: Number(year), convention },
      });
      setError(data ? onAdd({ from: data.reportingPeriod.from, to: data.reportingPeriod.to }) : null);
    } catch (e) {
      setError(intl.formatMessage({ id: 'comparePeriods.namedFailed' }, { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="option-group__form"
      onSubmit={(e) => void submit(e)}
      aria-label={intl.formatMessage({ id: 'comparePeriods.addNamed' })}
      aria-busy={busy}
      noValidate
    >
      <div className="option-group__row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{intl.formatMessage({ id: 'comparePeriods.kind' })}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {intl.formatMessage({ id: `comparePeriods.kind.${k}` })}
              </option>
            ))}
          </select>
        </div>
        {COUNT[kind] > 1 && (
          <div className="field">
            <label htmlFor={`${id}-index`}>{intl.formatMessage({ id: 'comparePeriods.index' })}</label>
            <select id={`${id}-index`} value={Math.min(index, COUNT[kind])} onChange={(e) => setIndex(Number(e.target.value))}>
              {Array.from({ length: COUNT[kind] }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-year`}>{intl.formatMessage({ id: 'comparePeriods.year' })}</label>
          <input
            id={`${id}-year`}
            type="text"
            inputMode="numeric"
            className="year-input"
            value={year}
            onChange={(e) => setYear(e.target.value.replace(/\D/g, '').slice(0, 4))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-convention`}>{intl.formatMessage({ id: 'comparePeriods.convention' })}</label>
          <select id={`${id}-convention`} value={convention} onChange={(e) => setConvention(e.target.value as Convention)}>
            {CONVENTIONS.map((c) => (
              <option key={c} value={c}>
                {intl.formatMessage({ id: `comparePeriods.convention.${c}` })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={disabled || busy || year.length !== 4}>
          {intl.formatMessage({ id: 'comparePeriods.add' })}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

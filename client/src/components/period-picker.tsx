import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { formatDate, parseDate } from '../shared/format';
import { nextPeriod, presetPeriod, PRESET_KEYS, previousPeriod, todayInVietnam, type Period } from '../shared/period';

export interface PeriodPickerProps {
  value: Period;
  onChange: (period: Period) => void;
}

/**
 * From/to days typed as dd/MM/yyyy (whatever the browser's language, which a native date field would
 * follow), a step back or forward by the period's own kind, and the usual presets.
 */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const intl = useIntl();
  const id = useId();
  const [draft, setDraft] = useState({ from: formatDate(value.from), to: formatDate(value.to) });
  useEffect(() => setDraft({ from: formatDate(value.from), to: formatDate(value.to) }), [value.from, value.to]);
  const from = parseDate(draft.from);
  const to = parseDate(draft.to);
  const valid = from !== null && to !== null && from <= to;
  const unchanged = from === value.from && to === value.to;
  const [showError, setShowError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onChange({ from, to });
    setShowError(!valid);
  };
  const today = todayInVietnam();
  const format = intl.formatMessage({ id: 'period.format' });
  return (
    <form className="period-picker" onSubmit={submit} aria-label={intl.formatMessage({ id: 'period.label' })} noValidate>
      <div className="period-picker__row">
        <button
          type="button"
          className="button button--icon"
          onClick={() => onChange(previousPeriod(value))}
          aria-label={intl.formatMessage({ id: 'period.previous' })}
          title={intl.formatMessage({ id: 'period.previous' })}
        >
          ‹
        </button>
        <div className="field">
          <label htmlFor={`${id}-from`}>{intl.formatMessage({ id: 'period.from' })}</label>
          <input
            id={`${id}-from`}
            name="from"
            type="text"
            inputMode="numeric"
            className="date-input"
            placeholder={format}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            aria-invalid={showError && !valid}
            aria-describedby={showError && !valid ? `${id}-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{intl.formatMessage({ id: 'period.to' })}</label>
          <input
            id={`${id}-to`}
            name="to"
            type="text"
            inputMode="numeric"
            className="date-input"
            placeholder={format}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            aria-invalid={showError && !valid}
            aria-describedby={showError && !valid ? `${id}-error` : undefined}
          />
        </div>
        <button
          type="button"
          className="button button--icon"
          onClick={() => onChange(nextPeriod(value))}
          aria-label={intl.formatMessage({ id: 'period.next' })}
          title={intl.formatMessage({ id: 'period.next' })}
        >
          ›
        </button>
        <button type="submit" className="button button--primary" disabled={valid && unchanged}>
          {intl.formatMessage({ id: 'period.apply' })}
        </button>
      </div>
      {showError && !valid && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {intl.formatMessage({ id: 'period.invalid' })}
        </p>
      )}
      <div className="period-picker__presets" role="group" aria-label={intl.formatMessage({ id: 'period.presets' })}>
        {PRESET_KEYS.map((key) => {
          const preset = presetPeriod(key, today);
          const current = preset.from === value.from && preset.to === value.to;
          return (
            <button key={key} type="button" className="chip" aria-pressed={current} onClick={() => onChange(preset)}>
              {intl.formatMessage({ id: `period.preset.${key}` })}
            </button>
          );
        })}
      </div>
    </form>
  );
}

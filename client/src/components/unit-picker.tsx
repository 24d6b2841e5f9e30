import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import { formatDate, type Locale } from '../shared/format';
import { useDebounced } from '../shared/use-debounced';

const UnitPickerQuery = graphql(`
  query UnitPicker($search: String!) {
    units(search: $search) {
      id
      code
      name
      nameEn
      level
      validFrom
      validTo
      parent {
        id
        name
      }
    }
  }
`);

const MAX_OPTIONS = 30;

export interface UnitPickerProps {
  /** The chosen unit's code and shown name. */
  code: string;
  name: string;
  onChange: (code: string) => void;
}

/** A searchable unit list (ARIA combobox): type a name or code, arrows to move, Enter to choose, Esc to close. */
export function UnitPicker({ code, name, onChange }: UnitPickerProps) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const search = useDebounced((text ?? '').trim(), 250);
  const open = text !== null && search.length > 0;
  const { data, loading, error } = useQuery(UnitPickerQuery, open ? { variables: { search } } : skipToken);
  const options = (data?.units ?? []).slice(0, MAX_OPTIONS);

  const choose = (chosen: string) => {
    setText(null);
    onChange(chosen);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active].code);
    } else if (event.key === 'Escape') {
      setText(null);
    }
  };

  let status: string | null = null;
  if (open && loading) status = intl.formatMessage({ id: 'unit.searching' });
  else if (open && error) status = intl.formatMessage({ id: 'unit.searchFailed' }, { message: error.message });
  else if (open && data && !options.length) status = intl.formatMessage({ id: 'unit.noMatch' }, { search });

  return (
    <div className="field unit-picker">
      <label htmlFor={`${id}-input`}>{intl.formatMessage({ id: 'unit.label' })}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open && options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-option-${active}` : undefined}
        placeholder={intl.formatMessage({ id: 'unit.placeholder' })}
        value={text ?? `${name} (${code})`}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setText(null), 150)}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        className="unit-picker__list"
        hidden={!open || !options.length}
        aria-label={intl.formatMessage({ id: 'unit.label' })}
      >
        {options.map((u, i) => (
          <li
            key={u.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'unit-picker__option is-active' : 'unit-picker__option'}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(u.code);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="unit-picker__name">{(locale === 'en' && u.nameEn) || u.name}</span>
            <span className="unit-picker__meta">
              {intl.formatMessage({ id: 'unit.code' }, { code: u.code })}
              {u.parent ? ` · ${u.parent.name}` : ''}
              {u.validFrom ? ` · ${intl.formatMessage({ id: 'unit.since' }, { date: formatDate(u.validFrom) })}` : ''}
              {u.validTo ? ` · ${intl.formatMessage({ id: 'unit.until' }, { date: formatDate(u.validTo) })}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="unit-picker__status" role="status" aria-live="polite">
        {status ?? (open && options.length ? intl.formatMessage({ id: 'unit.results' }, { count: options.length }) : '')}
      </p>
    </div>
  );
}

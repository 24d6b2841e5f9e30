import { useId, useState, type DragEvent } from 'react';
import { useIntl } from 'react-intl';
import { formatBytes, type Locale } from '../../../shared/format';

/**
 * Where a file is dropped; also a real file input (Tab reaches it, Enter or Space opens the chooser),
 * so the keyboard and screen readers use it like any other.
 */
export function ImportDropZone({ file, disabled, onFile }: { file: File | null; disabled: boolean; onFile: (file: File) => void }) {
  const intl = useIntl();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };
  return (
    <div className="import-drop-wrap">
      <label
        htmlFor={id}
        className={['import-drop', over && 'is-over', disabled && 'is-disabled'].filter(Boolean).join(' ')}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <span className="import-drop__icon" aria-hidden="true">
          ⤒
        </span>
        <span className="import-drop__title">{intl.formatMessage({ id: 'import.drop' })}</span>
        <span className="import-drop__hint">{intl.formatMessage({ id: 'import.dropHint' })}</span>
        <input
          id={id}
          type="file"
          className="import-drop__input"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          data-testid="import-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) onFile(chosen);
            // Choosing the same file again (after fixing it) must fire change again.
            event.target.value = '';
          }}
        />
      </label>
      {file && (
        <p className="import-drop__chosen" data-testid="import-chosen">
          {intl.formatMessage({ id: 'import.chosen' }, { name: file.name, size: formatBytes(file.size, intl.locale as Locale) })}
        </p>
      )}
    </div>
  );
}

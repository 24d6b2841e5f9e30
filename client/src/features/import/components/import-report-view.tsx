import { useIntl } from 'react-intl';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import type { ImportReport } from '../api/upload-import';
import { columnStatusId, issueKey, issueMessage, previewRows, sortIssues, type Issue } from '../utils/import-report';

type Column = ImportReport['columns'][number];
interface PreviewRow {
  key: string;
  cells: string[];
}

/** A dry run's verdict, its errors and warnings (line, column, value, why), the columns found and the first rows. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const intl = useIntl();
  const t = (id: Parameters<typeof intl.formatMessage>[0]['id'], values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
  const kind = report.kind ? t(`import.kind.${report.kind}`).toLowerCase() : '';
  const errors = sortIssues(report.errors as Issue[]);
  const warnings = sortIssues(report.warnings as Issue[]);
  const issueColumns: TableColumn<Issue & { index: number }>[] = [
    {
      id: 'line',
      header: t('import.issue.line'),
      kind: 'count',
      value: (i) => i.line,
      render: (i) => (i.line === null ? t('import.issue.wholeFile') : String(i.line)),
    },
    { id: 'column', header: t('import.issue.column'), value: (i) => i.column ?? '' },
    {
      id: 'value',
      header: t('import.issue.value'),
      value: (i) => i.value ?? '',
      render: (i) => (i.value === null ? '' : <code>{i.value}</code>),
    },
    { id: 'message', header: t('import.issue.message'), value: (i) => issueMessage(i, intl.locale), minWidth: '20rem' },
    { id: 'code', header: t('import.issue.code'), value: (i) => i.code },
  ];
  const columnColumns: TableColumn<Column>[] = [
    { id: 'header', header: t('import.column.header'), value: (c) => c.header },
    { id: 'field', header: t('import.column.field'), value: (c) => c.field ?? '' },
    {
      id: 'status',
      header: t('import.column.status'),
      value: (c) => t(columnStatusId(c.status)),
      render: (c) => <span className={`import-status import-status--${c.status.toLowerCase()}`}>{t(columnStatusId(c.status))}</span>,
    },
  ];
  const preview: PreviewRow[] = previewRows(report.preview.header, report.preview.rows).map((cells, i) => ({ key: String(i), cells }));
  const previewColumns: TableColumn<PreviewRow>[] = report.preview.header.map((header, i) => ({
    id: `c${i}`,
    header: header || `#${i + 1}`,
    value: (row) => row.cells[i],
  }));
  const numbered = (list: Issue[]) => list.map((issue, index) => ({ ...issue, index }));

  return (
    <>
      <Panel title={t('import.reportTitle')} className="import-report">
        <p
          className={report.ok ? 'notice import-verdict import-verdict--ok' : 'notice import-verdict import-verdict--rejected'}
          data-testid="import-verdict"
          role="status"
        >
          <span aria-hidden="true">{report.ok ? '✓ ' : '✗ '}</span>
          {report.ok
            ? t('import.reportOk', {
                name: report.fileName,
                rows: report.rows,
                kind,
                inserted: intl.formatNumber(report.inserted),
                updated: intl.formatNumber(report.updated),
                unchanged: intl.formatNumber(report.unchanged),
              })
            : t('import.reportRejected', { name: report.fileName, errors: report.errorCount })}
          {report.errorCount > errors.length && <> {t('import.reportShown', { shown: errors.length, total: report.errorCount })}</>}
          {warnings.length > 0 && <> {t('import.warningsNote', { count: warnings.length })}</>}
        </p>
        {errors.length > 0 && (
          <section data-testid="import-errors">
            <h3>{t('import.errorsTitle')}</h3>
            <DataTable
              urlKey={null}
              caption={t('import.errors')}
              hideCaption
              columns={issueColumns}
              rows={numbered(errors)}
              rowKey={(i) => issueKey(i, i.index)}
              csvName={['loi-nhap-du-lieu', report.fileName]}
            />
          </section>
        )}
        {warnings.length > 0 && (
          <section data-testid="import-warnings">
            <h3>{t('import.warningsTitle')}</h3>
            <DataTable
              urlKey={null}
              caption={t('import.warnings')}
              hideCaption
              columns={issueColumns}
              rows={numbered(warnings)}
              rowKey={(i) => issueKey(i, i.index)}
            />
          </section>
        )}
      </Panel>
      <div className="grid grid--2-1 import-details">
        <Panel title={t('import.previewTitle')} description={t('import.previewDescription')}>
          {preview.length ? (
            <div data-testid="import-preview">
              <DataTable
                urlKey={null}
                caption={t('import.preview')}
                hideCaption
                columns={previewColumns}
                rows={preview}
                rowKey={(r) => r.key}
              />
            </div>
          ) : (
            <p>{t('import.previewEmpty')}</p>
          )}
        </Panel>
        <Panel title={t('import.columnsTitle')}>
          <div data-testid="import-columns">
            <DataTable
              urlKey={null}
              caption={t('import.columns')}
              hideCaption
              columns={columnColumns}
              rows={report.columns}
              rowKey={(c) => c.header}
            />
          </div>
        </Panel>
      </div>
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, Redirect, useLocation, useSearch, useSearchParams } from 'wouter';
import { PageHeader } from '../../../components/page-header';
import { Panel } from '../../../components/panel';
import { Loading } from '../../../components/query-state';
import { formatDecimal } from '../../../shared/format';
import { pageQuery, type PagePrefetch } from '../../../shared/page-query';
import { readChoice } from '../../../shared/url-state';
import { useReadyMark } from '../../../shared/use-ready-mark';
import { useUpdateParams } from '../../../shared/use-view-state';
import { ImportPageMeQuery } from '../api/import-page-me.query';
import { ImportRequestError, uploadImport, type ImportReport } from '../api/upload-import';
import '../import.css';
import { IMPORT_KINDS, kindArgument, type ImportKindChoice } from '../utils/import-report';
import { ImportDropZone } from './import-drop-zone';
import { ImportReportView } from './import-report-view';
import { RecentImports } from './recent-imports';

// The page's text comes with its chunk: app/lazy-page.tsx renders the page with it.

type Phase =
  | { step: 'idle' }
  | { step: 'checking' | 'importing' }
  | { step: 'checked'; report: ImportReport }
  | { step: 'done'; report: ImportReport; checked: ImportReport }
  | { step: 'failed'; error: ImportRequestError; dryRun: boolean };

/** Who is signed in decides what the page offers; asked before it renders (app/lazy-page.tsx). */
export const prefetch: PagePrefetch = () => [pageQuery(ImportPageMeQuery, {})];

/**
 * Import a CSV or XLSX file: drop or choose it, pick its kind (or let the header say), read the dry run's
 * report — the first rows, how each column was read, every error with its line, column and value — and
 * confirm to write it. The kind is in the URL; the file, naturally, is not.
 */
export default function ImportPage() {
  const intl = useIntl();
  const t = (id: Parameters<typeof intl.formatMessage>[0]['id'], values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
  const [pathname] = useLocation();
  const search = useSearch();
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const kind = readChoice<ImportKindChoice>(params, 'kind', IMPORT_KINDS, 'auto');
  const me = useQuery(ImportPageMeQuery);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [imported, setImported] = useState(0);
  const inFlight = useRef<AbortController | null>(null);
  useReadyMark(Boolean(me.data || me.error), 'import');

  const send = useCallback(async (chosen: File, choice: ImportKindChoice, dryRun: boolean, checked?: ImportReport) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setPhase({ step: dryRun ? 'checking' : 'importing' });
    try {
      const report = await uploadImport(chosen, { kind: kindArgument(choice), dryRun, signal: controller.signal });
      if (controller.signal.aborted) return;
      if (dryRun || !checked) setPhase({ step: 'checked', report });
      else {
        setPhase({ step: 'done', report, checked });
        setImported((n) => n + 1);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      setPhase({
        step: 'failed',
        error: error instanceof ImportRequestError ? error : new ImportRequestError(String(error), 'NETWORK'),
        dryRun,
      });
    }
  }, []);
  // A new file or kind: check it straight away (a dry run writes nothing).
  useEffect(() => {
    if (file) void send(file, kind, true);
  }, [file, kind, send]);
  useEffect(() => () => inFlight.current?.abort(), []);

  const account = me.data?.me;
  const signInLink = `/sign-in?${new URLSearchParams({ from: `${pathname}${search && `?${search}`}` })}`;
  if (me.data && account === null) return <Redirect to={signInLink} replace />;
  if (phase.step === 'failed' && phase.error.code === 'UNAUTHENTICATED') return <Redirect to={signInLink} replace />;
  const mayImport = Boolean(account?.permissions.includes('IMPORT'));
  const isAdmin = Boolean(account?.permissions.includes('ADMIN'));
  const busy = phase.step === 'checking' || phase.step === 'importing';

  return (
    <>
      <PageHeader title={t('import.title')} context={t('import.context')} />
      {account && !mayImport && (
        <p className="notice import-notice" data-testid="import-permission" role="note">
          {account.demo ? t('import.demoNotice') : t('import.noPermission', { name: account.displayName ?? account.username ?? '' })}{' '}
          <Link href={signInLink}>{t('import.signInLink')}</Link>
        </p>
      )}
      <Panel title={t('import.formTitle')} description={t('import.formDescription')}>
        <form
          className="import-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (file) void send(file, kind, true);
          }}
        >
          <ImportDropZone file={file} disabled={busy} onFile={setFile} />
          <div className="import-form__side">
            <div className="field">
              <label htmlFor="import-kind">{t('import.kind')}</label>
              <select
                id="import-kind"
                value={kind}
                disabled={busy}
                onChange={(event) => update({ kind: event.target.value === 'auto' ? undefined : event.target.value }, { replace: true })}
              >
                {IMPORT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`import.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button" disabled={!file || busy}>
              {t('import.check')}
            </button>
          </div>
        </form>
      </Panel>

      <div aria-live="polite" data-testid="import-outcome">
        {busy && file && <Loading what={t(phase.step === 'checking' ? 'import.checking' : 'import.importing', { name: file.name })} />}
        {phase.step === 'failed' && file && (
          <div className="state state--error" role="alert" data-testid="import-failed">
            <p className="state__title">{t('import.failed', { name: file.name })}</p>
            <p>{phase.error.code === 'NETWORK' ? t('import.networkError') : t('import.failedWhy', { message: phase.error.message })}</p>
            <button type="button" className="button" onClick={() => void send(file, kind, phase.dryRun)}>
              {t('import.retry')}
            </button>
          </div>
        )}
        {phase.step === 'checked' && <ImportReportView report={phase.report} />}
        {phase.step === 'checked' && phase.report.dryRun && phase.report.ok && (
          <div className="import-confirm">
            <button
              type="button"
              className="button button--primary"
              data-testid="import-confirm"
              onClick={() => file && void send(file, kind, false, phase.report)}
            >
              {t('import.confirm')}
            </button>
            <span>{t('import.confirmHint', { rows: phase.report.rows, name: phase.report.fileName })}</span>
          </div>
        )}
        {phase.step === 'done' && <ImportDone report={phase.report} />}
      </div>

      <RecentImports allowed={isAdmin} refreshKey={imported} />
    </>
  );
}

/** What the import wrote (or, when the server refused it after all, why not). */
function ImportDone({ report }: { report: ImportReport }) {
  const intl = useIntl();
  const locale = intl.locale as 'vi' | 'en';
  const t = (id: Parameters<typeof intl.formatMessage>[0]['id'], values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
  if (!report.ok)
    return (
      <>
        <p className="notice import-verdict import-verdict--rejected" role="alert">
          {t('import.refused', { name: report.fileName, errors: report.errorCount })}
        </p>
        <ImportReportView report={report} />
      </>
    );
  const figures = [
    ['inserted', report.inserted],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ...(report.removed ? [['removed', report.removed] as const] : []),
  ] as const;
  return (
    <Panel title={t('import.doneTitle')}>
      <p className="notice import-verdict import-verdict--ok" role="status" data-testid="import-done">
        <span aria-hidden="true">✓ </span>
        {t('import.done', { name: report.fileName, seconds: formatDecimal(report.seconds, locale) })}
      </p>
      <dl className="import-summary" data-testid="import-summary">
        {figures.map(([key, value]) => (
          <div key={key} data-figure={key}>
            <dt>{t(`import.done.${key}`)}</dt>
            <dd>{intl.formatNumber(value)}</dd>
          </div>
        ))}
        <div data-figure="seconds">
          <dt>{t('import.done.seconds')}</dt>
          <dd>{formatDecimal(report.seconds, locale)}</dd>
        </div>
      </dl>
    </Panel>
  );
}

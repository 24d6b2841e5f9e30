import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { EmptyState, ErrorState, Loading } from '../../../components/query-state';
import type { RecentImportsQuery as RecentImportsData } from '../../../__generated__/graphql';
import { RecentImportsQuery } from '../api/recent-imports.query';
import { formatInstant } from '../../../shared/format';

type Run = RecentImportsData['imports'][number];

/** The latest imports (administrators only: a run may span units). */
export function RecentImports({ allowed, refreshKey }: { allowed: boolean; refreshKey: number }) {
  const intl = useIntl();
  const t = (id: Parameters<typeof intl.formatMessage>[0]['id']) => intl.formatMessage({ id });
  const { data, error, loading, refetch } = useQuery(RecentImportsQuery, {
    variables: { first: 20 },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  // A new import changes the list: the page bumps refreshKey after one.
  useEffect(() => {
    if (allowed && refreshKey > 0) void refetch();
  }, [allowed, refreshKey, refetch]);
  const columns: TableColumn<Run>[] = [
    {
      id: 'startedAt',
      header: t('import.recent.startedAt'),
      value: (r) => r.startedAt,
      render: (r) => formatInstant(r.startedAt as string),
    },
    { id: 'actor', header: t('import.recent.actor'), value: (r) => r.actor },
    { id: 'file', header: t('import.recent.file'), value: (r) => r.fileName },
    { id: 'kind', header: t('import.recent.kind'), value: (r) => (r.kind ? t(`import.kind.${r.kind}`) : '') },
    { id: 'rows', header: t('import.recent.rows'), kind: 'count', value: (r) => r.rows },
    { id: 'inserted', header: t('import.recent.inserted'), kind: 'count', value: (r) => r.inserted },
    { id: 'updated', header: t('import.recent.updated'), kind: 'count', value: (r) => r.updated },
    { id: 'unchanged', header: t('import.recent.unchanged'), kind: 'count', value: (r) => r.unchanged },
    { id: 'errors', header: t('import.recent.errors'), kind: 'count', value: (r) => r.errorCount },
    {
      id: 'result',
      header: t('import.recent.result'),
      value: (r) => t(`import.result.${r.result}`),
      render: (r) => <span title={r.message ?? undefined}>{t(`import.result.${r.result}`)}</span>,
    },
  ];
  return (
    <Panel title={t('import.recentTitle')} busy={loading && Boolean(data)}>
      <div data-testid="recent-imports">
        {!allowed ? (
          <p className="notice">{t('import.recentAdminOnly')}</p>
        ) : error && !data ? (
          <ErrorState what={t('import.recent')} error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading what={t('import.recent')} compact />
        ) : data.imports.length === 0 ? (
          <EmptyState>{t('import.recentEmpty')}</EmptyState>
        ) : (
          <DataTable
            urlKey="recent-imports"
            caption={t('import.recent')}
            hideCaption
            columns={columns}
            rows={data.imports}
            rowKey={(r) => r.id}
            csvName={['lich-su-nhap']}
          />
        )}
      </div>
    </Panel>
  );
}

import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import type { Locale } from '../shared/format';
import { ErrorState } from './query-state';
import { pageQuery } from '../shared/page-query';

/** The API's metric catalogue: every label and description of a metric on screen comes from here. */
const MetricCatalogueQuery = graphql(`
  query MetricCatalogue {
    metrics {
      key
      nameVi
      nameEn
      description
      unit
      direction
      form06Column
    }
  }
`);

/** Asked for every page, before the first render (app/prefetch.ts). */
export const metricCatalogueQuery = pageQuery(MetricCatalogueQuery, {});

export interface MetricInfo {
  key: string;
  name: string;
  description: string;
  unit: 'COUNT' | 'RATE';
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';
  form06Column: number | null;
}

interface Catalogue {
  byKey: Map<string, MetricInfo>;
  loading: boolean;
  /** Why the catalogue is missing (none once it is in). */
  error: unknown;
  retry: () => void;
}

const CatalogueContext = createContext<Catalogue>({ byKey: new Map(), loading: true, error: undefined, retry: () => undefined });

export function MetricCatalogue({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(MetricCatalogueQuery, { fetchPolicy: 'cache-first' });
  const locale = useIntl().locale as Locale;
  const value = useMemo<Catalogue>(
    () => ({
      byKey: new Map(
        (data?.metrics ?? []).map((m) => [
          m.key,
          {
            key: m.key,
            name: locale === 'en' ? m.nameEn : m.nameVi,
            description: m.description,
            unit: m.unit === 'RATE' ? 'RATE' : 'COUNT',
            direction: m.direction as MetricInfo['direction'],
            form06Column: m.form06Column ?? null,
          },
        ]),
      ),
      loading,
      error: data ? undefined : error,
      retry: () => void refetch(),
    }),
    [data, loading, error, locale, refetch],
  );
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

/** Every page names its figures from the catalogue: when it could not be loaded, the layout says so once, above the page. */
export function CatalogueError() {
  const intl = useIntl();
  const { error, retry } = useMetrics();
  if (!error) return null;
  return <ErrorState what={intl.formatMessage({ id: 'catalogue.what' })} error={error} onRetry={retry} />;
}

/** The catalogue (names in the UI language). */
export function useMetrics(): Catalogue {
  return useContext(CatalogueContext);
}

/** One metric; while the catalogue loads, its key stands in for the name. */
export function useMetric(key: string): MetricInfo {
  const { byKey } = useMetrics();
  return (
    byKey.get(key) ?? {
      key,
      name: key,
      description: '',
      unit: /Rate$|Share$/.test(key) ? 'RATE' : 'COUNT',
      direction: 'NEUTRAL',
      form06Column: null,
    }
  );
}

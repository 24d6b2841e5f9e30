import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Route, Switch } from 'wouter';
import { MetricCatalogue } from '../components/metric-catalogue';
import { I18nProvider } from './i18n/i18n-provider';
import { Layout, NotFound } from './layout';
import { PAGES } from './pages';

/** Language (from the URL) and the metric catalogue wrap every page; a path of no page gets NotFound. */
export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <MetricCatalogue>
          <Layout>
            <Switch>
              {PAGES.map(({ path, component }) => (
                <Route key={path} path={path} component={component} />
              ))}
              <Route component={NotFound} />
            </Switch>
          </Layout>
        </MetricCatalogue>
      </I18nProvider>
    </ApolloProvider>
  );
}

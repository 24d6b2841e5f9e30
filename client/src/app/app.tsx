import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { MetricCatalogue } from '../components/metric-catalogue';
import { createApolloClient } from './apollo';
import { I18nProvider } from './i18n/i18n-provider';
import { Layout, NotFound } from './layout';
import { PAGES } from './pages';

const client = createApolloClient();

/** Language (from the URL) and the metric catalogue wrap every page. */
function Root() {
  return (
    <I18nProvider>
      <MetricCatalogue>
        <Outlet />
      </MetricCatalogue>
    </I18nProvider>
  );
}

const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      {
        element: <Layout />,
        children: [...PAGES.map(({ path, component: Page }) => ({ path, element: <Page /> })), { path: '*', element: <NotFound /> }],
      },
    ],
  },
]);

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}

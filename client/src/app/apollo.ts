import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { signInHref } from '../features/sign-in/utils/return-path';

/**
 * Not signed in (and not the demo): a query answered UNAUTHENTICATED sends the user to the sign-in page,
 * which brings them back here afterwards. A refused sign-in is the sign-in page's own business.
 */
const toSignIn = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'SignInPageSignIn' || window.location.pathname === '/sign-in') return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
    window.location.assign(signInHref(window.location.pathname, window.location.search));
});

/** One client for the page; the API is on the same origin (/graphql), in production and behind Vite's proxy. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([toSignIn, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Catalogue entries have a key, not an id.
        Metric: { keyFields: ['key'] },
        // The signed-in account has no id: pages ask different fields of it (the header, campaigns, import), and
        // without merging, each answer would replace the other's and send it to the network again.
        Me: { merge: true },
      },
    }),
  });
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { IntlShape } from 'react-intl';

/** Why a campaign change failed, in the server's own words (they name the field), or that it could not be reached. */
export function mutationProblem(intl: IntlShape, error: unknown): { text: string; message: string | null } {
  if (CombinedGraphQLErrors.is(error)) {
    const message = error.errors.map((e) => e.message).join('; ');
    return { text: intl.formatMessage({ id: 'campaigns.refused' }, { message }), message };
  }
  return { text: intl.formatMessage({ id: 'campaigns.networkError' }), message: null };
}

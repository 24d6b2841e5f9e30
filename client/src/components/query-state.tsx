import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

/** Says what is loading, politely to screen readers. */
export function Loading({ what, compact = false }: { what: string; compact?: boolean }) {
  const intl = useIntl();
  return (
    <div className={compact ? 'state state--loading state--compact' : 'state state--loading'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {intl.formatMessage({ id: 'state.loading' }, { what })}
    </div>
  );
}

/** What failed, why (the server's own words when it gave them), and a way to try again. */
export function ErrorState({ what, error, onRetry }: { what: string; error: unknown; onRetry?: () => void }) {
  const intl = useIntl();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{intl.formatMessage({ id: 'state.errorTitle' }, { what })}</p>
      <p>
        {describeError(error, intl.formatMessage({ id: 'state.networkError' }), (message) =>
          intl.formatMessage({ id: 'state.serverError' }, { message }),
        )}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={() => onRetry()}>
          {intl.formatMessage({ id: 'state.retry' })}
        </button>
      )}
    </div>
  );
}

/** Why there is nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  const intl = useIntl();
  return (
    <div className="state state--empty" role="status">
      <p className="state__title">{intl.formatMessage({ id: 'state.emptyTitle' })}</p>
      <p>{children}</p>
    </div>
  );
}

function describeError(error: unknown, networkText: string, serverText: (message: string) => string): string {
  if (CombinedGraphQLErrors.is(error)) return serverText(error.errors.map((e) => e.message).join('; '));
  if (ServerError.is(error)) return serverText(`HTTP ${error.statusCode}`);
  return networkText;
}

import { Component, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

interface State {
  error: Error | null;
}

/** A page that throws while rendering (or whose code cannot be fetched) says so instead of going blank. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    return this.state.error ? <PageCrash error={this.state.error} /> : this.props.children;
  }
}

function PageCrash({ error }: { error: Error }) {
  const intl = useIntl();
  const chunk = /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(error.message);
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{intl.formatMessage({ id: 'crash.title' })}</p>
      <p>{chunk ? intl.formatMessage({ id: 'crash.chunk' }) : error.message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {intl.formatMessage({ id: 'crash.reload' })}
      </button>
    </div>
  );
}

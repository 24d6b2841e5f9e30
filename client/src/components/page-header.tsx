import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  /** Unit and period the page shows: what a screenshot must say. */
  context?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, context, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {context && <p className="page-header__context">{context}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}

import { useId, type ReactNode } from 'react';

/** A titled block of the page (a chart, a table, a state standing in for one). */
export function Panel({
  title,
  description,
  tools,
  children,
  className,
  busy = false,
}: {
  title: string;
  description?: string;
  tools?: ReactNode;
  children: ReactNode;
  className?: string;
  /** New figures are loading: the old ones stay on screen, dimmed. */
  busy?: boolean;
}) {
  const headingId = useId();
  return (
    <section className={['panel', className, busy && 'is-updating'].filter(Boolean).join(' ')} aria-labelledby={headingId} aria-busy={busy}>
      <header className="panel__header">
        <div>
          <h2 id={headingId}>{title}</h2>
          {description && <p className="panel__description">{description}</p>}
        </div>
        {tools && <div className="panel__tools">{tools}</div>}
      </header>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

/** The heading of a page: where it belongs (a node, the catalog), its title, a lead sentence and actions. */
export function PageHeading({
  title,
  lead,
  context,
  children,
}: {
  title: string;
  lead?: string;
  context?: ReactNode;
  /** Actions beside the title, such as a refresh button. */
  children?: ReactNode;
}) {
  return (
    <header className="page__header page__header--split">
      <div>
        {context !== undefined && <p className="page__context">{context}</p>}
        <h1 className="page__title">{title}</h1>
        {lead !== undefined && <p className="page__lead">{lead}</p>}
      </div>
      {children !== undefined && <div className="page__actions">{children}</div>}
    </header>
  );
}

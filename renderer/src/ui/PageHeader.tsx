import type { ReactNode } from 'react';

export function PageHeader({ title, lead, actions }: { title: string; lead?: string; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        {/* tabIndex -1: a new page focuses its heading (navigation/focusOnNavigate.ts); Tab skips it. */}
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        {lead && <p className="page-lead">{lead}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

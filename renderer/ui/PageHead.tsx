import type { ReactNode } from 'react';

/** A screen's title, its line of explanation, and its main buttons on the right. */
export function PageHead({ title, subtitle, actions, tight = false }: { title: string; subtitle: string; actions?: ReactNode; tight?: boolean }) {
  return (
    <div className={tight ? 'page-head page-head-tight' : 'page-head'}>
      <div>
        <h1 className="page-title">{title}</h1>
        <p className="page-subtitle">{subtitle}</p>
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}

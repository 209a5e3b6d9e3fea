import type { ReactNode } from 'react';

/** Says why a place is empty and what to do about it; never a blank area. */
export function EmptyState({
  title,
  children,
  actions,
  icon,
  testId,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  icon?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="empty" data-testid={testId}>
      {icon && <div className="empty-icon">{icon}</div>}
      <h3 className="empty-title">{title}</h3>
      {children && <p className="empty-body">{children}</p>}
      {actions && <div className="empty-actions">{actions}</div>}
    </div>
  );
}

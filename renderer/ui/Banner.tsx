import type { ReactNode } from 'react';
import { AlertIcon } from './icons';

/** An error that belongs to one place on the screen (a form, a list that failed to load). */
export function Banner({ children, action, testId }: { children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div className="banner banner-error" role="alert" data-testid={testId}>
      <span className="banner-icon">
        <AlertIcon />
      </span>
      <div className="banner-text">{children}</div>
      {action}
    </div>
  );
}

import type { ReactNode } from 'react';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** One big number with what it counts; `tone` colours it by what it means for the organizer. */
export function StatCard({
  value,
  label,
  tone = 'neutral',
  children,
  testId,
}: {
  value: number;
  label: string;
  tone?: 'good' | 'warn' | 'bad' | 'neutral';
  children?: ReactNode;
  testId?: string;
}) {
  const lang = useLanguage((s) => s.lang);
  return (
    <div className={`statcard statcard-${tone}${value === 0 ? ' is-zero' : ''}`} data-testid={testId} data-value={value}>
      <p className="statcard-value tabular">{formatNumber(value, lang)}</p>
      <p className="statcard-label">{label}</p>
      {children && <div className="statcard-more">{children}</div>}
    </div>
  );
}

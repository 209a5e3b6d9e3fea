import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { useDelegateView, type SortKey } from './viewStore';

/** A column header that sorts by its column; a second click turns the order round. `children`: e.g. its resize handle. */
export function SortHeader({
  sortKey,
  label,
  className,
  testId,
  children,
}: {
  sortKey: SortKey;
  label: string;
  className?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const tr = useT();
  const sort = useDelegateView((s) => s.sort);
  const sortBy = useDelegateView((s) => s.sortBy);
  const on = sort.key === sortKey;
  return (
    <div role="columnheader" className={`th${className ? ` ${className}` : ''}`} aria-sort={on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className={`th-btn${on ? ' is-on' : ''}`}
        onClick={() => sortBy(sortKey)}
        title={tr.delegates.sortByColumn(label)}
        data-testid={testId ?? `sort-col-${sortKey}`}
      >
        <span className="th-label">{label}</span>
        <svg className="th-arrow" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          {on && sort.dir === 'desc' ? <path d="M5 8 1.5 3h7z" fill="currentColor" /> : <path d="M5 2 8.5 7h-7z" fill="currentColor" />}
        </svg>
      </button>
      {children}
    </div>
  );
}

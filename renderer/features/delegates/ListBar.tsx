import { memo } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { FACETS, hasFilters, type IndexEntry } from '../../../shared/delegate-list';
import { useT } from '../../i18n';
import { BulkBar } from './BulkBar';
import { ColumnChooser } from './ColumnChooser';
import type { CellContext } from './columns';
import { ExportMenu } from './ExportMenu';
import { FilterMenu } from './FilterMenu';
import { useDelegateView } from './viewStore';

interface ListBarProps {
  eventId: string;
  rows: IndexEntry<Delegate>[];
  sorted: IndexEntry<Delegate>[];
  query: string;
  ctx: CellContext;
}

/** The second line above the list: filters, columns and export; the bulk actions while rows are ticked. */
export const ListBar = memo(function ListBar({ eventId, rows, sorted, query, ctx }: ListBarProps) {
  const tr = useT();
  const filters = useDelegateView((s) => s.filters);
  const clearFilters = useDelegateView((s) => s.clearFilters);
  const selecting = useDelegateView((s) => s.selected.size > 0);
  if (selecting) return <BulkBar eventId={eventId} ctx={ctx} />;
  return (
    <div className="listbar" role="group" aria-label={tr.delegates.filters.label}>
      <div className="listbar-filters">
        {FACETS.map((f) => (
          <FilterMenu key={f} facet={f} sorted={sorted} query={query} ctx={ctx} />
        ))}
        {hasFilters(filters) && (
          <button type="button" className="link-btn link-btn-sm" onClick={clearFilters} data-testid="filters-clear">
            {tr.delegates.filters.clear}
          </button>
        )}
      </div>
      <div className="listbar-tools">
        <ColumnChooser />
        <ExportMenu eventId={eventId} rows={rows} sorted={sorted} />
      </div>
    </div>
  );
});

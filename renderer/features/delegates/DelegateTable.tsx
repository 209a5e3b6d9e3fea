import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { IndexEntry } from '../../../shared/delegate-list';
import { useT } from '../../i18n';
import { ColumnResizer } from './ColumnResizer';
import { COLUMNS, gridTemplate, type CellContext, type ColumnId } from './columns';
import { SortHeader } from './SortHeader';
import { useDelegateView, type SortKey } from './viewStore';

/** Fixed heights: the virtualizer then never measures, and 10,000 rows scroll as smoothly as 10. */
const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 40;

type Entry = IndexEntry<Delegate>;

interface RowProps {
  entry: Entry;
  index: number;
  start: number;
  columns: readonly ColumnId[];
  ctx: CellContext;
  selected: boolean;
  highlighted: boolean;
  focusable: boolean;
  onClick(index: number): void;
  onCheck(index: number, shift: boolean): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>, index: number): void;
  onFocus(index: number): void;
}

/** One row; re-rendered only when something it shows changes, not on every keystroke of a search. */
const Row = memo(function Row({ entry, index, start, columns, ctx, selected, highlighted, focusable, onClick, onCheck, onKeyDown, onFocus }: RowProps) {
  const d = entry.delegate;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-testid="delegate-row"
      data-delegate-id={d.id}
      data-highlighted={highlighted || undefined}
      className={`dtable-row dtable-body-row${highlighted ? ' is-highlight' : ''}${selected ? ' is-selected' : ''}${index % 2 ? ' is-odd' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      tabIndex={focusable ? 0 : -1}
      onClick={() => onClick(index)}
      onFocus={() => onFocus(index)}
      onKeyDown={(e) => onKeyDown(e, index)}
    >
      <div role="cell" className="col-check" onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          className="check"
          checked={selected}
          tabIndex={-1}
          aria-label={ctx.tr.delegates.selection.selectRow(d.fullName)}
          onChange={(e) => onCheck(index, (e.nativeEvent as unknown as globalThis.MouseEvent).shiftKey === true)}
          data-testid="delegate-select"
        />
      </div>
      <div role="cell" className="col-index tabular">
        {index + 1}
      </div>
      <div role="cell" className="col-name" title={d.fullName}>
        {d.fullName}
      </div>
      {columns.map((c) => {
        const col = COLUMNS[c];
        return (
          <div key={c} role="cell" className={col.className} title={col.tip?.(entry)} data-col={c}>
            {col.cell(entry, ctx)}
          </div>
        );
      })}
    </div>
  );
});

interface DelegateTableProps {
  rows: Entry[];
  /** The search these rows answer; on the element for tests and the benchmark to wait on. */
  query: string;
  ctx: CellContext;
}

const SORT_OF: Partial<Record<ColumnId, SortKey>> = { rank: 'precedence' };

/** The delegate list: a sticky header and only the visible rows in the page. */
export const DelegateTable = memo(function DelegateTable({ rows, query, ctx }: DelegateTableProps) {
  const tr = useT();
  const c = tr.delegates.columns;
  const columns = useDelegateView((s) => s.columns);
  const widths = useDelegateView((s) => s.widths);
  const selected = useDelegateView((s) => s.selected);
  const highlightId = useDelegateView((s) => s.highlightId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const grid = useMemo(() => gridTemplate(columns, widths), [columns, widths]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });

  // A delegate just saved: bring its row into view once, and make it the keyboard's row.
  // Only once: typing a search afterwards must not keep pulling the list back to it.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!highlightId || revealed.current === highlightId) return;
    const at = rows.findIndex((r) => r.delegate.id === highlightId);
    if (at >= 0) {
      revealed.current = highlightId;
      setActive(at);
      virtualizer.scrollToIndex(at, { align: 'auto' });
    }
  }, [highlightId, rows, virtualizer]);

  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  // Stable handlers (the rows are read from a ref), so memoised rows stay untouched.
  const focusRow = useCallback(
    (i: number) => {
      const next = Math.max(0, Math.min(rowsRef.current.length - 1, i));
      setActive(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
      requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
    },
    [virtualizer],
  );

  const onCheck = useCallback((i: number, shift: boolean) => {
    const list = rowsRef.current;
    const id = list[i]?.delegate.id;
    if (!id) return;
    const view = useDelegateView.getState();
    const anchorAt = shift && view.anchorId ? list.findIndex((r) => r.delegate.id === view.anchorId) : -1;
    const range = anchorAt >= 0 ? list.slice(Math.min(anchorAt, i), Math.max(anchorAt, i) + 1).map((r) => r.delegate.id) : undefined;
    view.toggleSelected(id, range);
  }, []);

  const onClick = useCallback((i: number) => {
    const d = rowsRef.current[i]?.delegate;
    setActive(i);
    if (d) useDelegateView.getState().openEdit(d);
  }, []);

  const onFocus = useCallback((i: number) => setActive(i), []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>, i: number) => {
      if (e.target !== e.currentTarget) return;
      const count = rowsRef.current.length;
      const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
      const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + page, PageUp: i - page, Home: 0, End: count - 1 };
      const to = moves[e.key];
      if (to !== undefined) {
        e.preventDefault();
        focusRow(to);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        onClick(i);
      } else if (e.key === ' ') {
        // Space ticks the row (Shift+Space: the range from the last ticked one), as in a file list.
        e.preventDefault();
        onCheck(i, e.shiftKey);
      }
    },
    [focusRow, onClick, onCheck],
  );

  // Header tick: all rows on screen (the search and filters applied) on or off.
  const selectedShown = useMemo(() => {
    if (selected.size === 0) return 0;
    let n = 0;
    for (const r of rows) if (selected.has(r.delegate.id)) n++;
    return n;
  }, [rows, selected]);
  const allShown = rows.length > 0 && selectedShown === rows.length;
  const headCheck = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (headCheck.current) headCheck.current.indeterminate = selectedShown > 0 && !allShown;
  }, [selectedShown, allShown]);
  const toggleAll = (e: MouseEvent<HTMLInputElement>) => {
    e.stopPropagation();
    useDelegateView.getState().select(
      rows.map((r) => r.delegate.id),
      !allShown,
    );
  };

  const style = { '--dcols': grid.template } as CSSProperties;
  return (
    <div
      className="dtable"
      role="table"
      aria-label={tr.delegates.tableLabel}
      aria-rowcount={rows.length + 1}
      data-testid="delegates-table"
      data-query={query}
      style={style}
    >
      <div className="dtable-scroll" ref={scrollRef}>
        <div className="dtable-canvas" style={{ height: virtualizer.getTotalSize(), minWidth: grid.minWidth }}>
          <div className="dtable-head" role="rowgroup">
            <div className="dtable-row" role="row" aria-rowindex={1}>
              <div role="columnheader" className="col-check">
                <input
                  ref={headCheck}
                  type="checkbox"
                  className="check"
                  checked={allShown}
                  onClick={toggleAll}
                  onChange={() => undefined}
                  aria-label={tr.delegates.selection.selectAll}
                  data-testid="delegates-select-all"
                />
              </div>
              <div role="columnheader" className="col-index">
                {c.index}
              </div>
              <SortHeader sortKey="name" label={c.fullName} className="col-name">
                <ColumnResizer column="fullName" label={c.fullName} />
              </SortHeader>
              {columns.map((col) => (
                <SortHeader key={col} sortKey={SORT_OF[col] ?? (col as SortKey)} label={c[col]} className={COLUMNS[col].className} testId={`sort-col-${col}`}>
                  <ColumnResizer column={col} label={c[col]} />
                </SortHeader>
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {virtualizer.getVirtualItems().map((item) => {
              const entry = rows[item.index];
              if (!entry) return null;
              const id = entry.delegate.id;
              // Keyed by position: a keystroke refills the same row elements instead of replacing them,
              // and scrolling still only adds and removes the rows at the edges.
              return (
                <Row
                  key={item.index}
                  entry={entry}
                  index={item.index}
                  start={item.start}
                  columns={columns}
                  ctx={ctx}
                  selected={selected.has(id)}
                  highlighted={id === highlightId}
                  focusable={item.index === activeIndex}
                  onClick={onClick}
                  onCheck={onCheck}
                  onKeyDown={onKeyDown}
                  onFocus={onFocus}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
});

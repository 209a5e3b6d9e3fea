import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Category, Delegate } from '../../../shared/contract/delegates';
import type { IndexEntry } from '../../../shared/delegate-list';
import { useLanguage, useT } from '../../i18n';
import { categoryName } from './categoryName';
import { formatPhone } from './formatPhone';
import { useDelegateView } from './viewStore';

/** Fixed heights: the virtualizer then never measures, and 10,000 rows scroll as smoothly as 10. */
export const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 40;

interface DelegateTableProps {
  rows: IndexEntry<Delegate>[];
  categories: Category[];
}

/** The delegate list: a sticky header and only the visible rows in the page. */
export function DelegateTable({ rows, categories }: DelegateTableProps) {
  const tr = useT();
  const c = tr.delegates.columns;
  const lang = useLanguage((s) => s.lang);
  const highlightId = useDelegateView((s) => s.highlightId);
  const openEdit = useDelegateView((s) => s.openEdit);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  const catNames = useMemo(() => new Map(categories.map((cat) => [cat.id, { name: categoryName(cat, lang), code: cat.code ?? 'custom' }])), [categories, lang]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    getItemKey: (i) => rows[i]?.delegate.id ?? i,
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

  const focusRow = (i: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, i));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, i: number, d: Delegate) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + page, PageUp: i - page, Home: 0, End: rows.length - 1 };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      focusRow(to);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openEdit(d);
    }
  };

  return (
    <div className="dtable" role="table" aria-label={tr.delegates.tableLabel} aria-rowcount={rows.length + 1} data-testid="delegates-table">
      <div className="dtable-scroll" ref={scrollRef}>
        <div className="dtable-canvas" style={{ height: virtualizer.getTotalSize() }}>
          <div className="dtable-head" role="rowgroup">
            <div className="dtable-row" role="row" aria-rowindex={1}>
              <div role="columnheader" className="col-index">{c.index}</div>
              <div role="columnheader">{c.fullName}</div>
              <div role="columnheader">{c.title}</div>
              <div role="columnheader">{c.organization}</div>
              <div role="columnheader">{c.category}</div>
              <div role="columnheader" className="col-rank">{c.rank}</div>
              <div role="columnheader">{c.phone}</div>
            </div>
          </div>
          <div role="rowgroup">
            {virtualizer.getVirtualItems().map((item) => {
              const entry = rows[item.index];
              if (!entry) return null;
              const d = entry.delegate;
              const cat = catNames.get(d.categoryId);
              const isHighlight = d.id === highlightId;
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  data-testid="delegate-row"
                  data-delegate-id={d.id}
                  data-highlighted={isHighlight || undefined}
                  className={`dtable-row dtable-body-row${isHighlight ? ' is-highlight' : ''}${item.index % 2 ? ' is-odd' : ''}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  onClick={() => {
                    setActive(item.index);
                    openEdit(d);
                  }}
                  onFocus={() => setActive(item.index)}
                  onKeyDown={(e) => onKeyDown(e, item.index, d)}
                >
                  <div role="cell" className="col-index tabular">{item.index + 1}</div>
                  <div role="cell" className="col-name" title={d.fullName}>{d.fullName}</div>
                  <div role="cell" className="col-text" title={d.title ?? undefined}>{d.title}</div>
                  <div role="cell" className="col-text" title={d.organization ?? undefined}>{d.organization}</div>
                  <div role="cell" className="col-cat">
                    {cat && (
                      <span className={`cat cat-${cat.code}`}>
                        <span className="cat-dot" aria-hidden="true" />
                        {cat.name}
                      </span>
                    )}
                  </div>
                  <div role="cell" className="col-rank tabular">{d.precedenceRank ?? ''}</div>
                  <div role="cell" className="col-phone tabular">{formatPhone(d.phone)}</div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

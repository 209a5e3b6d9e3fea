import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { filterEntries } from '../../../shared/delegate-list';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n';
import { SearchIcon } from '../../ui/icons';
import { useDelegates } from '../delegates/delegatesStore';
import { indexOf } from '../delegates/listIndex';
import { DELEGATE_DRAG } from './SeatMap';
import { seatName, type SeatLookup } from './seatName';

export type SideFilter = 'unseated' | 'all' | 'presidium';

interface Props {
  /** The plan's delegates in the order of precedence. */
  people: readonly Delegate[];
  seatOf: SeatLookup;
  presidium: ReadonlySet<string>;
  pickedDelegateId: string | null;
  onShow(d: Delegate): void;
  /** Enter on a row: pick the delegate up, to put down on a seat with the keyboard. */
  onPick(d: Delegate): void;
  onTogglePresidium(d: Delegate): void;
}

const ROW_H = 52;

/**
 * The plan's delegates beside the map, by precedence with who has no seat first: search, filter,
 * drag one onto a seat (or pick with Enter), mark the presidium.
 */
export function DelegateSideList({ people, seatOf, presidium, pickedDelegateId, onShow, onPick, onTogglePresidium }: Props) {
  const tr = useT();
  const s = tr.seating.side;
  const lang = useLanguage((x) => x.lang);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SideFilter>('unseated');
  const scroller = useRef<HTMLDivElement>(null);
  const all = useDelegates((x) => x.delegates);

  const shown = useMemo(() => {
    const wanted = new Set(people);
    const byRank = new Map(people.map((d, i) => [d, i]));
    // The event's own search index (cached for its list), narrowed to the plan's people: no refolding.
    const found = filterEntries(
      indexOf(all).filter((e) => wanted.has(e.delegate)),
      query,
    ).map((e) => e.delegate);
    const kept = found.filter((d) => (filter === 'unseated' ? !seatOf.get(d.id) : filter === 'presidium' ? presidium.has(d.id) : true));
    return kept.sort((a, b) => Number(!!seatOf.get(a.id)) - Number(!!seatOf.get(b.id)) || byRank.get(a)! - byRank.get(b)!);
  }, [all, people, query, filter, seatOf, presidium]);
  const unseated = useMemo(() => people.filter((d) => !seatOf.get(d.id)).length, [people, seatOf]);

  const virtual = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_H, overscan: 8 });

  return (
    <aside className="side-list" aria-label={s.label} data-testid="seating-side-list">
      <div className="search">
        <SearchIcon />
        <input
          type="search"
          className="search-input"
          placeholder={s.search}
          aria-label={s.search}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter shows the first one found: its seat lights up on the map.
            if (e.key === 'Enter' && shown[0]) onShow(shown[0]);
          }}
          data-testid="seating-search"
        />
      </div>
      <div className="segmented side-filter" role="group" aria-label={s.filter}>
        {(['unseated', 'all', 'presidium'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className={`segmented-btn${filter === f ? ' is-on' : ''}`}
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
            data-testid={`seating-filter-${f}`}
          >
            {s.filters[f]}
            {f === 'unseated' && <span className="tabular"> {formatNumber(unseated, lang)}</span>}
          </button>
        ))}
      </div>
      <div className="side-list-scroll" ref={scroller} role="list" aria-label={s.label}>
        {shown.length === 0 && <p className="muted side-list-empty">{query ? s.noMatch : s.empty[filter]}</p>}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const d = shown[v.index]!;
            const seat = seatOf.get(d.id);
            const inPresidium = presidium.has(d.id);
            return (
              <div
                key={d.id}
                role="listitem"
                className={`side-item${pickedDelegateId === d.id ? ' is-picked' : ''}${d.status === 'declined' ? ' is-declined' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_H, transform: `translateY(${v.start}px)` }}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData(DELEGATE_DRAG, d.id);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                data-testid="seating-side-item"
                data-delegate-id={d.id}
              >
                <button
                  type="button"
                  className="side-item-main"
                  onClick={() => onShow(d)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.altKey)) return;
                    if (e.key === ' ') {
                      e.preventDefault();
                      onPick(d);
                    }
                  }}
                  aria-label={s.itemLabel(d.fullName, seat ? seatName(seat, tr) : s.noSeat)}
                >
                  <span className="side-item-name">{d.fullName}</span>
                  <span className="side-item-sub">{[d.title, d.organization].filter(Boolean).join(' · ')}</span>
                </button>
                <span className={`side-item-seat tabular${seat ? '' : ' is-none'}`}>{seat ? seatName(seat, tr, lang) : s.noSeat}</span>
                <button
                  type="button"
                  className={`side-item-star${inPresidium ? ' is-on' : ''}`}
                  aria-pressed={inPresidium}
                  title={inPresidium ? s.leavePresidium : s.joinPresidium}
                  aria-label={`${inPresidium ? s.leavePresidium : s.joinPresidium}: ${d.fullName}`}
                  onClick={() => onTogglePresidium(d)}
                  data-testid="seating-presidium-toggle"
                >
                  ★
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <p className="side-hint muted">{s.hint}</p>
    </aside>
  );
}

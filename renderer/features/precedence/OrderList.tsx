import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { levelNote } from '../../../shared/precedence/catalogue';
import type { OrderEntry } from '../../../shared/precedence/order';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { RankIcon } from '../../ui/icons';
import { useDelegates } from '../delegates/delegatesStore';
import { OrderRow } from './OrderRow';
import { moveDelegate, resetLevel, resetOrder } from './precedenceActions';

/**
 * How many rows are drawn at first. Reordering is about the top of the list; a level that holds
 * thousands ("Chuyên viên" at a big conference) must not make the page slow to open or to drag
 * in. More are drawn on request.
 */
const PAGE = 200;

interface LevelInfo {
  count: number;
  handOrdered: boolean;
}

/** The counted delegates in order, grouped by level; reordered by drag (mouse or keyboard) or the up/down buttons. */
export function OrderList({ eventId, onShowRules, onShowUnmatched }: { eventId: string; onShowRules(): void; onShowUnmatched(): void }) {
  const tr = useT();
  const o = tr.precedence.order;
  const lang = useLanguage((s) => s.lang);
  const order = useDelegates((s) => s.order);
  const delegates = useDelegates((s) => s.delegates);
  const byId = useMemo(() => new Map(delegates.map((d) => [d.id, d])), [delegates]);
  // A delegate the list does not have yet (its write still on the way) is left out until it comes.
  const entries = useMemo(() => (order?.entries ?? []).filter((e) => byId.has(e.id)), [order, byId]);
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const levels = useMemo(() => {
    const m = new Map<number | null, LevelInfo>();
    for (const e of entries) {
      const l = m.get(e.level) ?? { count: 0, handOrdered: false };
      l.count++;
      if (e.handOrder !== null) l.handOrdered = true;
      m.set(e.level, l);
    }
    return m;
  }, [entries]);
  const [flashId, setFlashId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [shown, setShown] = useState(PAGE);
  const visible = entries.length > shown ? entries.slice(0, shown) : entries;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    if (!flashId) return;
    const t = setTimeout(() => setFlashId(null), 1600);
    return () => clearTimeout(t);
  }, [flashId]);

  const onMove = useCallback(
    (from: number, to: number) => {
      // Places are the order's own (1-based positions), whatever the list has drawn.
      const e = entriesRef.current.find((x) => x.position === from + 1);
      const over = entriesRef.current.find((x) => x.position === to + 1);
      const d = e && byId.get(e.id);
      if (!e || !d || !over) return;
      void moveDelegate(eventId, d.id, over.id).then((next) => {
        if (!next) return;
        const moved = next.entries.find((x) => x.id === d.id);
        setFlashId(d.id);
        setSaid(
          moved && moved.level !== e.level && moved.level !== null ? o.movedLevel(d.fullName, moved.level) : o.moved(d.fullName, moved?.position ?? to + 1),
        );
        // Keep the keyboard on the row it moved (the button may now be disabled at the ends).
        requestAnimationFrame(() => {
          const row = document.querySelector<HTMLElement>(`[data-testid="precedence-row"][data-delegate-id="${d.id}"]`);
          const btn = row?.querySelector<HTMLButtonElement>(to < from ? '[data-testid="precedence-up"]' : '[data-testid="precedence-down"]');
          if (btn && !btn.disabled && document.activeElement?.closest('[data-testid="precedence-row"]')) btn.focus();
          else if (document.activeElement === document.body) row?.querySelector<HTMLElement>('[data-testid="precedence-drag"]')?.focus();
        });
      });
    },
    [eventId, byId, o],
  );
  const onClearLevel = useCallback((d: Delegate) => void resetLevel(eventId, d.id, d.fullName), [eventId]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const list = entriesRef.current;
    const from = list.find((e) => e.id === active.id);
    const to = list.find((e) => e.id === over.id);
    if (from && to) onMove(from.position - 1, to.position - 1);
  };

  const nameOf = (id: string | number) => byId.get(String(id))?.fullName ?? '';
  const posOf = (id: string | number) => entriesRef.current.find((e) => e.id === id)?.position ?? 0;
  // Picked up, the row is "over" its own place at once: say that only once it has moved, so the
  // pick-up message (with the keys to use) is heard.
  const wandered = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      wandered.current = false;
      return o.dndStart(nameOf(active.id), posOf(active.id));
    },
    onDragOver: ({ active, over }) => {
      if (!over || (over.id === active.id && !wandered.current)) return undefined;
      wandered.current = true;
      return o.dndOver(nameOf(active.id), posOf(over.id));
    },
    onDragEnd: ({ active, over }) => (over ? o.dndEnd(nameOf(active.id), posOf(over.id)) : undefined),
    onDragCancel: ({ active }) => o.dndCancel(nameOf(active.id)),
  };

  if (entries.length === 0)
    return (
      <EmptyState icon={<RankIcon />} title={o.emptyTitle} testId="precedence-empty" actions={<Button onClick={onShowRules}>{o.toRules}</Button>}>
        {o.emptyBody}
      </EmptyState>
    );

  const header = (e: OrderEntry) => {
    const info = levels.get(e.level)!;
    if (e.level === null)
      return (
        <li className="plevel plevel-none" data-testid="precedence-level-head" data-level="">
          <p className="plevel-line">
            <span className="plevel-title">{o.noLevelHead}</span>
            <span className="plevel-count"> · {o.levelCount(info.count)}</span>
            <span className="plevel-note"> · {o.noLevelNote}</span>
          </p>
          <Button size="sm" onClick={onShowUnmatched} data-testid="precedence-to-unmatched">
            {o.toUnmatched}
          </Button>
        </li>
      );
    const note = levelNote(e.level)?.[lang] ?? o.ownLevel;
    return (
      <li className="plevel" data-testid="precedence-level-head" data-level={e.level}>
        <p className="plevel-line" title={note}>
          <span className="plevel-title">{o.levelHead(e.level)}</span>
          <span className="plevel-note"> · {note}</span>
          <span className="plevel-count"> · {o.levelCount(info.count)}</span>
        </p>
        {info.handOrdered && (
          <span className="plevel-hand">
            <span className="badge badge-hand">{o.handOrder}</span>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => void resetOrder(eventId, e.level!)}
              aria-label={o.resetOrderLabel(e.level)}
              data-testid="precedence-reset-order"
            >
              {o.resetOrder}
            </Button>
          </span>
        )}
      </li>
    );
  };

  return (
    <div className="porder">
      <div className="porder-intro">
        <p className="section-hint">{o.intro}</p>
        <p className="porder-count tabular" data-testid="precedence-count">
          {o.count(entries.length)}
        </p>
      </div>
      <div className="plist card">
        <div className="prow prow-head" aria-hidden="true">
          <span />
          <span className="prow-no">{o.no}</span>
          <span>{o.name}</span>
          <span>{o.organization}</span>
          <span className="prow-rank">{o.level}</span>
          <span>{o.source}</span>
          <span className="prow-dates">{o.dates}</span>
          <span />
        </div>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: o.dndHelp } }}
        >
          <SortableContext items={visible.map((e) => e.id)} strategy={verticalListSortingStrategy}>
            <ol className="plist-rows" aria-label={o.count(entries.length)} lang={lang} data-testid="precedence-list">
              {visible.map((e, i) => (
                <Fragment key={e.id}>
                  {(i === 0 || visible[i - 1]!.level !== e.level) && header(e)}
                  <OrderRow
                    entry={e}
                    delegate={byId.get(e.id)!}
                    last={e.position === (order?.entries.length ?? 0)}
                    flash={e.id === flashId}
                    onMove={onMove}
                    onClearLevel={onClearLevel}
                  />
                </Fragment>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {entries.length > shown && (
          <div className="plist-more">
            <span className="muted">{o.shownOf(shown, entries.length)}</span>
            <Button size="sm" onClick={() => setShown((n) => n + PAGE)} data-testid="precedence-more">
              {o.showMore(Math.min(PAGE, entries.length - shown))}
            </Button>
          </div>
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

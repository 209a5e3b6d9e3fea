import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { RankIcon } from '../../ui/icons';
import { OrderRow } from './OrderRow';
import { clearHandRank, moveDelegate } from './precedenceActions';
import { usePrecedenceList } from './usePrecedenceList';

/**
 * How many rows are drawn at first. Reordering is about the top of the list; a title rule that
 * matches thousands ("Phó Vụ trưởng" at a big conference) must not make the page slow to open or
 * to drag in. More are drawn on request.
 */
const PAGE = 200;

/** The ordered senior delegates; reordered by drag (mouse or keyboard) or the up/down buttons. */
export function OrderList({ eventId, onShowRules }: { eventId: string; onShowRules(): void }) {
  const tr = useT();
  const o = tr.precedence.order;
  const lang = useLanguage((s) => s.lang);
  const ordered = usePrecedenceList();
  const orderedRef = useRef(ordered);
  orderedRef.current = ordered;
  const [flashId, setFlashId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [shown, setShown] = useState(PAGE);
  const visible = ordered.length > shown ? ordered.slice(0, shown) : ordered;
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
      const list = orderedRef.current;
      const d = list[from]?.delegate;
      if (!d || to < 0 || to >= list.length) return;
      setFlashId(d.id);
      setSaid(o.moved(d.fullName, to + 1));
      void moveDelegate(eventId, list, from, to).then(() => {
        // Keep the keyboard on the row it moved (the button may now be disabled at the ends).
        requestAnimationFrame(() => {
          const row = document.querySelector<HTMLElement>(`[data-testid="precedence-row"][data-delegate-id="${d.id}"]`);
          const btn = row?.querySelector<HTMLButtonElement>(to < from ? '[data-testid="precedence-up"]' : '[data-testid="precedence-down"]');
          if (btn && !btn.disabled && document.activeElement?.closest('[data-testid="precedence-row"]')) btn.focus();
          else if (document.activeElement === document.body) row?.querySelector<HTMLElement>('[data-testid="precedence-drag"]')?.focus();
        });
      });
    },
    [eventId, o],
  );
  const onClear = useCallback((d: Delegate) => void clearHandRank(eventId, d), [eventId]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const list = orderedRef.current;
    const from = list.findIndex((e) => e.delegate.id === active.id);
    const to = list.findIndex((e) => e.delegate.id === over.id);
    if (from >= 0 && to >= 0) onMove(from, to);
  };

  const nameOf = (id: string | number) => orderedRef.current.find((e) => e.delegate.id === id)?.delegate.fullName ?? '';
  const posOf = (id: string | number) => orderedRef.current.findIndex((e) => e.delegate.id === id) + 1;
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

  if (ordered.length === 0)
    return (
      <EmptyState icon={<RankIcon />} title={o.emptyTitle} testId="precedence-empty" actions={<Button onClick={onShowRules}>{o.toRules}</Button>}>
        {o.emptyBody}
      </EmptyState>
    );

  return (
    <div className="porder">
      <div className="porder-intro">
        <p className="section-hint">{o.intro}</p>
        <p className="porder-count tabular" data-testid="precedence-count">{o.count(ordered.length)}</p>
      </div>
      <div className="plist card">
        <div className="prow prow-head" aria-hidden="true">
          <span />
          <span className="prow-no">{o.no}</span>
          <span>{o.name}</span>
          <span>{o.organization}</span>
          <span className="prow-rank">{o.rank}</span>
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
          <SortableContext items={visible.map((e) => e.delegate.id)} strategy={verticalListSortingStrategy}>
            <ol className="plist-rows" aria-label={o.count(ordered.length)} lang={lang} data-testid="precedence-list">
              {visible.map((e, i) => (
                <OrderRow key={e.delegate.id} entry={e} position={i + 1} last={i === ordered.length - 1} flash={e.delegate.id === flashId} onMove={onMove} onClear={onClear} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {ordered.length > shown && (
          <div className="plist-more">
            <span className="muted">{o.shownOf(shown, ordered.length)}</span>
            <Button size="sm" onClick={() => setShown((n) => n + PAGE)} data-testid="precedence-more">
              {o.showMore(Math.min(PAGE, ordered.length - shown))}
            </Button>
          </div>
        )}
      </div>
      <p className="sr-only" aria-live="polite">{said}</p>
    </div>
  );
}

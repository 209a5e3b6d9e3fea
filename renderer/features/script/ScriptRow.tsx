import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useState } from 'react';
import type { ScriptItem } from '../../../shared/contract/script';
import { clockText, type TimedItem } from '../../../shared/script/cascade';
import { useT } from '../../i18n';
import { GripIcon } from '../../ui/icons';
import { updateItem } from './scriptActions';

interface Props {
  item: ScriptItem;
  time: TimedItem;
  performer: string | null;
  index: number;
  count: number;
  onOpen(item: ScriptItem): void;
  onMove(item: ScriptItem, by: -1 | 1): void;
}

/** One item: its times (and what a pin makes of them), what it is, who performs it, how long; the duration edited in place. */
export const ScriptRow = memo(function ScriptRow({ item, time, performer, index, count, onOpen, onMove }: Props) {
  const tr = useT();
  const s = tr.script;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const [duration, setDuration] = useState(String(item.durationMin));
  const [shownFor, setShownFor] = useState(item.durationMin);
  // The stored duration changed (an undo, another window): show it, not what was typed before.
  if (shownFor !== item.durationMin) {
    setShownFor(item.durationMin);
    setDuration(String(item.durationMin));
  }
  const saveDuration = () => {
    const n = Number(duration);
    if (duration.trim() === String(item.durationMin)) return;
    if (!/^\d+$/.test(duration.trim()) || n > 720) {
      setDuration(String(item.durationMin));
      return;
    }
    void updateItem(item.id, { durationMin: n });
  };
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`srow${isDragging ? ' is-dragging' : ''}${item.buffer ? ' is-buffer' : ''}`}
      data-testid="script-row"
      data-item-id={item.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="prow-grip"
        {...attributes}
        {...listeners}
        aria-label={s.drag(item.title)}
        onKeyDown={(e) => {
          // Alt+↑/↓ moves without a drag (dnd-kit's own keys need Space first).
          if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
            e.preventDefault();
            onMove(item, e.key === 'ArrowUp' ? -1 : 1);
          } else listeners?.onKeyDown?.(e);
        }}
        data-testid="script-drag"
      >
        <GripIcon />
      </button>
      <div className="srow-time tabular" data-testid="script-time">
        <strong>{clockText(time.start)}</strong>
        <span className="muted">–{clockText(time.end)}</span>
        {item.pinnedAt !== null && (
          <span className="badge badge-gold" title={s.pinnedTitle}>
            {s.pinned}
          </span>
        )}
        {time.gap !== null && time.gap > 0 && <span className="srow-gap">{s.gap(time.gap)}</span>}
        {time.gap !== null && time.gap < 0 && (
          <span className="srow-overlap" role="status">
            {s.overlap(-time.gap)}
          </span>
        )}
      </div>
      <button type="button" className="srow-main" onClick={() => onOpen(item)} data-testid="script-open">
        <span className="srow-kind">{s.kinds[item.kind]}</span>
        <span className="srow-title">{item.title}</span>
        {item.mcLines && <span className="srow-lines">{item.mcLines}</span>}
      </button>
      <span className="srow-performer">{performer}</span>
      <label className="srow-duration">
        <span className="sr-only">{s.durationOf(item.title)}</span>
        <input
          className="input input-sm tabular"
          inputMode="numeric"
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          onBlur={saveDuration}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveDuration();
          }}
          data-testid="script-duration"
        />
        <span className="muted">{s.minutes}</span>
      </label>
      <span className="srow-moves">
        <button type="button" className="icon-btn" disabled={index === 0} onClick={() => onMove(item, -1)} aria-label={s.moveUp(item.title)}>
          ↑
        </button>
        <button type="button" className="icon-btn" disabled={index === count - 1} onClick={() => onMove(item, 1)} aria-label={s.moveDown(item.title)}>
          ↓
        </button>
      </span>
    </li>
  );
});

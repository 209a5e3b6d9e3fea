import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { MAX_COLUMN_WIDTH } from '../../../shared/contract/settings';
import { useT } from '../../i18n';
import { saveWidths } from './columnPrefs';
import { minWidthOf, type WidthId } from './columns';
import { useDelegateView } from './viewStore';

const STEP = 16;
const BIG_STEP = 64;

const clamp = (column: WidthId, w: number) => Math.round(Math.max(minWidthOf(column), Math.min(MAX_COLUMN_WIDTH, w)));

/**
 * The right edge of a column header: drag it, or focus it and use ←/→ (Shift: bigger steps),
 * to set the column's width; double-click or Delete gives the column back its default width.
 * Dragging changes only the grid's template, so the few rows on screen re-lay out and nothing re-renders
 * them; the width is saved when the drag ends.
 */
export function ColumnResizer({ column, label }: { column: WidthId; label: string }) {
  const tr = useT();
  const ref = useRef<HTMLDivElement>(null);
  const width = useDelegateView((s) => s.widths[column]);
  const setWidth = useDelegateView((s) => s.setWidth);
  const shownWidth = () => ref.current?.parentElement?.getBoundingClientRect().width ?? minWidthOf(column);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    const handle = e.currentTarget;
    const startX = e.clientX;
    const start = shownWidth();
    handle.setPointerCapture(e.pointerId);
    handle.classList.add('is-dragging');
    const move = (ev: globalThis.PointerEvent) => setWidth(column, clamp(column, start + ev.clientX - startX));
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      handle.classList.remove('is-dragging');
      if (useDelegateView.getState().widths[column] !== undefined) saveWidths();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  const reset = () => {
    setWidth(column, null);
    saveWidths();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    const by: Record<string, number> = { ArrowLeft: -step, ArrowRight: step };
    if (by[e.key] !== undefined) {
      e.preventDefault();
      e.stopPropagation();
      setWidth(column, clamp(column, (width ?? shownWidth()) + by[e.key]!));
      saveWidths();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      reset();
    }
  };

  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label={tr.delegates.resizeColumn(label)}
      aria-valuenow={width}
      aria-valuemin={minWidthOf(column)}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className="col-resizer"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={reset}
      onClick={(e) => e.stopPropagation()}
      data-testid={`resize-${column}`}
    />
  );
}

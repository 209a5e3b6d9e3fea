import { useT } from '../../i18n';
import type { PrintedItem } from './useScriptPrint';

/** Under an item's time: pinned to the clock (with the gap or overlap it makes), a buffer. */
export function TimeMarks({ p }: { p: PrintedItem }) {
  const t = useT().printScript;
  const { gap } = p.time;
  return (
    <>
      {p.item.pinnedAt !== null && <span className="sp-mark sp-pinned">{t.pinned}</span>}
      {gap !== null && gap > 0 && <span className="sp-mark">{t.gap(gap)}</span>}
      {gap !== null && gap < 0 && <span className="sp-mark sp-overlap">{t.overlap(-gap)}</span>}
      {p.item.buffer && <span className="sp-mark sp-buffer">{t.buffer}</span>}
    </>
  );
}

/** "Kết thúc dự kiến 11:45 · Kết thúc theo kế hoạch 11:30, vượt 15 phút". */
export function endText(t: ReturnType<typeof useT>['printScript'], d: { end: string; plannedEnd: string | null; over: number | null }): string {
  const end = t.end(d.end);
  if (d.plannedEnd === null || d.over === null) return end;
  const against = d.over > 0 ? t.over(d.over) : d.over < 0 ? t.under(-d.over) : t.onTime;
  return `${end} · ${t.plannedEnd(d.plannedEnd)}, ${against}`;
}

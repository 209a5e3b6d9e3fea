import { useMemo, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { PlanSeat } from '../../../shared/contract/seating';
import { useT } from '../../i18n';
import { canvasMeasure, useFontsReady } from '../measure';
import { PrintChoice } from '../PrintChoice';
import { PrintSheet, type PaperSize } from '../PrintSheet';
import { fitCardFace, TentCard } from '../TentCard';
import { bySeatOrder, usePlanPrint } from './usePlanPrint';

const PRESETS = { a4: { width: 297, height: 210 }, a5: { width: 210, height: 148 } } satisfies Record<string, PaperSize>;
type Size = keyof typeof PRESETS | 'custom';
type Who = 'presidium' | 'rows' | 'both';
const clampMm = (v: number) => Math.min(500, Math.max(60, Number.isFinite(v) ? v : 60));

/** Name cards (biển tên) for the presidium and the rows picked, one tent per sheet. */
export function NameCardsPrint({ planId }: { planId: string }) {
  const t = useT().print;
  const c = t.nameCards;
  const data = usePlanPrint(planId);
  const [who, setWho] = useState<Who>(data && data.detail.presidium.length ? 'presidium' : 'rows');
  const [size, setSize] = useState<Size>('a4');
  const [custom, setCustom] = useState<PaperSize>({ width: 297, height: 210 });

  // The hall's rows with someone seated, front to back, for the picker.
  const rows = useMemo(() => {
    const out = new Map<string, { key: string; label: string; seats: PlanSeat[] }>();
    if (!data) return [];
    for (const s of [...data.detail.seats].sort(bySeatOrder)) {
      if (s.zone !== 'hall' || !s.delegateId) continue;
      const key = `${s.area}|${s.rowIndex}`;
      const row = out.get(key) ?? { key, label: c.rowOf(data.areaOf(s), s.rowLabel), seats: [] };
      row.seats.push(s);
      out.set(key, row);
    }
    return [...out.values()];
  }, [data, c]);
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(rows.slice(0, 1).map((r) => r.key)));

  const people = useMemo<Delegate[]>(() => {
    if (!data) return [];
    const list: Delegate[] = [];
    const seen = new Set<string>();
    const add = (id: string | null) => {
      const d = id ? data.byId.get(id) : undefined;
      if (d && !seen.has(d.id)) {
        seen.add(d.id);
        list.push(d);
      }
    };
    if (who !== 'rows') {
      // As they sit on stage (row by row, left to right from the hall), then any member not yet seated.
      const members = new Set(data.detail.presidium);
      for (const s of data.detail.seats.filter((s) => s.zone === 'presidium').sort(bySeatOrder))
        if (s.delegateId && members.has(s.delegateId)) add(s.delegateId);
      data.detail.presidium.forEach(add);
    }
    if (who !== 'presidium') for (const r of rows) if (picked.has(r.key)) r.seats.forEach((s) => add(s.delegateId));
    return list;
  }, [data, who, rows, picked]);

  const sheet = size === 'custom' ? { width: clampMm(custom.width), height: clampMm(custom.height) } : PRESETS[size];
  const text = people.map((d) => `${d.fullName} ${d.title ?? ''}`).join(' ');
  const fonts = useFontsReady([500, 700], text);
  const fits = useMemo(() => {
    if (!fonts) return [];
    const bold = canvasMeasure(700);
    const regular = canvasMeasure(500);
    return people.map((d) => ({ id: d.id, fit: fitCardFace(sheet, d.fullName, d.title, bold, regular) }));
    // The sheet is a new object each render: its sizes are what count.
  }, [fonts, people, sheet.width, sheet.height]);

  const options = (
    <>
      <PrintChoice
        label={c.who}
        value={who}
        onChange={setWho}
        choices={(['presidium', 'rows', 'both'] as const).map((v) => ({ value: v, label: c[v] }))}
        testId="print-cards-who"
      />
      {who !== 'presidium' && (
        <fieldset className="print-choice print-rows" data-testid="print-cards-rows">
          <legend className="field-label">{c.pickRows}</legend>
          {rows.map((r) => (
            <label key={r.key} className="menu-check">
              <input
                type="checkbox"
                className="check"
                checked={picked.has(r.key)}
                onChange={() => {
                  const next = new Set(picked);
                  if (!next.delete(r.key)) next.add(r.key);
                  setPicked(next);
                }}
              />
              <span className="menu-check-label">{r.label}</span>
              <span className="menu-count">{c.seatedIn(r.seats.length)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <PrintChoice
        label={c.size}
        value={size}
        onChange={setSize}
        choices={(['a4', 'a5', 'custom'] as const).map((v) => ({ value: v, label: c[v] }))}
        testId="print-cards-size"
      />
      {size === 'custom' && (
        <div className="print-custom">
          {(['width', 'height'] as const).map((k) => (
            <label key={k} className="field">
              <span className="field-label">{c[k]}</span>
              <input
                className="input"
                type="number"
                min={60}
                max={500}
                value={Number.isFinite(custom[k]) ? custom[k] : ''}
                onChange={(e) => setCustom({ ...custom, [k]: e.target.valueAsNumber })}
                data-testid={`print-cards-${k}`}
              />
            </label>
          ))}
        </div>
      )}
      <p className="print-note">{c.hint}</p>
      <p className="print-note" data-testid="print-cards-count">
        {c.count(people.length)}
      </p>
    </>
  );

  return (
    <PrintSheet paper={sheet} options={options} ready={!!data && fonts}>
      {people.length === 0 ? <p className="print-empty">{data ? c.none : t.noPlan}</p> : fits.map((f) => <TentCard key={f.id} sheet={sheet} fit={f.fit} />)}
    </PrintSheet>
  );
}

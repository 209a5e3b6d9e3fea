import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useFontsReady } from '../measure';
import { PrintChoice } from '../PrintChoice';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { MM_PER_PX } from '../useRowPages';
import { bindLastWords, scaleToFit } from './scriptLayout';
import { useScriptPrint, type PrintedItem } from './useScriptPrint';

const A4 = { width: 210, height: 297 };
// The formal page's margins (print-script.css .prog: 20 top, 18 bottom), 2 mm spare.
const CAPACITY = A4.height - 20 - 18 - 2;
const FONT = 4;

/** The programme handed to delegates: the event, its day and place, each item's times and title, on one page. */
export function ProgrammePrint({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.printScript;
  const g = t.programme;
  const { data, error } = useScriptPrint(eventId);
  const [reception, setReception] = useState<'with' | 'without'>('with');
  const items = useMemo(() => (data?.items ?? []).filter((p) => reception === 'with' || p.item.kind !== 'reception'), [data, reception]);
  const text = useMemo(() => `${data?.eventName ?? ''} ${items.map((p) => `${p.item.title} ${p.performer ?? ''}`).join(' ')}`, [data, items]);
  const fonts = useFontsReady([400, 600, 700], text);

  // Laid out once at full size out of sight, then the page's type scaled so it all fits one page.
  const measured = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<{ of: PrintedItem[]; k: number } | null>(null);
  useLayoutEffect(() => {
    const el = measured.current;
    if (!fonts || !el) return;
    setScale({ of: items, k: scaleToFit(el.getBoundingClientRect().height * MM_PER_PX, CAPACITY) });
  }, [items, fonts]);
  const k = scale && scale.of === items ? scale.k : null;

  const options = (
    <PrintChoice
      label={g.includeReception}
      value={reception}
      onChange={setReception}
      choices={[
        { value: 'with', label: g.withReception },
        { value: 'without', label: g.withoutReception },
      ]}
      testId="print-reception"
    />
  );
  if (!data)
    return (
      <PrintSheet paper={A4} options={error ? <p className="print-note print-error">{error}</p> : options} ready={false}>
        {null}
      </PrintSheet>
    );

  const content = (
    <>
      {data.organizer && <div className="prog-host">{data.organizer}</div>}
      <div className="prog-title">{g.title}</div>
      <div className="prog-event">{bindLastWords(data.eventName)}</div>
      <div className="prog-meta">
        <div>{g.when(`${data.start}, ${data.date}`)}</div>
        {data.venue && <div>{g.where(data.venue)}</div>}
      </div>
      <div className="prog-rule" />
      {items.length === 0 ? (
        <p className="list-none">{t.empty}</p>
      ) : (
        <table className="prog-list">
          <tbody>
            {items.map((p) => (
              <tr key={p.item.id} data-testid="programme-item">
                <td className="prog-time">
                  {p.start} – {p.end}
                </td>
                <td>
                  <div className="prog-item-title">{bindLastWords(p.item.title)}</div>
                  {p.performer && <div className="prog-who">{p.point ? `${p.performer} (${p.point})` : p.performer}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );

  return (
    <>
      {fonts && (
        <div className="print-measure prog prog-measure" aria-hidden="true" style={{ fontSize: `${FONT}mm` }} ref={measured}>
          {content}
        </div>
      )}
      <PrintSheet paper={A4} options={options} ready={fonts && k !== null}>
        <PrintPage paper={A4}>
          <div className="prog" style={{ fontSize: `${FONT * (k ?? 1)}mm` }}>
            {content}
          </div>
        </PrintPage>
      </PrintSheet>
    </>
  );
}

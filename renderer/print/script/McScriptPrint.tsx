import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { useT } from '../../i18n';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintChoice } from '../PrintChoice';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { MM_PER_PX } from '../useRowPages';
import { bindLastWords, keepWithNext, paginateItems, paragraphsOf, type ItemHeights, type Slice } from './scriptLayout';
import { endText, TimeMarks } from './TimeMarks';
import { useScriptPrint, type PrintedItem } from './useScriptPrint';

const A4 = { width: 210, height: 297 };
// In mm: the columns (the page's 190 mm between margins), the type, and the room for rows on a
// page: the page less its margins, heading, footer and gaps (print.css's .pf), the table's heading,
// 1 mm spare for rounding.
const COLUMNS = { time: 25, content: 119, performer: 46 } as const;
const FONT = 3.5;
const THEAD = 8;
const CAPACITY = A4.height - 16 - 17 - 5 - 6 - THEAD - 1;

interface Row {
  p: PrintedItem;
  /** The pieces a page break may fall between, each of one paragraph or more. */
  parts: string[][];
  cues: string[];
}

/** The MC's script (kịch bản chi tiết): time | content and the MC's lines | who performs it, A4 portrait. */
export function McScriptPrint({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.printScript;
  const m = t.mc;
  const { data, error } = useScriptPrint(eventId);
  const [cues, setCues] = useState<'show' | 'hide'>('hide');

  const rows = useMemo<Row[]>(
    () =>
      (data?.items ?? []).map((p) => ({
        p,
        parts: keepWithNext(paragraphsOf(p.item.mcLines).map(bindLastWords)),
        cues:
          cues === 'show'
            ? [
                [t.rundown.sound, p.item.cueSound],
                [t.rundown.light, p.item.cueLight],
                [t.rundown.screen, p.item.cueScreen],
                [t.rundown.camera, p.item.cueCamera],
              ].flatMap(([k, v]) => (v ? [`${k}: ${v}`] : []))
            : [],
      })),
    [data, cues, t],
  );
  const text = useMemo(() => rows.map((r) => `${r.p.item.title} ${r.parts.flat().join(' ')} ${r.p.performer ?? ''}`).join(' '), [rows]);
  const fonts = useFontsReady([400, 600, 700], text);

  // Each row measured as the browser lays it out (a hidden table of the same columns): its title,
  // each paragraph, the other cells, so a page never holds more than fits however the lines wrap.
  const measured = useRef<HTMLTableSectionElement>(null);
  const carriedRef = useRef<HTMLDivElement>(null);
  const [heights, setHeights] = useState<{ of: Row[]; items: ItemHeights[] } | null>(null);
  useLayoutEffect(() => {
    const body = measured.current;
    if (!fonts || !body || !data) return;
    const mm = (el: Element | null | undefined) => (el ? el.getBoundingClientRect().height * MM_PER_PX : 0);
    const carried = mm(carriedRef.current);
    const items = [...body.children].map((tr): ItemHeights => {
      const content = tr.querySelector('.sp-content');
      const head = mm(content?.querySelector('.sp-head'));
      const parts = [...(content?.querySelectorAll('.sp-line') ?? [])].map(mm);
      const extra = [...(content?.querySelectorAll('.sp-cues') ?? [])].map(mm).reduce((a, b) => a + b, 0);
      const side = Math.max(mm(tr.querySelector('.sp-time-in')), mm(tr.querySelector('.sp-performer-in')));
      const inner = Math.max(head + extra + parts.reduce((a, b) => a + b, 0), side);
      // The cues go with the title: they are read before the lines.
      return { head: head + extra, parts, side, pad: mm(tr) - inner, carried };
    });
    setHeights({ of: rows, items });
  }, [rows, fonts, data]);
  const pages = useMemo<Slice[][]>(() => (heights && heights.of === rows ? paginateItems(heights.items, CAPACITY) : []), [heights, rows]);

  const options = (
    <PrintChoice
      label={m.showCues}
      value={cues}
      onChange={setCues}
      choices={[
        { value: 'hide', label: m.cuesHide },
        { value: 'show', label: m.cuesShow },
      ]}
      testId="print-cues"
    />
  );
  if (!data)
    return (
      <PrintSheet paper={A4} options={error ? <p className="print-note print-error">{error}</p> : options} ready={false}>
        {null}
      </PrintSheet>
    );

  const heading = { title: m.title, event: data.eventName, subject: `${data.date} · ${t.start(data.start)} · ${endText(t, data)}`, printedAt: data.printedAt };
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (r: Row, key: string | number, slice?: Slice): ReactNode => {
    const { p } = r;
    const first = slice?.first ?? true;
    const parts = slice ? r.parts.slice(slice.from, slice.to) : r.parts;
    return (
      <tr key={key} className={`sp-row sp-kind-${p.item.kind}${first ? '' : ' sp-carried'}`} data-testid={first ? 'mc-item' : undefined}>
        <td className="sp-time">
          {first && (
            <div className="sp-time-in">
              <strong className="sp-clock">{p.start}</strong>
              <span className="sp-until">– {p.end}</span>
              <span className="sp-dur">{t.minutes(p.item.durationMin)}</span>
              <TimeMarks p={p} />
            </div>
          )}
        </td>
        <td className="sp-content">
          {first ? (
            <div className="sp-head">{bindLastWords(p.item.title)}</div>
          ) : (
            <div className="sp-head-carried">
              {p.item.title} {m.continued}
            </div>
          )}
          {first && r.cues.length > 0 && (
            <div className="sp-cues">
              {r.cues.map((c) => (
                <div key={c}>{c}</div>
              ))}
            </div>
          )}
          {parts.map((piece, i) => (
            <div key={i} className="sp-line">
              {piece.map((line, k) => (
                <p key={k}>{line}</p>
              ))}
            </div>
          ))}
        </td>
        <td className="sp-performer">
          {first && (p.performer || p.point) && (
            <div className="sp-performer-in">
              {p.performer && <div>{p.performer}</div>}
              {p.point && <div className="sp-point">{p.point}</div>}
            </div>
          )}
        </td>
      </tr>
    );
  };
  const table = (body: ReactNode, head = true, ref?: Ref<HTMLTableSectionElement>) => (
    <table className="sp-table" style={{ fontSize: `${FONT}mm` }}>
      <colgroup>{cols}</colgroup>
      {head && (
        <thead>
          <tr>
            <th>{m.time}</th>
            <th>{m.content}</th>
            <th>{m.performer}</th>
          </tr>
        </thead>
      )}
      <tbody ref={ref}>{body}</tbody>
    </table>
  );
  const endRow = (
    <tr className="sp-end">
      <td className="sp-time">
        <strong className="sp-clock">{data.end}</strong>
      </td>
      <td colSpan={2}>{endText(t, data)}</td>
    </tr>
  );

  return (
    <>
      {fonts && (
        <div className="print-measure sp-measure" aria-hidden="true">
          {table(
            <>
              {rows.map((r, i) => row(r, i))}
              {endRow}
            </>,
            false,
            measured,
          )}
          <div className="sp-table" style={{ fontSize: `${FONT}mm`, width: `${COLUMNS.content - 3}mm` }}>
            <div className="sp-head-carried" ref={carriedRef}>
              X {m.continued}
            </div>
          </div>
        </div>
      )}
      <PrintSheet paper={A4} options={options} ready={fonts && (rows.length === 0 || pages.length > 0)}>
        {rows.length === 0 ? (
          <PrintPage paper={A4}>
            <PageFrame heading={heading} page={1} pages={1}>
              <p className="list-none">{t.empty}</p>
            </PageFrame>
          </PrintPage>
        ) : (
          pages.map((page, i) => (
            <PrintPage key={i} paper={A4} className="sp-page">
              <PageFrame heading={heading} page={i + 1} pages={pages.length}>
                {table(
                  <>
                    {page.map((s) => (s.item < rows.length ? row(rows[s.item]!, `${s.item}.${s.from}`, s) : null))}
                    {page.some((s) => s.item === rows.length) && endRow}
                  </>,
                )}
              </PageFrame>
            </PrintPage>
          ))
        )}
      </PrintSheet>
    </>
  );
}

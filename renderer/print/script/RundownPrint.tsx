import { useMemo, type ReactNode, type Ref } from 'react';
import { useT } from '../../i18n';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { useRowPages } from '../useRowPages';
import { endText, TimeMarks } from './TimeMarks';
import { useScriptPrint, type PrintedItem } from './useScriptPrint';

const A4_LANDSCAPE = { width: 297, height: 210 };
// In mm: the columns (277 mm between margins), the type, the room for rows (as McScriptPrint).
const COLUMNS = { time: 22, duration: 20, item: 67, sound: 42, light: 42, screen: 42, camera: 42 } as const;
const FONT = 3.2;
const THEAD = 8;
const CAPACITY = A4_LANDSCAPE.height - 16 - 17 - 5 - 6 - THEAD - 1;

/** The control room's rundown: each item's times and its sound, light, screen and camera cues, A4 landscape. */
export function RundownPrint({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.printScript;
  const r = t.rundown;
  const { data, error } = useScriptPrint(eventId);
  const items = useMemo(() => data?.items ?? [], [data]);
  const text = useMemo(
    () => items.map(({ item: i, performer }) => [i.title, performer, i.cueSound, i.cueLight, i.cueScreen, i.cueCamera].join(' ')).join(' '),
    [items],
  );
  const fonts = useFontsReady([400, 600, 700], text);

  const { ref: measured, pages } = useRowPages(items, fonts, CAPACITY);

  const note = error ? <p className="print-note print-error">{error}</p> : null;
  if (!data)
    return (
      <PrintSheet paper={A4_LANDSCAPE} options={note} ready={false}>
        {null}
      </PrintSheet>
    );

  const heading = { title: r.title, event: data.eventName, subject: `${data.date} · ${t.start(data.start)} · ${endText(t, data)}`, printedAt: data.printedAt };
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (p: PrintedItem, key: number) => (
    <tr key={key} data-testid="rundown-item">
      <td className="num">
        <div className="sp-time-in">
          <strong className="sp-clock">{p.start}</strong>
          <span className="sp-until">– {p.end}</span>
          <TimeMarks p={p} />
        </div>
      </td>
      <td className="num">{t.minutes(p.item.durationMin)}</td>
      <td>
        <div className="rd-title">{p.item.title}</div>
        {(p.performer || p.point) && <div className="rd-who">{[p.performer, p.point].filter(Boolean).join(' · ')}</div>}
      </td>
      <td>{p.item.cueSound}</td>
      <td>{p.item.cueLight}</td>
      <td>{p.item.cueScreen}</td>
      <td>{p.item.cueCamera}</td>
    </tr>
  );
  const table = (body: ReactNode, head = true, ref?: Ref<HTMLTableSectionElement>) => (
    <table className="sp-table rd-table" style={{ fontSize: `${FONT}mm` }}>
      <colgroup>{cols}</colgroup>
      {head && (
        <thead>
          <tr>
            <th>{r.time}</th>
            <th>{r.duration}</th>
            <th>{r.item}</th>
            <th>{r.sound}</th>
            <th>{r.light}</th>
            <th>{r.screen}</th>
            <th>{r.camera}</th>
          </tr>
        </thead>
      )}
      <tbody ref={ref}>{body}</tbody>
    </table>
  );
  const endRow = (
    <tr className="sp-end">
      <td className="num">
        <strong className="sp-clock">{data.end}</strong>
      </td>
      <td colSpan={6}>{endText(t, data)}</td>
    </tr>
  );
  const all = [...items.map(row), endRow];

  return (
    <>
      {fonts && (
        <div className="print-measure rd-measure" aria-hidden="true">
          {table(all, false, measured)}
        </div>
      )}
      <PrintSheet paper={A4_LANDSCAPE} options={note} ready={fonts && pages.length > 0}>
        {items.length === 0 ? (
          <PrintPage paper={A4_LANDSCAPE}>
            <PageFrame heading={heading} page={1} pages={1}>
              <p className="list-none">{t.empty}</p>
            </PageFrame>
          </PrintPage>
        ) : (
          pages.map((page, i) => (
            <PrintPage key={i} paper={A4_LANDSCAPE}>
              <PageFrame heading={heading} page={i + 1} pages={pages.length}>
                {table(page.map((k) => all[k]))}
              </PageFrame>
            </PrintPage>
          ))
        )}
      </PrintSheet>
    </>
  );
}

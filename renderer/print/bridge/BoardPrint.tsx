import { useMemo, useState } from 'react';
import { boardRows, type BoardRow } from '../../../shared/bridge/board';
import { localNow } from '../../../shared/bridge/local-time';
import type { BoardData } from '../../../shared/contract/bridge';
import { localText, testName } from '../../features/bridge/testText';
import { useT } from '../../i18n';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { useRowPages } from '../useRowPages';
import { loadBoard, usePrintData } from './usePrintData';

const A4_LANDSCAPE = { width: 297, height: 210 };
const FONT = 3.4;
const CAPACITY = A4_LANDSCAPE.height - 16 - 28 - 8 - 1;
const COLUMNS = { point: 56, state: 58, last: 45, phone: 42, count: 32, next: 44 } as const;

/** The board on paper, as it stood when printed: one line per point, the red ones marked so in black and white too. */
export function BoardPrint({ eventId }: { eventId: string }) {
  const tr = useT();
  const b = tr.bridge;
  const { data, eventName, printedAt } = usePrintData<BoardData>(() => loadBoard(eventId), eventId);
  const [now] = useState(localNow);
  const rows = useMemo(() => (data ? boardRows(data, now) : []), [data, now]);
  const fonts = useFontsReady([400, 700], rows.map((r) => `${r.point.name} ${r.point.techName ?? ''}`).join(' '));
  const { ref, pages } = useRowPages(rows, fonts && data !== null, CAPACITY);
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (r: BoardRow) => (
    <tr key={r.point.id} className={`bp-${r.state}`}>
      <td className="list-name">
        {r.point.name}
        {r.point.isMain ? ` (${b.main})` : ''}
      </td>
      <td>
        <strong>{r.state === 'alert' ? `✖ ${b.state.alert}` : b.state[r.state]}</strong>
        {r.reasons.length > 0 && <div>{r.reasons.map((x) => b.reason[x]).join('; ')}</div>}
      </td>
      <td>{r.last ? `${b.result[r.last.result!]} · ${localText(r.last.loggedAt)}` : b.never}</td>
      <td>{[r.point.techPhone, r.point.techName].filter(Boolean).join(' · ') || '—'}</td>
      <td className="num">
        {r.checkedIn}/{r.expected}
      </td>
      <td>{r.next ? `${localText(r.next.plannedAt)} · ${testName(r.next, tr)}` : b.noNext}</td>
    </tr>
  );
  const table = (body: React.ReactNode, head = true, bodyRef?: React.Ref<HTMLTableSectionElement>) => (
    <table className="list-table" style={{ fontSize: `${FONT}mm` }}>
      <colgroup>{cols}</colgroup>
      {head && (
        <thead>
          <tr>
            <th>{b.point}</th>
            <th>{b.stateCol}</th>
            <th>{b.lastTest}</th>
            <th>{b.phone}</th>
            <th>{b.present}</th>
            <th>{b.nextTest}</th>
          </tr>
        </thead>
      )}
      <tbody ref={bodyRef}>{body}</tbody>
    </table>
  );
  const heading = { title: b.boardPrintTitle, event: eventName, subject: `${b.updatedAt(localText(now))}`, printedAt };
  return (
    <>
      {fonts && (
        <div className="print-measure print-measure-landscape" aria-hidden="true">
          {table(rows.map(row), false, ref)}
        </div>
      )}
      <PrintSheet paper={A4_LANDSCAPE} options={null} ready={data !== null && fonts && (rows.length === 0 || pages.length > 0)}>
        {(pages.length ? pages : [[]]).map((page, i) => (
          <PrintPage key={i} paper={A4_LANDSCAPE}>
            <PageFrame heading={heading} page={i + 1} pages={Math.max(1, pages.length)}>
              {rows.length === 0 ? <p className="list-none">{b.none}</p> : table(page.map((at) => row(rows[at]!)))}
            </PageFrame>
          </PrintPage>
        ))}
      </PrintSheet>
    </>
  );
}

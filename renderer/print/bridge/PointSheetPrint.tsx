import { useMemo, type ReactNode, type Ref } from 'react';
import { builtinCategoryNames } from '../../../shared/categories';
import type { BridgePointDetail, PointDelegate } from '../../../shared/contract/bridge';
import { localText, resultText, testName } from '../../features/bridge/testText';
import { useLanguage, useT } from '../../i18n';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { useRowPages } from '../useRowPages';
import { loadDetail, usePrintData } from './usePrintData';

const A4 = { width: 210, height: 297 };
const FONT = 3.4;
// The page less its margins, heading, footer and the table's heading (print.css), 1 mm spare.
const CAPACITY = A4.height - 16 - 28 - 8 - 1;
const COLUMNS = { no: 11, name: 50, position: 50, unit: 50, phone: 29 } as const;

/** The point's facts and schedule, then one line per delegate: paged together (see below). */
type Item = { kind: 'block' } | { kind: 'row'; d: PointDelegate; no: number };

/** One sheet per point for its team: the point's contacts and lines, its test schedule, then its delegates. */
export function PointSheetPrint({ pointId }: { pointId: string }) {
  const tr = useT();
  const b = tr.bridge;
  const lang = useLanguage((s) => s.lang);
  const { data, eventName, printedAt } = usePrintData<BridgePointDetail>(() => loadDetail(pointId), pointId);
  const people = useMemo(() => data?.delegates ?? [], [data]);
  const text = useMemo(() => people.map((d) => `${d.fullName} ${d.title ?? ''} ${d.organization ?? ''}`).join(' '), [people]);
  const fonts = useFontsReady([400, 600, 700], `${text} ${data?.point.name ?? ''} ${data?.point.hostUnit ?? ''} ${data?.point.address ?? ''}`);
  // The facts and schedule are measured as the first item, with the rows: the delegates follow on
  // the first page when they fit there, and a long schedule pushes them on to the next.
  const items = useMemo<Item[]>(() => [{ kind: 'block' }, ...people.map((d, i) => ({ kind: 'row' as const, d, no: i + 1 }))], [people]);
  const { ref, pages } = useRowPages(items, fonts && data !== null, CAPACITY);

  if (!data)
    return (
      <PrintSheet paper={A4} options={null} ready={false}>
        {null}
      </PrintSheet>
    );
  const p = data.point;
  const heading = { title: b.sheetTitle, event: eventName, subject: `${p.name} · ${p.isMain ? b.main : b.remote}`, printedAt };
  const contact = (name: string | null, phone: string | null) => [name, phone].filter(Boolean).join(' · ') || '—';
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (d: PointDelegate, no: number) => (
    <tr key={d.id}>
      <td className="num">{no}</td>
      <td className="list-name">{d.fullName}</td>
      <td>{d.title}</td>
      <td>{d.organization}</td>
      <td className="num">{d.phone}</td>
    </tr>
  );
  const table = (body: ReactNode, head = true, bodyRef?: Ref<HTMLTableSectionElement>) => (
    <table className="list-table" style={{ fontSize: `${FONT}mm` }}>
      <colgroup>{cols}</colgroup>
      {head && (
        <thead>
          <tr>
            <th>{b.no}</th>
            <th>{b.fullName}</th>
            <th>{b.position}</th>
            <th>{b.unit}</th>
            <th>{b.phoneCol}</th>
          </tr>
        </thead>
      )}
      <tbody ref={bodyRef}>{body}</tbody>
    </table>
  );
  const fact = (label: string, value: string | null) => (
    <tr>
      <th>{label}</th>
      <td>{value || '—'}</td>
    </tr>
  );
  const block = (
    <div className="sheet-block">
      <table className="sheet-facts">
        <tbody>
          {fact(tr.bridge.form.hostUnit, p.hostUnit)}
          {fact(tr.bridge.form.address, p.address)}
          {fact(b.chair, data.chair ? `${data.chair.fullName}${data.chair.title ? ` — ${data.chair.title}` : ''}` : null)}
          {fact(b.tech, contact(p.techName, p.techPhone))}
          {fact(b.backup, contact(p.backupName, p.backupPhone))}
          {fact(tr.bridge.form.line, p.line)}
          {fact(tr.bridge.form.backupLine, p.backupLine)}
          {fact(b.seating, data.plan?.name ?? null)}
          {fact(tr.bridge.form.expectedCount, String(p.expectedCount ?? people.length))}
          {fact(b.byCategory, data.byCategory.map((c) => `${c.code ? builtinCategoryNames[c.code][lang] : c.label}: ${c.count}`).join(' · '))}
          {p.notes && fact(tr.bridge.form.notes, p.notes)}
        </tbody>
      </table>
      <h3 className="sheet-heading">{b.tests}</h3>
      <table className="list-table sheet-tests" style={{ fontSize: `${FONT}mm` }}>
        <thead>
          <tr>
            <th style={{ width: '35mm' }}>{b.when}</th>
            <th>{b.what}</th>
            <th style={{ width: '26mm' }}>{b.resultCol}</th>
            <th style={{ width: '60mm' }}>{b.problem}</th>
          </tr>
        </thead>
        <tbody>
          {data.tests.length === 0 && (
            <tr>
              <td colSpan={4}>{b.noTests}</td>
            </tr>
          )}
          {data.tests.map((t) => (
            <tr key={t.id}>
              <td className="num">{localText(t.plannedAt ?? t.loggedAt)}</td>
              <td>{testName(t, tr)}</td>
              <td>{t.result ? resultText(t, tr) : ''}</td>
              <td>{[t.problem, t.action].filter(Boolean).join(' → ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="sheet-heading">
        {b.delegates} ({people.length ? b.delegatesCount(people.length) : b.noDelegates})
      </h3>
    </div>
  );

  return (
    <>
      {fonts && (
        <div className="print-measure" aria-hidden="true">
          {table(
            items.map((it) =>
              it.kind === 'row' ? (
                row(it.d, it.no)
              ) : (
                <tr key="block">
                  <td colSpan={5}>{block}</td>
                </tr>
              ),
            ),
            false,
            ref,
          )}
        </div>
      )}
      <PrintSheet paper={A4} options={null} ready={fonts && pages.length > 0}>
        {pages.map((page, n) => {
          const rows = page.flatMap((at) => {
            const it = items[at]!;
            return it.kind === 'row' ? [row(it.d, it.no)] : [];
          });
          return (
            <PrintPage key={n} paper={A4}>
              <PageFrame heading={n === 0 ? heading : { ...heading, subject: `${p.name} · ${b.delegates}` }} page={n + 1} pages={pages.length}>
                {page[0] === 0 && block}
                {rows.length > 0 && table(rows)}
              </PageFrame>
            </PrintPage>
          );
        })}
      </PrintSheet>
    </>
  );
}

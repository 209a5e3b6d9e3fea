import { useMemo } from 'react';
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

/** One sheet per point for its team: the point's contacts and lines, its test schedule, then its delegates. */
export function PointSheetPrint({ pointId }: { pointId: string }) {
  const tr = useT();
  const b = tr.bridge;
  const lang = useLanguage((s) => s.lang);
  const { data, eventName, printedAt } = usePrintData<BridgePointDetail>(() => loadDetail(pointId), pointId);
  const people = useMemo(() => data?.delegates ?? [], [data]);
  const text = useMemo(() => people.map((d) => `${d.fullName} ${d.title ?? ''} ${d.organization ?? ''}`).join(' '), [people]);
  const fonts = useFontsReady([400, 600, 700], `${text} ${data?.point.name ?? ''} ${data?.point.hostUnit ?? ''} ${data?.point.address ?? ''}`);
  const { ref, pages } = useRowPages(people, fonts && data !== null, CAPACITY);

  if (!data)
    return (
      <PrintSheet paper={A4} options={null} ready={false}>
        {null}
      </PrintSheet>
    );
  const p = data.point;
  const heading = { title: b.sheetTitle, event: eventName, subject: `${p.name} · ${p.isMain ? b.main : b.remote}`, printedAt };
  const total = 1 + pages.length;
  const contact = (name: string | null, phone: string | null) => [name, phone].filter(Boolean).join(' · ') || '—';
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (d: PointDelegate, i: number) => (
    <tr key={d.id}>
      <td className="num">{i + 1}</td>
      <td className="list-name">{d.fullName}</td>
      <td>{d.title}</td>
      <td>{d.organization}</td>
      <td className="num">{d.phone}</td>
    </tr>
  );
  const table = (body: React.ReactNode, head = true, bodyRef?: React.Ref<HTMLTableSectionElement>) => (
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

  return (
    <>
      {fonts && (
        <div className="print-measure" aria-hidden="true">
          {table(people.map(row), false, ref)}
        </div>
      )}
      <PrintSheet paper={A4} options={null} ready={fonts && (people.length === 0 || pages.length > 0)}>
        <PrintPage paper={A4}>
          <PageFrame heading={heading} page={1} pages={total}>
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
            <p className="sheet-note">{people.length ? b.listFollows(people.length) : b.noDelegates}</p>
          </PageFrame>
        </PrintPage>
        {pages.map((page, i) => (
          <PrintPage key={i} paper={A4}>
            <PageFrame heading={{ ...heading, subject: `${p.name} · ${b.delegates}` }} page={i + 2} pages={total}>
              {table(page.map((at) => row(people[at]!, at)))}
            </PageFrame>
          </PrintPage>
        ))}
      </PrintSheet>
    </>
  );
}

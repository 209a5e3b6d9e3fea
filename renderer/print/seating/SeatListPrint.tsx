import { useMemo, useState, type ReactNode, type Ref } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { PlanSeat } from '../../../shared/contract/seating';
import { nameKeyOf, nameOrder } from '../../../shared/name-order';
import { compareVi, identityKey } from '../../../shared/text';
import { useT } from '../../i18n';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintChoice } from '../PrintChoice';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { useRowPages } from '../useRowPages';
import { usePlanPrint } from './usePlanPrint';

const A4 = { width: 210, height: 297 };
// In mm: the columns, the type, and the room for rows on a page (the page less its margins,
// heading, footer and table heading, as print.css lays them out; 1 mm spare for rounding).
const COLUMNS = { no: 11, name: 45, position: 44, unit: 42, area: 24, row: 12, seat: 12 } as const;
const FONT = 3.2;
const HEADING = 7;
const CAPACITY = A4.height - 16 - 28 - 8 - 1;

interface Entry {
  seat: PlanSeat;
  delegate: Delegate;
}
type Item = { kind: 'heading'; label: string; count: number } | { kind: 'row'; no: number; entry: Entry; group: string | null };

/** The reception desk's list: everyone seated in the plan with area, row and seat, by name or unit by unit. */
export function SeatListPrint({ planId }: { planId: string }) {
  const t = useT().print;
  const s = t.seatList;
  const data = usePlanPrint(planId);
  const [order, setOrder] = useState<'name' | 'unit'>('name');

  const entries = useMemo<Entry[]>(() => {
    if (!data) return [];
    const list = data.detail.seats.flatMap((seat) => {
      const delegate = seat.delegateId ? data.byId.get(seat.delegateId) : undefined;
      return delegate ? [{ seat, delegate }] : [];
    });
    const at = nameOrder(list.map((e) => ({ id: e.delegate.id, fullName: e.delegate.fullName, nameKey: nameKeyOf(e.delegate.fullName) })));
    const sorted: Entry[] = new Array<Entry>(list.length);
    list.forEach((e, i) => (sorted[at[i]!] = e));
    return sorted;
  }, [data]);
  const text = useMemo(() => entries.map((e) => `${e.delegate.fullName} ${e.delegate.title ?? ''} ${e.delegate.organization ?? ''}`).join(' '), [entries]);
  const fonts = useFontsReady([400, 600], text);

  const items = useMemo<Item[]>(() => {
    if (order === 'name') return entries.map((entry, i) => ({ kind: 'row', no: i + 1, entry, group: null }));
    const groups = new Map<string, { label: string; list: Entry[] }>();
    for (const e of entries) {
      const key = e.delegate.organization ? identityKey(e.delegate.organization) : '';
      const g = groups.get(key) ?? { label: e.delegate.organization ?? s.noUnit, list: [] };
      g.list.push(e);
      groups.set(key, g);
    }
    // Units in Vietnamese order, the people without one last.
    const sorted = [...groups].sort(([a, x], [b, y]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || compareVi(x.label, y.label));
    return sorted.flatMap(([, g]) => [
      { kind: 'heading' as const, label: g.label, count: g.list.length },
      ...g.list.map((entry, i) => ({ kind: 'row' as const, no: i + 1, entry, group: g.label })),
    ]);
  }, [entries, order, s.noUnit]);

  const { ref: measured, pages } = useRowPages(items, fonts, CAPACITY, {
    keepWithNext: (i) => items[i]!.kind === 'heading',
    startCost: (i) => (items[i]!.kind === 'row' && order === 'unit' ? HEADING : 0),
  });

  const options = (
    <PrintChoice
      label={s.order}
      value={order}
      onChange={setOrder}
      choices={[
        { value: 'name', label: s.byName },
        { value: 'unit', label: s.byUnit },
      ]}
      testId="print-order"
    />
  );
  if (!data)
    return (
      <PrintSheet paper={A4} options={options} ready={false}>
        {null}
      </PrintSheet>
    );

  const heading = {
    title: order === 'name' ? s.title : s.titleByUnit,
    event: data.eventName,
    subject: `${data.detail.plan.name} · ${s.count(entries.length)}`,
    printedAt: data.printedAt,
  };
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (it: Item, key: number) => {
    if (it.kind === 'heading')
      return (
        <tr key={key} className="list-group">
          <td colSpan={7}>
            {it.label} <span className="list-group-count">· {s.people(it.count)}</span>
          </td>
        </tr>
      );
    const { delegate: d, seat } = it.entry;
    return (
      <tr key={key}>
        <td className="num">{it.no}</td>
        <td className="list-name">{d.fullName}</td>
        <td>{d.title}</td>
        <td>{d.organization}</td>
        <td>{data.areaOf(seat)}</td>
        <td className="num">{seat.rowLabel}</td>
        <td className="num">{seat.number}</td>
      </tr>
    );
  };
  const table = (body: ReactNode, head = true, ref?: Ref<HTMLTableSectionElement>) => (
    <table className="list-table" style={{ fontSize: `${FONT}mm` }}>
      <colgroup>{cols}</colgroup>
      {head && (
        <thead>
          <tr>
            <th>{s.no}</th>
            <th>{s.name}</th>
            <th>{s.position}</th>
            <th>{s.unit}</th>
            <th>{s.area}</th>
            <th>{s.row}</th>
            <th>{s.seat}</th>
          </tr>
        </thead>
      )}
      <tbody ref={ref}>{body}</tbody>
    </table>
  );

  return (
    <>
      {fonts && (
        <div className="print-measure" aria-hidden="true">
          {table(
            items.map((it, i) => row(it, i)),
            false,
            measured,
          )}
        </div>
      )}
      <PrintSheet paper={A4} options={options} ready={fonts && (entries.length === 0 || pages.length > 0)}>
        {entries.length === 0 ? (
          <PrintPage paper={A4}>
            <PageFrame heading={heading} page={1} pages={1}>
              <p className="list-none">{s.none}</p>
            </PageFrame>
          </PrintPage>
        ) : (
          pages.map((page, p) => {
            const first = items[page[0]!]!;
            const carried = first.kind === 'row' ? first.group : null;
            return (
              <PrintPage key={p} paper={A4}>
                <PageFrame heading={heading} page={p + 1} pages={pages.length}>
                  {table(
                    <>
                      {carried && (
                        <tr className="list-group">
                          <td colSpan={7}>
                            {carried} {s.continued}
                          </td>
                        </tr>
                      )}
                      {page.map((i) => row(items[i]!, i))}
                    </>,
                  )}
                </PageFrame>
              </PrintPage>
            );
          })
        )}
      </PrintSheet>
    </>
  );
}

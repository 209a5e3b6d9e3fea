import { useMemo, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { PlanSeat } from '../../../shared/contract/seating';
import { nameKeyOf, nameOrder } from '../../../shared/name-order';
import { compareVi, identityKey } from '../../../shared/text';
import { useT } from '../../i18n';
import { paginate, wrapLines } from '../fitText';
import { canvasMeasure, useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintChoice } from '../PrintChoice';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { usePlanPrint } from './usePlanPrint';

const A4 = { width: 210, height: 297 };
// In mm, as print.css lays the table out: the columns, the type, the room for rows on a page.
const COLUMNS = { no: 9, name: 45, position: 46, unit: 42, area: 24, row: 12, seat: 12 } as const;
const FONT = 3.2;
const LINE = FONT * 1.3;
const PAD = 1.2;
const ROW_PAD = 1.8;
const HEADING = 7;
const CAPACITY = A4.height - 16 - 28 - 8;

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

  const pages = useMemo(() => {
    if (!fonts) return [];
    const regular = canvasMeasure(400);
    const bold = canvasMeasure(600);
    const lines = (text: string | null, width: number, m = regular) => (text ? wrapLines(text, (width - 2 * PAD) / FONT, m).length : 1);
    const heights = items.map((it) =>
      it.kind === 'heading'
        ? HEADING
        : Math.max(
            lines(it.entry.delegate.fullName, COLUMNS.name, bold),
            lines(it.entry.delegate.title, COLUMNS.position),
            lines(it.entry.delegate.organization, COLUMNS.unit),
            lines(data?.areaOf(it.entry.seat) ?? '', COLUMNS.area),
          ) *
            LINE +
          ROW_PAD,
    );
    return paginate(heights, CAPACITY, {
      keepWithNext: (i) => items[i]!.kind === 'heading',
      startCost: (i) => (items[i]!.kind === 'row' && order === 'unit' ? HEADING : 0),
    });
  }, [items, fonts, data, order]);

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

  return (
    <PrintSheet paper={A4} options={options} ready={fonts}>
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
                <table className="list-table" style={{ fontSize: `${FONT}mm` }}>
                  <colgroup>{cols}</colgroup>
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
                  <tbody>
                    {carried && (
                      <tr className="list-group">
                        <td colSpan={7}>
                          {carried} {s.continued}
                        </td>
                      </tr>
                    )}
                    {page.map((i) => {
                      const it = items[i]!;
                      if (it.kind === 'heading')
                        return (
                          <tr key={i} className="list-group">
                            <td colSpan={7}>
                              {it.label} <span className="list-group-count">· {s.people(it.count)}</span>
                            </td>
                          </tr>
                        );
                      const { delegate: d, seat } = it.entry;
                      return (
                        <tr key={i}>
                          <td className="num">{it.no}</td>
                          <td className="list-name">{d.fullName}</td>
                          <td>{d.title}</td>
                          <td>{d.organization}</td>
                          <td>{data.areaOf(seat)}</td>
                          <td className="num">{seat.rowLabel}</td>
                          <td className="num">{seat.number}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </PageFrame>
            </PrintPage>
          );
        })
      )}
    </PrintSheet>
  );
}

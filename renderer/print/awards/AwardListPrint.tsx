import { useMemo, useState, type ReactNode, type Ref } from 'react';
import { titleAndUnit } from '../../../shared/awards/wording';
import type { AwardBatch, AwardKind, BatchEntry } from '../../../shared/contract/awards';
import { useAwards } from '../../features/awards/awardsStore';
import { useOpenEvent } from '../../features/events/eventsStore';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { useRowPages } from '../useRowPages';

const A4 = { width: 210, height: 297 };
// In mm, as the seat list: the columns, the type, and the room for rows on a page (the page less
// its margins, heading, footer and table heading; 1 mm spare for rounding).
const COLUMNS = { no: 10, name: 58, unit: 96, seat: 26 } as const;
const FONT = 3.2;
const CAPACITY = A4.height - 16 - 28 - 8 - 1;

type Item =
  | { kind: 'award'; award: AwardKind }
  | { kind: 'batch'; batch: AwardBatch }
  | { kind: 'row'; no: number; entry: BatchEntry; batch: AwardBatch; award: AwardKind };

/**
 * The award list for the presenters and ushers: award by award from the highest, batch by batch
 * with its presenter, each recipient with unit and seat (the leader's seat for a collective). Rows
 * are measured before they are cut into pages; an award's and a batch's headings never end a page.
 */
export function AwardListPrint({ eventId }: { eventId: string }) {
  const t = useT().awards;
  const s = t.list;
  const lang = useLanguage((x) => x.lang);
  const data = useAwards((x) => (x.eventId === eventId ? x.data : null));
  const event = useOpenEvent();
  const [at] = useState(() => new Date().toISOString());

  const items = useMemo<Item[]>(() => {
    if (!data) return [];
    return data.kinds.flatMap((award) => {
      const batches = data.batches.filter((b) => b.kindId === award.id);
      if (!batches.length) return [];
      let no = 0;
      return [
        { kind: 'award' as const, award },
        ...batches.flatMap((batch) => [
          { kind: 'batch' as const, batch },
          ...batch.entries.map((entry) => ({ kind: 'row' as const, no: ++no, entry, batch, award })),
        ]),
      ];
    });
  }, [data]);
  const people = items.filter((i) => i.kind === 'row').length;
  const text = useMemo(
    () => items.map((i) => (i.kind === 'row' ? `${i.entry.name ?? ''} ${i.entry.title ?? ''} ${i.entry.unit ?? ''}` : '')).join(' '),
    [items],
  );
  const fonts = useFontsReady([400, 600, 700], text);

  const { ref: measured, pages } = useRowPages(items, fonts, CAPACITY, { keepWithNext: (i) => items[i]!.kind !== 'row' });

  const heading = {
    title: s.title,
    event: event?.name ?? '',
    subject: `${s.subject(data?.kinds.length ?? 0, people)} · ${s.forWho}`,
    printedAt: formatDateTime(at, lang),
  };
  const row = (it: Item, key: number) => {
    if (it.kind === 'award')
      return (
        <tr key={key} className="award-print-kind">
          <td colSpan={4}>
            {it.award.name}
            <span className="award-print-decision">
              {' · '}
              {t.decision(it.award.decisionNumber, it.award.decisionDate ? dayText(it.award.decisionDate) : null, it.award.decisionSigner)}
            </span>
          </td>
        </tr>
      );
    if (it.kind === 'batch')
      return (
        <tr key={key} className="list-group">
          <td colSpan={4}>
            {s.batch} {it.batch.index + 1}/{it.batch.of}
            <span className="list-group-count">
              {' '}
              · {s.presenter(it.batch.presenter ? [it.batch.presenter.fullName, it.batch.presenter.title].filter(Boolean).join(', ') : t.presenterNone)}
            </span>
          </td>
        </tr>
      );
    const e = it.entry;
    const about = e.collective ? (e.name ? t.receivesFor([e.name, e.title].filter(Boolean).join(', ')) : '') : titleAndUnit(e.title, e.unit);
    return (
      <tr key={key}>
        <td className="num">{it.no}</td>
        <td className="list-name">{e.collective ? e.unit : e.name}</td>
        <td>{about}</td>
        <td className="num">{e.seat}</td>
      </tr>
    );
  };
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const table = (body: ReactNode, head = true, ref?: Ref<HTMLTableSectionElement>) => (
    <table className="list-table" style={{ fontSize: `${FONT}mm` }}>
      <colgroup>{cols}</colgroup>
      {head && (
        <thead>
          <tr>
            <th>{t.no}</th>
            <th>{s.name}</th>
            <th>{s.unit}</th>
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
      <PrintSheet paper={A4} options={null} ready={fonts && (items.length === 0 || pages.length > 0)}>
        {items.length === 0 ? (
          <PrintPage paper={A4}>
            <PageFrame heading={heading} page={1} pages={1}>
              <p className="list-none">{s.none}</p>
            </PageFrame>
          </PrintPage>
        ) : (
          pages.map((page, p) => (
            <PrintPage key={p} paper={A4}>
              <PageFrame heading={heading} page={p + 1} pages={pages.length}>
                {table(page.map((i) => row(items[i]!, i)))}
              </PageFrame>
            </PrintPage>
          ))
        )}
      </PrintSheet>
    </>
  );
}

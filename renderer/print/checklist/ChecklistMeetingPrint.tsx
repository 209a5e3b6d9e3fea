import { useMemo, useState, type ReactNode, type Ref } from 'react';
import { progressOf } from '../../../shared/checklist/progress';
import type { ChecklistLine } from '../../../shared/contract/checklist';
import { useLanguage, useT } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { groupLines, ownerOf, stateOf, todayOf } from '../../features/checklist/grouping';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintChoice } from '../PrintChoice';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { useRowPages } from '../useRowPages';
import { TaskDueCell, TaskNameCell, TaskStatusCell } from './TaskCells';
import { useChecklistPrint } from './useChecklistPrint';

const A4 = { width: 210, height: 297 };
// In mm: the columns (190 between margins), the type, the room for rows (as RundownPrint: page, head, foot, gaps, table head).
const COLUMNS = { no: 10, task: 78, owner: 44, due: 32, status: 26 } as const;
const FONT = 3.1;
const CAPACITY = A4.height - 16 - 17 - 5 - 6 - 8 - 1;

type Item = { kind: 'group'; title: string; done: number; total: number } | { kind: 'task'; no: number; line: ChecklistLine };

/** The morning meeting's sheet: every task by workstream, with its owner, deadline and how it stands. */
export function ChecklistMeetingPrint({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.checklist;
  const p = t.print;
  const lang = useLanguage((s) => s.lang);
  const { data, error } = useChecklistPrint(eventId);
  const [withDone, setWithDone] = useState<'with' | 'without'>('with');
  const today = useMemo(() => (data ? todayOf(data.at) : null), [data]);

  const items = useMemo<Item[]>(() => {
    if (!data || !today) return [];
    const lines = data.checklist.lines.filter((l) => withDone === 'with' || l.task.status !== 'done');
    const groups = groupLines(lines, 'workstream', today, lang, { noOwner: t.noOwner, deadline: t.groups });
    let no = 0;
    // The group's count is of all its tasks, so "only not done" still says how far it has come.
    return groups.flatMap((g): Item[] => {
      const all = progressOf(data.checklist.lines.filter((l) => l.task.workstream === g.key).map((l) => l.task.status));
      return [{ kind: 'group', title: g.title, ...all }, ...g.lines.map((line): Item => ({ kind: 'task', no: ++no, line }))];
    });
  }, [data, today, withDone, lang, t]);
  const text = useMemo(() => items.map((i) => (i.kind === 'group' ? i.title : `${i.line.task.name} ${ownerOf(i.line) ?? ''}`)).join(' '), [items]);
  const fonts = useFontsReady([400, 600, 700], text);
  const { ref: measured, pages } = useRowPages(items, fonts, CAPACITY, { keepWithNext: (i) => items[i]?.kind === 'group' });

  const options = (
    <PrintChoice
      label={p.includeDone}
      value={withDone}
      onChange={setWithDone}
      choices={[
        { value: 'with', label: p.withDone },
        { value: 'without', label: p.withoutDone },
      ]}
      testId="print-checklist-done"
    />
  );
  if (!data || !today)
    return (
      <PrintSheet paper={A4} options={error ? <p className="print-note print-error">{error}</p> : options} ready={false}>
        {null}
      </PrintSheet>
    );

  const all = progressOf(data.checklist.lines.map((l) => l.task.status));
  const heading = {
    title: p.title,
    event: data.event.name,
    subject: `${p.eventDay(dayText(data.checklist.eventDate))} · ${p.asOf(dayText(today.date))} · ${p.done(all.done, all.total)}`,
    printedAt: data.printedAt,
  };
  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (it: Item, key: number) => {
    if (it.kind === 'group')
      return (
        <tr key={key} className="clp-group">
          <td colSpan={5}>
            {it.title} <span className="clp-group-count">({p.done(it.done, it.total)})</span>
          </td>
        </tr>
      );
    const l = it.line;
    const state = stateOf(l, today);
    return (
      <tr key={key} className={`clp-task is-${state}`} data-testid="print-checklist-task">
        <td className="num">{it.no}</td>
        <TaskNameCell line={l} />
        <td>{ownerOf(l) ?? ''}</td>
        <TaskDueCell line={l} />
        <TaskStatusCell line={l} state={state} />
      </tr>
    );
  };
  const table = (body: ReactNode, head = true, ref?: Ref<HTMLTableSectionElement>) => (
    <table className="sp-table clp-table" style={{ fontSize: `${FONT}mm` }}>
      <colgroup>{cols}</colgroup>
      {head && (
        <thead>
          <tr>
            <th>{p.no}</th>
            <th>{t.cols.task}</th>
            <th>{t.cols.owner}</th>
            <th>{t.cols.deadline}</th>
            <th>{t.cols.status}</th>
          </tr>
        </thead>
      )}
      <tbody ref={ref}>{body}</tbody>
    </table>
  );
  const rows = items.map(row);

  return (
    <>
      {fonts && (
        <div className="print-measure clp-measure" aria-hidden="true">
          {table(rows, false, measured)}
        </div>
      )}
      <PrintSheet paper={A4} options={options} ready={fonts && (items.length === 0 || pages.length > 0)}>
        {items.length === 0 ? (
          <PrintPage paper={A4}>
            <PageFrame heading={heading} page={1} pages={1}>
              <p className="list-none">{p.empty}</p>
            </PageFrame>
          </PrintPage>
        ) : (
          pages.map((page, i) => (
            <PrintPage key={i} paper={A4}>
              <PageFrame heading={heading} page={i + 1} pages={pages.length}>
                {table(page.map((k) => rows[k]))}
              </PageFrame>
            </PrintPage>
          ))
        )}
      </PrintSheet>
    </>
  );
}

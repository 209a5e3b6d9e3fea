import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { paginate } from '../../../shared/fit-text';
import { workstreamName } from '../../../shared/checklist/workstreams';
import type { ChecklistLine } from '../../../shared/contract/checklist';
import { useLanguage, useT } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { groupLines, stateOf, todayOf } from '../../features/checklist/grouping';
import { useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintChoice } from '../PrintChoice';
import { PrintPage, PrintSheet } from '../PrintSheet';
import { MM_PER_PX } from '../useRowPages';
import { TaskDueCell, TaskNameCell, TaskStatusCell } from './TaskCells';
import { useChecklistPrint } from './useChecklistPrint';

const A4 = { width: 210, height: 297 };
const COLUMNS = { no: 10, workstream: 40, task: 80, due: 34, done: 26 } as const;
const FONT = 3.3;
const CAPACITY = A4.height - 16 - 17 - 5 - 6 - 8 - 1;

/** Each unit's or person's own tasks, by deadline, from a new page each: handed to them after the meeting. */
export function ChecklistOwnersPrint({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.checklist;
  const p = t.print;
  const lang = useLanguage((s) => s.lang);
  const { data, error } = useChecklistPrint(eventId);
  const [withDone, setWithDone] = useState<'with' | 'without'>('without');
  const today = useMemo(() => (data ? todayOf(data.at) : null), [data]);
  const groups = useMemo(() => {
    if (!data || !today) return [];
    const lines = data.checklist.lines.filter((l) => withDone === 'with' || l.task.status !== 'done');
    return groupLines(lines, 'owner', today, lang, { noOwner: t.noOwner, deadline: t.groups });
  }, [data, today, withDone, lang, t]);
  const all = useMemo(() => groups.flatMap((g) => g.lines), [groups]);
  const fonts = useFontsReady([400, 600, 700], all.map((l) => `${l.task.name} ${l.task.ownerUnit ?? ''} ${l.task.ownerPerson ?? ''}`).join(' '));

  // Every row measured once in a hidden table; each owner's rows then cut into pages of their own.
  const measured = useRef<HTMLTableSectionElement>(null);
  const [heights, setHeights] = useState<{ of: ChecklistLine[]; mm: number[] } | null>(null);
  useLayoutEffect(() => {
    const body = measured.current;
    if (!fonts || !body) return;
    setHeights({ of: all, mm: [...body.children].map((r) => r.getBoundingClientRect().height * MM_PER_PX) });
  }, [all, fonts]);
  const sheets = useMemo(() => {
    if (!heights || heights.of !== all) return null;
    let start = 0;
    return groups.flatMap((g) => {
      const from = start;
      start += g.lines.length;
      const pages = paginate(heights.mm.slice(from, start), CAPACITY);
      return pages.map((page, i) => ({ group: g, page: i + 1, pages: pages.length, rows: page.map((k) => ({ line: g.lines[k]!, no: k + 1 })) }));
    });
  }, [heights, all, groups]);

  const options = (
    <PrintChoice
      label={p.includeDone}
      value={withDone}
      onChange={setWithDone}
      choices={[
        { value: 'without', label: p.withoutDone },
        { value: 'with', label: p.withDone },
      ]}
      testId="print-owners-done"
    />
  );
  if (!data || !today)
    return (
      <PrintSheet paper={A4} options={error ? <p className="print-note print-error">{error}</p> : options} ready={false}>
        {null}
      </PrintSheet>
    );

  const cols = Object.entries(COLUMNS).map(([k, w]) => <col key={k} style={{ width: `${w}mm` }} />);
  const row = (l: ChecklistLine, no: number) => {
    const state = stateOf(l, today);
    return (
      <tr key={l.task.id} className={`clp-task is-${state}`} data-testid="print-owner-task">
        <td className="num">{no}</td>
        <td>{workstreamName(l.task.workstream, lang)}</td>
        <TaskNameCell line={l} />
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
            <th>{tr.checklist.panel.workstream}</th>
            <th>{t.cols.task}</th>
            <th>{t.cols.deadline}</th>
            <th>{t.cols.status}</th>
          </tr>
        </thead>
      )}
      <tbody ref={ref}>{body}</tbody>
    </table>
  );
  const subject = (owner: string) => `${p.ownerLine(owner)} · ${p.eventDay(dayText(data.checklist.eventDate))}`;

  return (
    <>
      {fonts && (
        <div className="print-measure clp-measure" aria-hidden="true">
          {table(
            all.map((l, i) => row(l, i + 1)),
            false,
            measured,
          )}
        </div>
      )}
      <PrintSheet paper={A4} options={options} ready={fonts && (all.length === 0 || sheets !== null)}>
        {all.length === 0 ? (
          <PrintPage paper={A4}>
            <PageFrame
              heading={{ title: p.ownerTitle, event: data.event.name, subject: p.asOf(dayText(today.date)), printedAt: data.printedAt }}
              page={1}
              pages={1}
            >
              <p className="list-none">{p.empty}</p>
            </PageFrame>
          </PrintPage>
        ) : (
          (sheets ?? []).map((s) => (
            <PrintPage key={`${s.group.key}-${s.page}`} paper={A4}>
              <PageFrame
                heading={{ title: p.ownerTitle, event: data.event.name, subject: subject(s.group.title), printedAt: data.printedAt }}
                page={s.page}
                pages={s.pages}
              >
                {table(s.rows.map((r) => row(r.line, r.no)))}
              </PageFrame>
            </PrintPage>
          ))
        )}
      </PrintSheet>
    </>
  );
}

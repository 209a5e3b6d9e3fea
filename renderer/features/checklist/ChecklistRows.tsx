import { memo, useRef } from 'react';
import type { ChecklistLine } from '../../../shared/contract/checklist';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { notifyProblem } from '../../ui/toast';
import { dueText, offsetText } from './deadlineText';
import { ownerOf, stateOf, type LineGroup, type Today } from './grouping';
import { runChecklist, useChecklist } from './checklistStore';

/** A bridge point's scheduled test: planned and logged on the bridge points' screen, only shown here. */
const readOnly = (l: ChecklistLine) => {
  if (l.source !== 'bridgeTest') return false;
  notifyProblem((d) => d.checklist.fromBridge);
  return true;
};

const openPanel = (l: ChecklistLine) => readOnly(l) || useChecklist.getState().openPanel(l.task.id);

/** Done ⇄ to do: the one key of the list (Space) and the row's box. */
async function toggleDone(eventId: string, l: ChecklistLine): Promise<void> {
  if (readOnly(l)) return;
  await runChecklist(() => call('checklist.setStatus', { eventId, ids: [l.task.id], status: l.task.status === 'done' ? 'todo' : 'done' }));
}

/** The tasks of a group not done yet, done at once: one write, one Ctrl+Z (the bridge tests are the bridge screen's). */
const openTasks = (g: LineGroup) => g.lines.filter((l) => l.source === 'task' && l.task.status !== 'done').map((l) => l.task.id);
async function groupDone(eventId: string, ids: string[]): Promise<void> {
  await runChecklist(() => call('checklist.setStatus', { eventId, ids, status: 'done' }));
}

/**
 * One place up or down among the tasks of its workstream. The call puts a task just after another,
 * so up is "after the task stored before the one above" (or first).
 */
async function moveWithin(eventId: string, l: ChecklistLine, by: -1 | 1): Promise<void> {
  if (readOnly(l)) return;
  const all = (useChecklist.getState().data?.lines ?? []).filter((x) => x.source === 'task');
  const mates = all.filter((x) => x.task.workstream === l.task.workstream);
  const i = mates.findIndex((x) => x.task.id === l.task.id);
  const swap = mates[i + by];
  if (!swap) return;
  const rest = all.filter((x) => x.task.id !== l.task.id);
  const afterId = by === 1 ? swap.task.id : (rest[rest.findIndex((x) => x.task.id === swap.task.id) - 1]?.task.id ?? null);
  await runChecklist(() => call('checklist.move', { id: l.task.id, afterId }));
  document.querySelector<HTMLElement>(`[data-task-id="${l.task.id}"]`)?.focus();
}

export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="cl-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
      <div className="cl-progress-bar" style={{ width: `${percent}%` }} />
    </div>
  );
}
const Row = memo(function Row({ line, eventId, today, focused }: { line: ChecklistLine; eventId: string; today: Today; focused: boolean }) {
  const tr = useT();
  const t = tr.checklist;
  const state = stateOf(line, today);
  const task = line.task;
  const offset = offsetText(line, t.workingDays);
  const done = task.status === 'done';
  return (
    <li
      className={`cl-row is-${state}${done ? ' is-done' : ''}`}
      tabIndex={focused ? 0 : -1}
      data-task-id={task.id}
      data-testid="checklist-row"
      data-state={state}
      aria-label={`${task.name}, ${t.statuses[task.status]}, ${dueText(line)}`}
      onFocus={() => useChecklist.getState().focus(task.id)}
      onDoubleClick={() => openPanel(line)}
    >
      <input
        type="checkbox"
        className="cl-check"
        tabIndex={-1}
        checked={done}
        aria-label={done ? t.markTodo(task.name) : t.markDone(task.name)}
        onChange={() => void toggleDone(eventId, line)}
        data-testid="checklist-check"
      />
      <div className="cl-main">
        <button type="button" tabIndex={-1} className="cl-name" onClick={() => openPanel(line)}>
          {task.name}
        </button>
        {line.source === 'bridgeTest' && <div className="cl-notes">{t.bridgeTag}</div>}
        {task.notes && <div className="cl-notes">{task.notes}</div>}
      </div>
      <div className="cl-owner">{ownerOf(line) ?? <span className="muted">{t.noOwner}</span>}</div>
      <div className="cl-due">
        <span className="tabular">{dueText(line)}</span>
        {offset && <span className="cl-offset">{offset}</span>}
        {t.due[state] && <span className={`cl-flag is-${state}`}>{t.due[state]}</span>}
      </div>
      <div className={`cl-status is-${task.status}`} data-testid="checklist-status">
        {t.statuses[task.status]}
      </div>
    </li>
  );
});

/**
 * The groups and their rows. One row holds the focus (arrows move it across groups), Space marks
 * it done or not, Enter opens it in the panel.
 */
export function ChecklistRows({
  groups,
  eventId,
  today,
  showProgress,
  canMove,
}: {
  groups: LineGroup[];
  eventId: string;
  today: Today;
  showProgress: boolean;
  /** Alt + arrows move the task within its workstream (only where the list shows the stored order). */
  canMove: boolean;
}) {
  const t = useT().checklist;
  const focusedId = useChecklist((s) => s.focusedId);
  const list = useRef<HTMLDivElement>(null);
  const order = groups.flatMap((g) => g.lines);
  const current = order.find((l) => l.task.id === focusedId) ?? order[0];

  const onKey = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('cl-row') || !current) return;
    const at = order.findIndex((l) => l.task.id === current.task.id);
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      if (canMove) void moveWithin(eventId, current, e.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    const go = (i: number) => {
      const next = order[Math.max(0, Math.min(order.length - 1, i))];
      if (!next) return;
      useChecklist.getState().focus(next.task.id);
      list.current?.querySelector<HTMLElement>(`[data-task-id="${next.task.id}"]`)?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(order.length - 1);
    else if (e.key === ' ') void toggleDone(eventId, current);
    else if (e.key === 'Enter') openPanel(current);
    else return;
    e.preventDefault();
  };

  return (
    <div className="cl-groups" ref={list} onKeyDown={onKey} data-testid="checklist-list">
      {groups.map((g) => (
        <section key={g.key} className="cl-group" data-testid="checklist-group" aria-label={g.title}>
          <header className="cl-group-head">
            <h2 className="cl-group-title">{g.title}</h2>
            {showProgress && <ProgressBar percent={g.progress.percent} label={g.title} />}
            <span className="cl-group-count tabular" data-testid="checklist-group-progress">
              {g.progress.done}/{g.progress.total}
            </span>
            {openTasks(g).length > 0 && (
              <button
                type="button"
                className="link-btn link-btn-sm cl-group-done"
                aria-label={t.groupDoneLabel(g.title, openTasks(g).length)}
                onClick={() => void groupDone(eventId, openTasks(g))}
                data-testid="checklist-group-done"
              >
                {t.groupDone}
              </button>
            )}
          </header>
          <ul className="cl-rows">
            {g.lines.map((l) => (
              <Row key={l.task.id} line={l} eventId={eventId} today={today} focused={l.task.id === current?.task.id} />
            ))}
          </ul>
        </section>
      ))}
      <p className="muted cl-keys">{t.keysHint}</p>
    </div>
  );
}

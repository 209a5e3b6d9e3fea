import type { ChecklistLine } from '../../../shared/contract/checklist';
import { dueText, offsetText } from '../../features/checklist/deadlineText';
import type { stateOf } from '../../features/checklist/grouping';
import { useT } from '../../i18n';

/** A task's cells as both checklist prints show them: its name and notes, its deadline, its status box. */
export function TaskNameCell({ line }: { line: ChecklistLine }) {
  return (
    <td>
      <div className="clp-name">{line.task.name}</div>
      {line.task.notes && <div className="clp-notes">{line.task.notes}</div>}
    </td>
  );
}

export function TaskDueCell({ line }: { line: ChecklistLine }) {
  const t = useT().checklist;
  const offset = offsetText(line, t.workingDays);
  return (
    <td className="num">
      <div>{dueText(line)}</div>
      {offset && <div className="clp-offset">{offset}</div>}
    </td>
  );
}

export function TaskStatusCell({ line, state }: { line: ChecklistLine; state: ReturnType<typeof stateOf> }) {
  const t = useT().checklist;
  return (
    <td>
      <span className={`clp-box${line.task.status === 'done' ? ' is-done' : ''}`} aria-hidden="true" />
      {t.statuses[line.task.status]}
      {(state === 'overdue' || state === 'today') && <div className="clp-flag">{t.due[state]}</div>}
    </td>
  );
}

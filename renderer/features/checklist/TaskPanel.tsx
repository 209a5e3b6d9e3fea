import { useMemo, useState } from 'react';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/checklist/progress';
import { isBuiltinWorkstream, WORKSTREAMS, workstreamName } from '../../../shared/checklist/workstreams';
import type { ChecklistTask } from '../../../shared/contract/checklist';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { notifySuccess } from '../../ui/toast';
import { useAction } from '../../ui/useAction';
import { dayText, parseClock, parseDay } from '../../ui/dateText';
import { dueText } from './deadlineText';
import { useChecklist } from './checklistStore';

const OWN = '\u0000own';

interface Form {
  name: string;
  workstream: string;
  ownWorkstream: string;
  ownerUnit: string;
  ownerPerson: string;
  deadlineKind: 'offset' | 'date';
  offsetDays: string;
  workingDays: boolean;
  dueTime: string;
  fixedDate: string;
  status: TaskStatus;
  notes: string;
}

const formOf = (t: ChecklistTask | null, workstream: string): Form => ({
  name: t?.name ?? '',
  workstream: t?.workstream ?? workstream,
  ownWorkstream: '',
  ownerUnit: t?.ownerUnit ?? '',
  ownerPerson: t?.ownerPerson ?? '',
  deadlineKind: t?.deadlineKind ?? 'offset',
  offsetDays: String(t?.offsetDays ?? -7),
  workingDays: t?.workingDays ?? false,
  dueTime: t?.dueTime ?? '',
  fixedDate: t?.fixedDate ? dayText(t.fixedDate) : '',
  status: t?.status ?? 'todo',
  notes: t?.notes ?? '',
});

/** A task in the side panel: what, whose, by when, and how it stands. What is saved is what the main process answers. */
export function TaskPanel({ eventId, taskId, onClose }: { eventId: string; taskId: string | null; onClose(): void }) {
  const tr = useT();
  const t = tr.checklist;
  const p = t.panel;
  const lang = useLanguage((s) => s.lang);
  const lines = useChecklist((s) => s.data?.lines);
  const line = lines?.find((l) => l.task.id === taskId) ?? null;
  const own = useMemo(() => [...new Set((lines ?? []).map((l) => l.task.workstream).filter((w) => !isBuiltinWorkstream(w)))], [lines]);
  const [f, setF] = useState<Form>(() => formOf(line?.task ?? null, 'plan'));
  const { busy, error, run } = useAction();
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((x) => ({ ...x, [k]: v }));

  const values = () => ({
    name: f.name,
    workstream: f.workstream === OWN ? f.ownWorkstream : f.workstream,
    ownerUnit: f.ownerUnit,
    ownerPerson: f.ownerPerson,
    deadlineKind: f.deadlineKind,
    offsetDays: f.deadlineKind === 'offset' ? Number(f.offsetDays) : null,
    workingDays: f.deadlineKind === 'offset' && f.workingDays,
    // Typed as offices write them (08/01/2027, 7h30), whatever the system's locale; what does not read
    // as a day or a time goes as typed, for the main process to refuse in words.
    dueTime: f.dueTime ? (parseClock(f.dueTime) ?? f.dueTime) : null,
    fixedDate: f.deadlineKind === 'date' ? (parseDay(f.fixedDate) ?? (f.fixedDate || null)) : null,
    status: f.status,
    notes: f.notes,
  });
  const save = () =>
    run(async () => {
      const saved = line ? await call('checklist.update', { id: line.task.id, set: values() }) : await call('checklist.create', { eventId, task: values() });
      useChecklist.getState().lineSaved(saved);
      notifySuccess((d) => d.checklist.panel.saved);
      onClose();
    });
  const remove = () =>
    run(async () => {
      if (!line) return;
      await call('checklist.delete', { id: line.task.id });
      useChecklist.getState().removed(line.task.id);
      notifySuccess((d) => d.checklist.panel.deleted(line.task.name));
    });

  return (
    <Dialog
      title={line ? p.editTitle : p.newTitle}
      onClose={onClose}
      placement="side"
      busy={busy}
      testId="checklist-panel"
      footer={
        <>
          {line && (
            <Button variant="danger-ghost" onClick={() => void remove()} disabled={busy} data-testid="checklist-panel-delete">
              {p.delete}
            </Button>
          )}
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button variant="primary" busy={busy} onClick={() => void save()} data-testid="checklist-panel-save">
            {tr.common.save}
          </Button>
        </>
      }
    >
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field-label">{p.name}</span>
          <input className="input" value={f.name} onChange={(e) => set('name', e.target.value)} data-testid="checklist-field-name" />
        </label>
        <label className="field">
          <span className="field-label">{p.workstream}</span>
          <select className="input" value={f.workstream} onChange={(e) => set('workstream', e.target.value)} data-testid="checklist-field-workstream">
            {[...WORKSTREAMS, ...own].map((w) => (
              <option key={w} value={w}>
                {workstreamName(w, lang)}
              </option>
            ))}
            <option value={OWN}>{p.ownWorkstream}</option>
          </select>
        </label>
        {f.workstream === OWN && (
          <label className="field">
            <span className="field-label">{p.ownWorkstreamName}</span>
            <input className="input" value={f.ownWorkstream} onChange={(e) => set('ownWorkstream', e.target.value)} data-testid="checklist-field-own" />
          </label>
        )}
        <div className="form-row">
          <label className="field">
            <span className="field-label">{p.ownerUnit}</span>
            <input className="input" value={f.ownerUnit} onChange={(e) => set('ownerUnit', e.target.value)} data-testid="checklist-field-unit" />
          </label>
          <label className="field">
            <span className="field-label">{p.ownerPerson}</span>
            <input className="input" value={f.ownerPerson} onChange={(e) => set('ownerPerson', e.target.value)} data-testid="checklist-field-person" />
          </label>
        </div>
        <fieldset className="plan-fieldset">
          <legend>{p.deadline}</legend>
          {(['offset', 'date'] as const).map((k) => (
            <label className="choice-row" key={k}>
              <input
                type="radio"
                name="deadline-kind"
                checked={f.deadlineKind === k}
                onChange={() => set('deadlineKind', k)}
                data-testid={`checklist-kind-${k}`}
              />
              {k === 'offset' ? p.offset : p.fixed}
            </label>
          ))}
          {f.deadlineKind === 'offset' ? (
            <>
              <label className="field">
                <span className="field-label">{p.offsetDays}</span>
                <input
                  className="input"
                  type="number"
                  min={-365}
                  max={365}
                  value={f.offsetDays}
                  onChange={(e) => set('offsetDays', e.target.value)}
                  data-testid="checklist-field-offset"
                />
              </label>
              <label className="choice-row">
                <input type="checkbox" checked={f.workingDays} onChange={(e) => set('workingDays', e.target.checked)} data-testid="checklist-field-working" />
                {p.workingDays}
              </label>
            </>
          ) : (
            <label className="field">
              <span className="field-label">{p.fixedDate}</span>
              <input
                className="input"
                placeholder="dd/mm/yyyy"
                value={f.fixedDate}
                onChange={(e) => set('fixedDate', e.target.value)}
                data-testid="checklist-field-date"
              />
            </label>
          )}
          <label className="field">
            <span className="field-label">{p.dueTime}</span>
            <input
              className="input"
              placeholder="07:00"
              value={f.dueTime}
              onChange={(e) => set('dueTime', e.target.value)}
              data-testid="checklist-field-time"
            />
          </label>
          {line && <p className="muted">{p.dueOn(dueText(line))}</p>}
        </fieldset>
        <label className="field">
          <span className="field-label">{p.status}</span>
          <select className="input" value={f.status} onChange={(e) => set('status', e.target.value as TaskStatus)} data-testid="checklist-field-status">
            {TASK_STATUSES.map((x) => (
              <option key={x} value={x}>
                {t.statuses[x]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{p.notes}</span>
          <textarea className="input" rows={3} value={f.notes} onChange={(e) => set('notes', e.target.value)} data-testid="checklist-field-notes" />
        </label>
      </form>
    </Dialog>
  );
}

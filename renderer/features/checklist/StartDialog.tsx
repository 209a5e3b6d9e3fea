import { useEffect, useMemo, useState } from 'react';
import type { ChecklistTemplate } from '../../../shared/contract/checklist';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { StartFromSelect, StartModeChoice, type StartMode } from '../../ui/StartFrom';
import { notifySuccess } from '../../ui/toast';
import { useAction } from '../../ui/useAction';
import { useEvents } from '../events/eventsStore';
import { useChecklist } from './checklistStore';

/** The checklist started from a template (the built-in year-end review, or saved ones) or another event's. */
export function StartDialog({ eventId, hasTasks, onClose }: { eventId: string; hasTasks: boolean; onClose(): void }) {
  const t = useT().checklist.start;
  const all = useEvents((s) => s.events);
  const events = useMemo(() => all.filter((e) => e.id !== eventId), [all, eventId]);
  const [templates, setTemplates] = useState<ChecklistTemplate[] | null>(null);
  const [source, setSource] = useState('');
  const [mode, setMode] = useState<StartMode>(hasTasks ? 'append' : 'replace');
  const { busy, error, run, fail } = useAction();

  const loadTemplates = () =>
    call('checklist.templates', {}).then((list) => {
      setTemplates(list);
      setSource((s) => (s && list.some((x) => `template:${x.id}` === s) ? s : `template:${list[0]!.id}`));
    }, fail);
  useEffect(() => void loadTemplates(), []);

  const [kind, id] = source.split(':') as ['template' | 'event', string];
  const chosen = kind === 'template' ? templates?.find((x) => x.id === id) : undefined;
  const apply = () =>
    run(async () => {
      const list =
        kind === 'template'
          ? await call('checklist.startFromTemplate', { eventId, templateId: id, mode })
          : await call('checklist.copyFromEvent', { eventId, fromEventId: id, mode });
      useChecklist.getState().answered(list);
      notifySuccess((d) => d.checklist.start.applied(list.lines.length));
      onClose();
    });
  const removeTemplate = () =>
    run(async () => {
      await call('checklist.deleteTemplate', { templateId: id });
      setSource('');
      await loadTemplates();
    });

  return (
    <Dialog
      title={t.title}
      onClose={onClose}
      busy={busy}
      testId="checklist-start-dialog"
      footer={
        <>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button variant="primary" busy={busy} disabled={!source} onClick={() => void apply()} data-testid="checklist-start-apply">
            {t.apply}
          </Button>
        </>
      }
    >
      <div className="form-stack">
        <StartFromSelect
          value={source}
          onChange={setSource}
          templates={(templates ?? []).map((x) => ({ id: x.id, label: `${x.name} (${t.tasks(x.taskCount)})` }))}
          events={events}
          labels={t}
          testId="checklist-start-source"
        />
        {chosen && !chosen.builtIn && (
          <Button size="sm" variant="danger-ghost" onClick={() => void removeTemplate()} disabled={busy} data-testid="checklist-template-delete">
            {t.deleteTemplate}
          </Button>
        )}
        {hasTasks && (
          <StartModeChoice mode={mode} onChange={setMode} legend={t.modeLabel} modes={t.modes} name="checklist-mode" testIdPrefix="checklist-start" />
        )}
        <p className="muted">{t.note}</p>
      </div>
    </Dialog>
  );
}

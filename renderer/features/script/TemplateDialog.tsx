import { useEffect, useMemo, useState } from 'react';
import type { ScriptTemplate } from '../../../shared/contract/script';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { StartFromSelect, StartModeChoice, type StartMode } from '../../ui/StartFrom';
import { useAction } from '../../ui/useAction';
import { notifySuccess } from '../../ui/toast';
import { useEvents } from '../events/eventsStore';
import { useScript } from './scriptStore';

type Source = { kind: 'template'; templateId: string } | { kind: 'event'; eventId: string };

/** The script started from a template (the built-in Decree 145 one, or saved ones) or another event's script. */
export function TemplateDialog({ eventId, hasItems, onClose }: { eventId: string; hasItems: boolean; onClose(): void }) {
  const tr = useT();
  const t = tr.script.templates;
  const all = useEvents((s) => s.events);
  const events = useMemo(() => all.filter((e) => e.id !== eventId), [all, eventId]);
  const [templates, setTemplates] = useState<ScriptTemplate[] | null>(null);
  const [source, setSource] = useState<string>('');
  const [mode, setMode] = useState<StartMode>(hasItems ? 'append' : 'replace');
  const { busy, error, run, fail } = useAction();

  useEffect(() => {
    void call('script.templates', {}).then((list) => {
      setTemplates(list);
      setSource((s) => s || `template:${list[0]!.id}`);
    }, fail);
  }, []);

  const parse = (v: string): Source => {
    const [kind, id] = v.split(':') as ['template' | 'event', string];
    return kind === 'template' ? { kind, templateId: id } : { kind, eventId: id };
  };
  const apply = async () => {
    await run(async () => {
      const r = await call('script.applyTemplate', { eventId, from: parse(source), mode });
      useScript.getState().itemsSaved(r.items);
      notifySuccess((d) => d.script.templates.applied(r.items.length));
      onClose();
    });
  };

  return (
    <Dialog
      title={t.title}
      onClose={onClose}
      busy={busy}
      testId="script-template"
      footer={
        <>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button variant="primary" busy={busy} disabled={!source} onClick={() => void apply()} data-testid="script-template-apply">
            {t.apply}
          </Button>
        </>
      }
    >
      <div className="form-stack">
        <StartFromSelect
          value={source}
          onChange={setSource}
          templates={(templates ?? []).map((x) => ({ id: x.id, label: `${x.name} (${t.items(x.itemCount)})` }))}
          events={events}
          labels={t}
          testId="script-template-source"
        />
        {hasItems && (
          <StartModeChoice mode={mode} onChange={setMode} legend={t.modeLabel} modes={t.modes} name="template-mode" testIdPrefix="script-template" />
        )}
        <p className="muted">{t.note}</p>
      </div>
    </Dialog>
  );
}

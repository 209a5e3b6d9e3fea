import { useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { notifySuccess } from '../../ui/toast';

/** The script saved to this laptop's template library, for the next event. */
export function SaveTemplateDialog({ eventId, onClose }: { eventId: string; onClose(): void }) {
  const tr = useT();
  const s = tr.script;
  const [name, setName] = useState(s.saveTemplateDefault);
  const { busy, error, run } = useAction();
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const t = await call('script.saveTemplate', { eventId, name });
      notifySuccess((d) => d.script.templateSaved(t.name));
      onClose();
    });
  };
  return (
    <Dialog
      title={s.saveTemplate}
      onClose={onClose}
      size="sm"
      busy={busy}
      testId="script-save-template-dialog"
      footer={
        <>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button type="submit" form="save-template-form" variant="primary" busy={busy} data-testid="script-save-template-confirm">
            {tr.common.save}
          </Button>
        </>
      }
    >
      <form id="save-template-form" onSubmit={(e) => void save(e)}>
        <label className="field">
          <span className="field-label">{s.saveTemplatePrompt}</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="script-save-template-name" />
        </label>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { notifySuccess } from '../../ui/toast';

/** The script saved to this laptop's template library, for the next event. */
export function SaveTemplateDialog({ eventId, onClose }: { eventId: string; onClose(): void }) {
  const tr = useT();
  const s = tr.script;
  const [name, setName] = useState(s.saveTemplateDefault);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const t = await call('script.saveTemplate', { eventId, name });
      notifySuccess((d) => d.script.templateSaved(t.name));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
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
          <FormError error={error} />
          <span className="spacer" />
          <Button onClick={onClose} disabled={busy}>
            {tr.common.cancel}
          </Button>
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

import { useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { notifySuccess } from '../../ui/toast';
import { useAction } from '../../ui/useAction';

/** The event's checklist kept on this laptop as a template for the next events. */
export function SaveAsDialog({ eventId, onClose }: { eventId: string; onClose(): void }) {
  const tr = useT();
  const t = tr.checklist.saveAs;
  const [name, setName] = useState(t.defaultName);
  const { busy, error, run } = useAction();
  const save = () =>
    run(async () => {
      const saved = await call('checklist.saveAsTemplate', { eventId, name });
      notifySuccess((d) => d.checklist.saveAs.saved(saved.name));
      onClose();
    });
  return (
    <Dialog
      title={t.title}
      onClose={onClose}
      busy={busy}
      size="sm"
      testId="checklist-save-dialog"
      footer={
        <>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button variant="primary" busy={busy} onClick={() => void save()} data-testid="checklist-save-apply">
            {tr.common.save}
          </Button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t.name}</span>
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="checklist-save-name" />
      </label>
    </Dialog>
  );
}

import { useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { notifyError } from './toast';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): Promise<void>;
  onClose(): void;
  testId?: string;
}

/**
 * Asks before something destructive. Cancel has the focus, so a stray Enter never deletes;
 * the dialog stays open if the action fails, with the reason in a toast.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, testId = 'confirm-dialog' }: ConfirmDialogProps) {
  const tr = useT();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      notifyError(e);
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="sm"
      role="alertdialog"
      testId={testId}
      busy={busy}
      footer={
        <>
          <Button data-autofocus onClick={onClose} disabled={busy} data-testid="confirm-cancel">
            {tr.common.cancel}
          </Button>
          <Button variant="danger" onClick={() => void confirm()} busy={busy} data-testid="confirm-ok">
            {busy ? tr.common.deleting : confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-body">{children}</div>
    </Dialog>
  );
}

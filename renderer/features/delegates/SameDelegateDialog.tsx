import type { Delegate } from '../../../shared/contract/delegates';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

interface SameDelegateDialogProps {
  /** The delegates already in the event with the same name and unit (from delegates.findSame). */
  same: Delegate[];
  editing: boolean;
  onOpen(d: Delegate): void;
  onKeepBoth(): void;
  onBack(): void;
}

/**
 * Warns before a second copy of someone is saved: each existing one with a link that opens it,
 * and a way to keep both (two people can share a name and a unit). Back has the focus.
 */
export function SameDelegateDialog({ same, editing, onOpen, onKeepBoth, onBack }: SameDelegateDialogProps) {
  const tr = useT();
  const t = tr.delegates.form.same;
  return (
    <Dialog
      title={t.title}
      onClose={onBack}
      size="sm"
      role="alertdialog"
      testId="same-delegate-dialog"
      footer={
        <>
          <Button data-autofocus onClick={onBack} data-testid="same-delegate-back">
            {t.back}
          </Button>
          <Button variant="primary" onClick={onKeepBoth} data-testid="same-delegate-keep-both">
            {editing ? t.keepBothEdit : t.keepBoth}
          </Button>
        </>
      }
    >
      <p>{t.body(same.length)}</p>
      <ul className="same-list">
        {same.map((d) => (
          <li key={d.id} className="same-item" data-testid="same-delegate">
            <span className="same-name">{d.fullName}</span>
            <span className="same-meta">{[d.title, d.organization ?? t.noOrganization].filter(Boolean).join(' · ')}</span>
            <button
              type="button"
              className="link-btn link-btn-sm"
              onClick={() => onOpen(d)}
              aria-label={t.openLabel(d.fullName)}
              data-testid="same-delegate-open"
            >
              {t.open}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

import { useT } from '../i18n';
import { Button } from './Button';
import { FormError } from './FormError';

/** The left of a dialog's footer: why the action failed, then Cancel (the action's own button follows). */
export function CancelFooter({ error, busy, onCancel }: { error: unknown; busy: boolean; onCancel(): void }) {
  const tr = useT();
  return (
    <>
      <FormError error={error} />
      <span className="spacer" />
      <Button onClick={onCancel} disabled={busy}>
        {tr.common.cancel}
      </Button>
    </>
  );
}

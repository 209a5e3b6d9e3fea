import { useState } from 'react';
import { useT } from '../i18n';
import { Button } from './Button';
import { Dialog } from './Dialog';

/** "Bỏ các thay đổi?": Keep editing has the focus, so a second Esc or a stray Enter loses nothing. */
function DiscardDialog({ onKeep, onDiscard }: { onKeep(): void; onDiscard(): void }) {
  const tr = useT();
  const d = tr.common.discard;
  return (
    <Dialog
      title={d.title}
      onClose={onKeep}
      size="sm"
      role="alertdialog"
      testId="discard-dialog"
      footer={
        <>
          <Button data-autofocus onClick={onKeep} data-testid="discard-keep">
            {d.keep}
          </Button>
          <Button variant="danger" onClick={onDiscard} data-testid="discard-ok">
            {d.confirm}
          </Button>
        </>
      }
    >
      <p>{d.body}</p>
    </Dialog>
  );
}

/**
 * Closing a form by Esc or its × loses what was typed: when anything was changed, ask first.
 * Pass `requestClose` as the Dialog's onClose and render `prompt` beside it; Cancel stays a plain close.
 */
export function useDiscardGuard(dirty: boolean, close: () => void) {
  const [asking, setAsking] = useState(false);
  const requestClose = () => (dirty ? setAsking(true) : close());
  const prompt = asking ? <DiscardDialog onKeep={() => setAsking(false)} onDiscard={close} /> : null;
  return { requestClose, prompt };
}

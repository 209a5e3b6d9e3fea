import type { EventSummary } from '../../../shared/contract/events';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifySuccess } from '../../ui/toast';
import { deleteEvent } from './actions';

/** Names the event and says how many delegates go with it before anything is deleted. */
export function DeleteEventDialog({ event, onClose }: { event: EventSummary; onClose(): void }) {
  const tr = useT();
  return (
    <ConfirmDialog
      title={tr.events.deleteTitle}
      confirmLabel={tr.events.deleteConfirm}
      onClose={onClose}
      onConfirm={async () => {
        await deleteEvent(event.id);
        notifySuccess((d) => d.events.deleted(event.name));
      }}
    >
      <p>{tr.events.deleteBody(event.name)}</p>
      <p className={event.delegateCount > 0 ? 'confirm-warning' : undefined} data-testid="confirm-delegate-count">
        {tr.events.deleteDelegates(event.delegateCount)}
      </p>
      <p className="muted">{tr.common.cannotUndo}</p>
    </ConfirmDialog>
  );
}

import type { Delegate } from '../../../shared/contract/delegates';
import { call } from '../../api/client';
import { notifySuccess } from '../../ui/toast';
import { useDelegates, type BulkSet } from './delegatesStore';
import { useDelegateView } from './viewStore';

/** Sets one field on every ticked delegate; the list shows the rows as the main process stored them (cleaned). */
export async function bulkSet(eventId: string, ids: readonly string[], set: BulkSet): Promise<void> {
  const { updated } = await call('delegates.bulkUpdate', { eventId, ids: [...ids], set });
  useDelegates.getState().savedMany(updated);
  notifySuccess((d) => d.delegates.bulk.updated(updated.length));
}

/** Puts deleted delegates back exactly as they were. */
async function restore(eventId: string, deleted: Delegate[]): Promise<void> {
  const { restored } = await call('delegates.restore', { eventId, delegates: deleted });
  useDelegates.getState().restored(restored);
  useDelegateView.getState().select(restored.map((d) => d.id), true);
  notifySuccess((d) => d.delegates.bulk.restored(restored.length));
}

/** Deletes the ticked delegates and offers to undo in the toast that says so. */
export async function bulkDelete(eventId: string, ids: readonly string[]): Promise<void> {
  const { deleted } = await call('delegates.bulkDelete', { eventId, ids: [...ids] });
  useDelegates.getState().removedMany(deleted.map((d) => d.id));
  useDelegateView.getState().clearSelection();
  notifySuccess((d) => d.delegates.bulk.deleted(deleted.length), {
    label: (d) => d.common.undo,
    run: () => restore(eventId, deleted),
    testId: 'undo-delete',
  });
}

import type { Delegate } from '../../../shared/contract/delegates';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useHistory } from '../history/historyStore';
import { useDelegates, type BulkSet } from './delegatesStore';
import { useDelegateView } from './viewStore';

/** Sets one field on every ticked delegate; the list shows the rows as the main process stored them (cleaned). */
export async function bulkSet(eventId: string, ids: readonly string[], set: BulkSet): Promise<void> {
  const { updated } = await call('delegates.bulkUpdate', { eventId, ids: [...ids], set });
  useDelegates.getState().savedMany(updated);
  notifySuccess((d) => d.delegates.bulk.updated(updated.length));
}

/** Undoes that delete (and only it: refused if anything was changed since), through the change history. */
async function restore(eventId: string, changeSetId: string | undefined, deleted: Delegate[]): Promise<void> {
  try {
    await call('history.undo', { eventId, changeSetId });
    await useDelegates.getState().load(eventId);
    useDelegateView.getState().select(
      deleted.map((d) => d.id),
      true,
    );
    notifySuccess((d) => d.delegates.bulk.restored(deleted.length));
  } catch (e) {
    notifyError(e);
  } finally {
    void useHistory.getState().refresh();
  }
}

/** Deletes the ticked delegates and offers to undo in the toast that says so. */
export async function bulkDelete(eventId: string, ids: readonly string[]): Promise<void> {
  const { deleted } = await call('delegates.bulkDelete', { eventId, ids: [...ids] });
  useDelegates.getState().removedMany(deleted.map((d) => d.id));
  useDelegateView.getState().clearSelection();
  // The change set the delete was recorded as: the toast's undo undoes exactly that one.
  const changeSetId = (await call('history.list', { eventId, limit: 1 })).undo?.id;
  notifySuccess((d) => d.delegates.bulk.deleted(deleted.length), {
    label: (d) => d.common.undo,
    run: () => restore(eventId, changeSetId, deleted),
    testId: 'undo-delete',
  });
}

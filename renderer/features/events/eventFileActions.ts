import type { EventFileSummary } from '../../../shared/contract/event-file';
import { call } from '../../api/client';
import { downloadBase64 } from '../../ui/download';
import { useUi } from '../../app/store';
import { notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { useEventFile } from './eventFileStore';
import { useEvents } from './eventsStore';

/** The event as a .hoinghi file in the downloads (the desktop app asks where to save it). */
export async function exportEventFile(eventId: string): Promise<void> {
  const file = await call('eventFile.export', { eventId });
  downloadBase64(file.fileName, file.mimeType, file.dataBase64);
  notifySuccess((d) => d.eventFile.exported(file.fileName));
}

/** Imports the previewed file with the organizer's choices; the answer is what was done. */
export async function importEventFile(): Promise<EventFileSummary> {
  const { dataBase64, choices } = useEventFile.getState();
  if (!dataBase64) throw new Error('no file');
  const done = await call('eventFile.import', { dataBase64, choices, otherwise: 'mine' });
  useEventFile.getState().close();
  await useEvents.getState().reload();
  // The open event's list is held in the renderer: it shows the merge at once, as after an undo.
  if (useUi.getState().openEventId === done.event.id) await useDelegates.getState().load(done.event.id);
  notifySuccess((d) => (done.mode === 'new' ? d.eventFile.added(done.event.name) : d.eventFile.merged(done.event.name)));
  return done;
}

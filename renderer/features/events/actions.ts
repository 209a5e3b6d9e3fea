import type { EventRecord } from '../../../shared/contract/events';
import { call } from '../../api/client';
import { useUi, type Section } from '../../app/store';
import { notifyError } from '../../ui/toast';
import { useEvents } from './eventsStore';

/** Opens an event and remembers it, so the next launch reopens it. */
export function openEvent(id: string, section: Section = 'overview'): void {
  useUi.setState({ openEventId: id, section });
  call('settings.update', { lastEventId: id }).catch(notifyError);
}

export async function createDemoAndOpen(): Promise<EventRecord> {
  const event = await call('events.createDemo', {});
  await useEvents.getState().reload();
  openEvent(event.id);
  return event;
}

export async function deleteEvent(id: string): Promise<void> {
  await call('events.delete', { id });
  // The server forgets lastEventId itself; the screen forgets it here.
  if (useUi.getState().openEventId === id) useUi.setState({ openEventId: null, section: 'events' });
  await useEvents.getState().reload();
}

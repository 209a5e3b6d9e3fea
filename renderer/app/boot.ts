import { call } from '../api/client';
import { columnsFromSettings, widthsFromSettings } from '../features/delegates/columns';
import { useDelegateView } from '../features/delegates/viewStore';
import { useEvents } from '../features/events/eventsStore';
import { useLanguage } from '../i18n';
import { useUi } from './store';

/** Loads what the first screen needs: the language, the events, the event last worked on, the list's columns. */
export async function boot(): Promise<void> {
  useUi.setState({ bootError: null });
  try {
    const [settings] = await Promise.all([call('settings.get', {}), useEvents.getState().reload()]);
    useLanguage.getState().setLang(settings.language);
    useDelegateView.getState().setColumns(columnsFromSettings(settings.delegateColumns));
    useDelegateView.getState().setWidths(widthsFromSettings(settings.delegateColumnWidths));
    const events = useEvents.getState().events;
    // The remembered event may have been deleted since (or on another laptop's copy of the file).
    const open = events.some((e) => e.id === settings.lastEventId) ? settings.lastEventId : null;
    useUi.setState({ ready: true, openEventId: open, section: open ? 'overview' : 'events' });
  } catch (e) {
    console.error(e);
    useUi.setState({ bootError: e });
  }
}

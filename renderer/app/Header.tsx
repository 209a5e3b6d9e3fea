import { useOpenEvent } from '../features/events/eventsStore';
import { useLanguage, useT } from '../i18n';
import { formatEventWhen } from '../i18n/format';
import { UndoControls } from '../features/history/UndoControls';
import { LanguageSwitch } from './LanguageSwitch';

/** Which event every screen is working on, undo and redo, and the language switch. */
export function Header() {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const event = useOpenEvent();
  return (
    <header className="app-header">
      <div className="header-event">
        {event ? (
          <>
            <p className="header-event-name" data-testid="header-event-name" title={event.name}>
              {event.name}
            </p>
            <p className="header-event-meta">
              <span data-testid="header-event-date">{formatEventWhen(event, lang, true)}</span>
              {event.venue && <span className="header-event-venue"> · {event.venue}</span>}
            </p>
          </>
        ) : (
          <p className="header-tagline">{tr.app.tagline}</p>
        )}
      </div>
      <UndoControls />
      <LanguageSwitch />
    </header>
  );
}

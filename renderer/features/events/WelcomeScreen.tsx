import { useState } from 'react';
import { useT } from '../../i18n';
import { CalendarIcon, PeopleIcon } from '../../ui/icons';
import { notifyError } from '../../ui/toast';
import { createDemoAndOpen } from './actions';
import { useEventDialogs } from './dialogsStore';
import { ImportEventFileButton } from './ImportEventFileButton';

/** First run: what the app is for, and the two ways to start. */
export function WelcomeScreen() {
  const tr = useT();
  const w = tr.welcome;
  const [busy, setBusy] = useState(false);
  const createEvent = useEventDialogs((s) => s.createEvent);

  const openDemo = async () => {
    setBusy(true);
    try {
      await createDemoAndOpen();
    } catch (e) {
      notifyError(e);
      setBusy(false);
    }
  };

  return (
    <main className="welcome" data-testid="welcome">
      <div className="welcome-card">
        <div className="welcome-emblem" aria-hidden="true" />
        <h1 className="welcome-title">{w.title}</h1>
        <p className="welcome-lead">{w.lead}</p>
        <p className="welcome-lead">{w.lead2}</p>
        <div className="welcome-actions">
          <button type="button" className="start-card start-card-primary" onClick={() => void openDemo()} disabled={busy} data-testid="welcome-open-demo">
            <span className="start-card-icon">{busy ? <span className="spinner" /> : <PeopleIcon />}</span>
            <span className="start-card-title">{busy ? w.openingDemo : w.openDemo}</span>
            <span className="start-card-hint">{w.openDemoHint}</span>
          </button>
          <button type="button" className="start-card" onClick={createEvent} disabled={busy} data-testid="welcome-create-event">
            <span className="start-card-icon">
              <CalendarIcon />
            </span>
            <span className="start-card-title">{w.createEvent}</span>
            <span className="start-card-hint">{w.createEventHint}</span>
          </button>
        </div>
        <p className="welcome-file">
          <span className="muted">{tr.eventFile.welcomeHint}</span> <ImportEventFileButton variant="ghost" />
        </p>
      </div>
    </main>
  );
}

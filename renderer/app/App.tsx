import { useEffect } from 'react';
import { ApiError } from '../api/client';
import { DelegatesScreen } from '../features/delegates/DelegatesScreen';
import { useDelegates } from '../features/delegates/delegatesStore';
import { useDelegateView } from '../features/delegates/viewStore';
import { EventDialogs } from '../features/events/EventDialogs';
import { useImport } from '../features/import/importStore';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { HistoryScreen } from '../features/history/HistoryScreen';
import { LiveScreen } from '../features/live/LiveScreen';
import { PrecedenceScreen } from '../features/precedence/PrecedenceScreen';
import { ScriptScreen } from '../features/script/ScriptScreen';
import { CheckinScreen } from '../features/checkin/CheckinScreen';
import { BridgeScreen } from '../features/bridge/BridgeScreen';
import { BoardScreen } from '../features/bridge/BoardScreen';
import { ChecklistScreen } from '../features/checklist/ChecklistScreen';
import { SeatingScreen } from '../features/seating/SeatingScreen';
import { AwardsScreen } from '../features/awards/AwardsScreen';
import { BadgesScreen } from '../features/badges/BadgesScreen';
import { EventsScreen } from '../features/events/EventsScreen';
import { useEvents } from '../features/events/eventsStore';
import { OverviewScreen } from '../features/events/OverviewScreen';
import { WelcomeScreen } from '../features/events/WelcomeScreen';
import { useT } from '../i18n';
import { PrintHost } from '../print/PrintHost';
import { Button } from '../ui/Button';
import { Toasts } from '../ui/Toasts';
import { boot } from './boot';
import { Header } from './Header';
import { useRoute } from './route';
import { Sidebar } from './Sidebar';
import { useUi } from './store';

/** Before the data is open: a quiet line, or why it could not be opened (in both languages). */
function BootScreen() {
  const tr = useT();
  const error = useUi((s) => s.bootError);
  if (!error)
    return (
      <p className="boot-line">
        <span className="spinner" /> {tr.app.loading}
      </p>
    );
  const m = error instanceof ApiError ? error.error.message : null;
  return (
    <div className="boot-error" role="alert">
      <h1>{tr.app.bootFailed}</h1>
      {m && <p>{m.vi}</p>}
      {m && (
        <p lang="en" className="muted">
          {m.en}
        </p>
      )}
      <Button variant="primary" onClick={() => void boot()}>
        {tr.common.retry}
      </Button>
    </div>
  );
}

function Screen() {
  const { section, openEventId } = useUi();
  const hasEvents = useEvents((s) => s.events.length > 0);
  if (section === 'backups') return <BackupsScreen />;
  if (!hasEvents) return <WelcomeScreen />;
  if (openEventId && section === 'overview') return <OverviewScreen />;
  if (openEventId && section === 'delegates') return <DelegatesScreen eventId={openEventId} />;
  if (openEventId && section === 'precedence') return <PrecedenceScreen eventId={openEventId} />;
  if (openEventId && section === 'seating') return <SeatingScreen eventId={openEventId} />;
  if (openEventId && section === 'script') return <ScriptScreen eventId={openEventId} />;
  if (openEventId && section === 'awards') return <AwardsScreen eventId={openEventId} />;
  if (openEventId && section === 'checkin') return <CheckinScreen eventId={openEventId} />;
  if (openEventId && section === 'bridge') return <BridgeScreen eventId={openEventId} />;
  if (openEventId && section === 'badges') return <BadgesScreen eventId={openEventId} />;
  if (openEventId && section === 'checklist') return <ChecklistScreen eventId={openEventId} />;
  if (openEventId && section === 'history') return <HistoryScreen eventId={openEventId} />;
  return <EventsScreen />;
}

export function App() {
  const ready = useUi((s) => s.ready);
  const openEventId = useUi((s) => s.openEventId);
  const route = useRoute();

  useEffect(() => {
    void boot();
  }, []);

  // Each event brings its own delegates; the search, filters, selection and form of the previous one do not follow.
  useEffect(() => {
    useDelegateView.getState().reset();
    useImport.getState().close();
    if (openEventId) void useDelegates.getState().load(openEventId);
    else useDelegates.setState({ eventId: null, status: 'idle', delegates: [], categories: [], bridgePoints: [], rules: [], order: null, orderOf: null });
  }, [openEventId]);

  if (!ready)
    return (
      <div className="app app-booting">
        <BootScreen />
        <Toasts />
      </div>
    );
  // #live/<event>: the stage view alone, booted straight into (the second window opens on it).
  if (route.kind === 'live')
    return (
      <>
        <LiveScreen eventId={route.eventId} screen={route.screen} />
        <Toasts />
      </>
    );
  // #board/<event>: the bridge points' board alone, full screen for the control room.
  if (route.kind === 'board') return <BoardScreen eventId={route.eventId} />;
  return (
    <div className="app" data-app-ready="true">
      <Sidebar />
      <div className="app-main">
        <Header />
        <Screen />
      </div>
      <EventDialogs />
      <Toasts />
      <PrintHost />
    </div>
  );
}

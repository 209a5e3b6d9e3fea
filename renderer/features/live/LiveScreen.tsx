import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ControlPanel } from './ControlPanel';
import { useLive } from './liveStore';
import { StageView } from './StageView';
import { useStageKeys } from './useStageKeys';

/** Both windows read the main process this often: the second follows the first within a second. */
const POLL_MS = 500;

function leave(screen: boolean) {
  if (document.fullscreenElement) void document.exitFullscreen();
  // The second window (or tab) is only the stage: it closes; this window goes back to the app.
  if (screen) window.close();
  if (!screen || !window.closed) window.location.hash = '';
}

/**
 * The stage view at #live/<event> (#live/<event>/screen in the second window): full window,
 * keyboard-driven, and in this window a control panel for the control room beside it.
 */
export function LiveScreen({ eventId, screen }: { eventId: string; screen: boolean }) {
  const tr = useT();
  const { state, lost, load, step } = useLive();
  const [panel, setPanel] = useState(false);

  useEffect(() => {
    let busy = false;
    const poll = async () => {
      if (busy) return;
      busy = true;
      await load(eventId);
      busy = false;
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => clearInterval(timer);
  }, [eventId, load]);

  const keys = useMemo(
    () => ({
      next: () => void step(eventId, 'live.next'),
      back: () => void step(eventId, 'live.back'),
      leave: () => leave(screen),
      fullscreen: () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()),
    }),
    [eventId, screen, step],
  );
  useStageKeys(keys);

  const shown = state?.eventId === eventId ? state : null;
  return (
    <div className={`live${panel ? ' with-panel' : ''}`} data-testid="live-screen" data-live-ready={shown ? 'true' : undefined}>
      <div className="live-stage-wrap">
        {shown && <StageView state={shown} />}
        {lost && (
          <p className="live-lost" role="status">
            {tr.live.lost}
          </p>
        )}
        <div className="live-tools">
          <span className="live-keys">{tr.live.keys}</span>
          {!screen && (
            <Button size="sm" variant="ghost" onClick={() => setPanel((p) => !p)} aria-pressed={panel} data-testid="live-panel-toggle">
              {tr.live.control.toggle}
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={keys.fullscreen}>
            {tr.live.fullscreen}
          </Button>
          <Button size="sm" variant="ghost" onClick={keys.leave} data-testid="live-leave">
            {tr.live.leave}
          </Button>
        </div>
      </div>
      {panel && shown && <ControlPanel state={shown} />}
    </div>
  );
}

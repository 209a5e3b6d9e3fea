import { call } from '../../api/client';
import { liveHash } from '../../app/route';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { notifyError } from '../../ui/toast';

/** The script screen's way into the stage view: here, and in a second window (desktop) or tab (preview). */
export function LiveButton({ eventId }: { eventId: string }) {
  const tr = useT();
  const second = () => {
    // The desktop app opens its own locked-down window; the preview's page opens a tab, from the click itself.
    if (window.api) void call('live.openWindow', { eventId }).catch(notifyError);
    else window.open(`${window.location.pathname}${window.location.search}${liveHash(eventId, true)}`, '_blank');
  };
  return (
    <span className="live-buttons">
      <Button variant="primary" onClick={() => (window.location.hash = liveHash(eventId))} data-testid="live-open">
        {tr.live.open}
      </Button>
      <Button onClick={second} data-testid="live-second-window">
        {tr.live.secondWindow}
      </Button>
    </span>
  );
}

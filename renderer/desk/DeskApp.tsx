import { useEffect, useState } from 'react';
import { CheckinScreen } from '../features/checkin/CheckinScreen';
import { PairCodeField } from '../features/checkin/PairCodeField';
import { useLanguage, useT } from '../i18n';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { Toasts } from '../ui/Toasts';
import { useDesk } from './deskStore';

const codeFromLink = () => /(?:^#|&)ma=(\d{6})/.exec(location.hash)?.[1] ?? '';

/** A desk's first screen: its name and the host's code, nothing else of the app. */
function PairScreen() {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const { pair, pairing, pairError, notice } = useDesk();
  const [name, setName] = useState('Bàn 2');
  const [code, setCode] = useState(codeFromLink);
  return (
    <main className="page desk-pair" data-testid="desk-pair">
      <form
        className="desk-pair-form"
        onSubmit={(e) => {
          e.preventDefault();
          void pair(name, code);
        }}
      >
        <h1 className="page-title">{tr.desks.pairTitle}</h1>
        <p className="page-subtitle">{tr.desks.pairHint}</p>
        {notice && <Banner testId="desk-notice">{notice === 'revoked' ? tr.desks.revokedNotice : tr.desks.closedNotice}</Banner>}
        <label className="field-label" htmlFor="desk-name">
          {tr.desks.pairName}
        </label>
        <input id="desk-name" className="input" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} data-testid="desk-name" />
        <PairCodeField id="desk-code" value={code} onChange={setCode} large />
        {pairError && (
          <p className="field-error" role="alert" data-testid="desk-pair-error">
            {pairError[lang]}
          </p>
        )}
        <Button type="submit" variant="primary" busy={pairing} disabled={code.length !== 6} data-testid="desk-pair-submit">
          {tr.desks.pair}
        </Button>
      </form>
    </main>
  );
}

/** The page a desk's browser gets from the host: pairing, then only the check-in of the one event. */
export function DeskApp() {
  const tr = useT();
  const paired = useDesk((s) => s.paired);
  const lost = useDesk((s) => s.lost);
  const token = paired?.token;
  useEffect(() => (token ? useDesk.getState().heartbeat() : undefined), [token]);
  const host = location.origin;
  return (
    <div className="desk-app" data-app-ready="true">
      {!paired ? (
        <PairScreen />
      ) : (
        <>
          <header className="desk-bar" data-testid="desk-bar">
            <strong>{tr.desks.deskOf(paired.desk.name, paired.event.name)}</strong>
            <span className={lost ? 'desk-link desk-link-lost' : 'desk-link'}>{lost ? tr.desks.lostShort : tr.desks.connectedTo(host)}</span>
            <Button size="sm" onClick={() => useDesk.getState().leave(null)} data-testid="desk-leave">
              {tr.desks.leave}
            </Button>
          </header>
          {lost && (
            <div className="desk-lost">
              <Banner testId="desk-lost">
                <strong>{tr.desks.lost(host)}</strong> {tr.desks.lostNoApp}
              </Banner>
            </div>
          )}
          <CheckinScreen eventId={paired.event.id} desk={{ disabled: lost }} />
        </>
      )}
      <Toasts />
    </div>
  );
}

import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { useJoin } from './joinStore';
import { PairCodeField } from './PairCodeField';

/** "Làm bàn phụ cho máy chủ…": this laptop checks in on a host, its main process forwarding the calls. */
export function JoinPanel() {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const { join, busy, error, joined } = useJoin();
  const [url, setUrl] = useState('http://');
  const [code, setCode] = useState('');
  const [name, setName] = useState('Bàn 3');
  const ended = joined && !joined.joined ? joined.ended : null;
  return (
    <details className="checkin-counts desks-panel" data-testid="join-panel" open={ended ? true : undefined}>
      <summary>
        <h3 className="desks-summary">{tr.desks.joinTitle}</h3>
      </summary>
      <p className="muted desks-hint">{tr.desks.joinHint}</p>
      {ended && <Banner testId="join-ended">{ended === 'revoked' ? tr.desks.revokedNotice : tr.desks.closedNotice}</Banner>}
      <form
        className="desks-form"
        onSubmit={(e) => {
          e.preventDefault();
          void join(url.trim(), code, name);
        }}
      >
        <label className="field-label" htmlFor="join-url">
          {tr.desks.joinUrl}
        </label>
        <input id="join-url" className="input" value={url} onChange={(e) => setUrl(e.target.value)} data-testid="join-url" />
        <PairCodeField id="join-code" value={code} onChange={setCode} />
        <label className="field-label" htmlFor="join-name">
          {tr.desks.pairName}
        </label>
        <input id="join-name" className="input" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} data-testid="join-name" />
        {error instanceof ApiError && (
          <p className="field-error" role="alert" data-testid="join-error">
            {error.error.message[lang]}
          </p>
        )}
        <Button type="submit" variant="primary" busy={busy} disabled={code.length !== 6} data-testid="join-submit">
          {tr.desks.join}
        </Button>
      </form>
    </details>
  );
}

/** Over the check-in box while this laptop is a desk: whose desk it is, the host lost, the local copy in use. */
export function JoinBar() {
  const tr = useT();
  const { joined, via, leave, goLocal, backToHost, stopped, workHere } = useJoin();
  const on = joined?.joined ? joined : null;
  const token = on?.desk?.id;
  useEffect(() => (token ? useJoin.getState().heartbeat() : undefined), [token]);
  if (stopped)
    return (
      <Banner
        testId="join-stopped"
        action={
          <Button variant="primary" onClick={workHere} data-testid="join-work-here">
            {tr.desks.workHere}
          </Button>
        }
      >
        <strong>{stopped === 'revoked' ? tr.desks.revokedNotice : tr.desks.closedNotice}</strong> {tr.desks.stoppedHint}
      </Banner>
    );
  if (!on) return null;
  return (
    <div className="join-bar" data-testid="join-bar">
      <div className="join-line">
        <strong>{tr.desks.joinedAs(on.desk!.name, on.url!, on.event!.name)}</strong>
        <Button size="sm" onClick={() => void leave()} data-testid="join-leave">
          {tr.desks.leave}
        </Button>
      </div>
      {via === 'host' && !on.reachable && (
        <Banner
          testId="join-lost"
          action={
            on.localCopy ? (
              <Button variant="primary" onClick={goLocal} data-testid="join-go-local">
                {tr.desks.goLocal}
              </Button>
            ) : undefined
          }
        >
          <strong>{tr.desks.lost(on.url!)}</strong> {on.localCopy ? null : tr.desks.noLocalCopy}
        </Banner>
      )}
      {via === 'here' && (
        <div className="checkin-notice checkin-notice-warn" role="status" data-testid="join-local">
          <span>{tr.desks.localMode}</span>
          {on.reachable && (
            <Button size="sm" onClick={backToHost} data-testid="join-back">
              {tr.desks.backToHost}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

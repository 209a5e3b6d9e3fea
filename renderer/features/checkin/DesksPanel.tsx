import { useEffect, useMemo } from 'react';
import { qrPath } from '../../../shared/badges/qr-svg';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Banner } from '../../ui/Banner';
import { useDesks } from './desksStore';

const REFRESH_MS = 2_000;

/** The address and code as one QR code: a phone's camera opens the page with the code filled in. */
function Qr({ text, label }: { text: string; label: string }) {
  const q = useMemo(() => qrPath(text), [text]);
  return (
    <svg className="desks-qr" viewBox={`-2 -2 ${q.modules + 4} ${q.modules + 4}`} role="img" aria-label={label} data-testid="desks-qr" data-text={text}>
      <rect x={-2} y={-2} width={q.modules + 4} height={q.modules + 4} fill="#fff" />
      <path d={q.d} fill="#000" />
    </svg>
  );
}

/** "Mở cho các bàn khác": the host opens this event's check-in to desks on the venue's network. */
export function DesksPanel({ eventId }: { eventId: string }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const d = useDesks();
  const open = d.state?.open ?? false;

  useEffect(() => {
    void useDesks.getState().loadInterfaces();
    void useDesks.getState().refresh();
  }, []);
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => void useDesks.getState().refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [open]);

  const other = open && d.state!.eventId !== eventId;
  return (
    <section className="checkin-counts desks-panel" data-testid="desks-panel" aria-labelledby="desks-title">
      <h3 id="desks-title">{tr.desks.hostTitle}</h3>
      {!open ? (
        <>
          <p className="muted desks-hint">{tr.desks.hostHint}</p>
          <div className="desks-form">
            <label className="field-label" htmlFor="desks-address">
              {tr.desks.address}
            </label>
            <select id="desks-address" className="input" value={d.address} onChange={(e) => d.set({ address: e.target.value })} data-testid="desks-address">
              {d.interfaces.map((i) => (
                <option key={i.address} value={i.address}>
                  {i.loopback ? `${i.address} (${tr.desks.loopback})` : `${i.address} (${i.name})`}
                </option>
              ))}
            </select>
            {d.interfaces.length > 0 && d.interfaces.every((i) => i.loopback) && (
              <p className="field-hint">
                {tr.desks.noNetwork}{' '}
                <Button size="sm" onClick={() => void d.loadInterfaces()}>
                  {tr.desks.reloadAddresses}
                </Button>
              </p>
            )}
            <label className="field-label" htmlFor="desks-port">
              {tr.desks.port}
            </label>
            <input
              id="desks-port"
              className="input desks-port"
              inputMode="numeric"
              value={d.port}
              placeholder={tr.desks.portHint}
              onChange={(e) => d.set({ port: e.target.value.replace(/\D/g, '').slice(0, 5) })}
              data-testid="desks-port"
            />
            <Button variant="primary" busy={d.busy} disabled={!d.address} onClick={() => void d.open(eventId)} data-testid="desks-open">
              {tr.desks.open}
            </Button>
          </div>
        </>
      ) : (
        <>
          {other && <Banner>{tr.desks.openFor(d.state!.eventName ?? '')}</Banner>}
          <p className="desks-hint">{tr.desks.openAt}</p>
          <p className="desks-url" data-testid="desks-url">
            {d.state!.url}
          </p>
          <div className="desks-code-row">
            <div>
              <p className="muted">{tr.desks.code}</p>
              <p className="desks-code" data-testid="desks-code">
                {d.state!.code}
              </p>
            </div>
            <Qr text={`${d.state!.url}#ma=${d.state!.code}`} label={tr.desks.qrLabel(d.state!.url!)} />
          </div>
          {d.state!.locked && <Banner testId="desks-locked">{tr.desks.locked}</Banner>}
          <div className="desks-actions">
            <Button busy={d.busy} onClick={() => void d.run('desks.newCode')} data-testid="desks-new-code">
              {tr.desks.newCode}
            </Button>
            <Button busy={d.busy} onClick={() => void d.run('desks.close')} data-testid="desks-close">
              {tr.desks.close}
            </Button>
          </div>
          <h3>{tr.desks.desks}</h3>
          <p className="muted desks-hint">{tr.desks.keptHint}</p>
          {d.state!.desks.length === 0 ? (
            <p className="muted">{tr.desks.noDesks}</p>
          ) : (
            <table className="desks-list" data-testid="desks-list">
              <thead>
                <tr>
                  <th scope="col">{tr.desks.deskName}</th>
                  <th scope="col">{tr.desks.scans}</th>
                  <th scope="col">{tr.desks.lastSeen}</th>
                  <th scope="col" aria-label={tr.desks.revoke} />
                </tr>
              </thead>
              <tbody>
                {d.state!.desks.map((k) => (
                  <tr key={k.id} data-testid="desks-row" data-desk={k.name}>
                    <th scope="row">
                      {k.name}
                      <span className="muted desks-since">
                        {tr.desks.since} {formatDateTime(k.pairedAt, lang)}
                      </span>
                    </th>
                    <td data-testid="desks-scans">{formatNumber(k.scans, lang)}</td>
                    <td>{formatDateTime(k.lastSeenAt, lang, true).split(' ').pop()}</td>
                    <td>
                      {k.revoked ? (
                        <span className="muted">{tr.desks.revoked}</span>
                      ) : (
                        <Button size="sm" onClick={() => void d.revoke(k.id)} data-testid="desks-revoke">
                          {tr.desks.revoke}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

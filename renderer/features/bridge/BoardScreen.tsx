import { useEffect, useState } from 'react';
import { boardRows, boardSummary, type BoardRow } from '../../../shared/bridge/board';
import { localNow } from '../../../shared/bridge/local-time';
import type { BoardData } from '../../../shared/contract/bridge';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { localText, testName } from './testText';

/** The control room reads it from across the room; a test logged at a desk shows within this. */
const POLL_MS = 3000;

function leave() {
  if (document.fullscreenElement) void document.exitFullscreen();
  window.location.hash = '';
}

function useBoard(eventId: string): { data: BoardData | null; now: string; lost: boolean } {
  const [data, setData] = useState<BoardData | null>(null);
  const [now, setNow] = useState(localNow());
  const [lost, setLost] = useState(false);
  useEffect(() => {
    let busy = false;
    const poll = async () => {
      if (busy) return;
      busy = true;
      try {
        setData(await call('bridgePoints.board', { eventId }));
        setLost(false);
      } catch {
        setLost(true);
      }
      setNow(localNow());
      busy = false;
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => clearInterval(timer);
  }, [eventId]);
  return { data, now, lost };
}

function Row({ row }: { row: BoardRow }) {
  const tr = useT();
  const b = tr.bridge;
  const lang = useLanguage((s) => s.lang);
  const { point, last, next } = row;
  return (
    <tr className={`board-row board-${row.state}`} data-testid="board-row" data-state={row.state} data-point={point.name}>
      <th scope="row">
        <span className="board-name">{point.name}</span>
        {point.isMain && <span className="board-main">{b.main}</span>}
      </th>
      <td>
        <span className="board-state">{b.state[row.state]}</span>
        {row.reasons
          .filter((r) => r !== 'problems' || row.state === 'warning')
          .map((r) => (
            <span key={r} className="board-reason">
              {b.reason[r]}
            </span>
          ))}
      </td>
      <td>
        {last ? (
          <>
            <span className="board-result">{b.result[last.result!]}</span> <span className="board-time">{localText(last.loggedAt)}</span>
          </>
        ) : (
          b.never
        )}
      </td>
      <td className="board-phone">
        {point.techPhone ?? '—'}
        {point.techName && <span className="board-sub">{point.techName}</span>}
      </td>
      <td className="board-count">
        {formatNumber(row.checkedIn, lang)}/{formatNumber(row.expected, lang)}
      </td>
      <td>
        {next ? (
          <>
            <span className="board-time">{localText(next.plannedAt)}</span>
            <span className="board-sub">{testName(next, tr)}</span>
          </>
        ) : (
          b.noNext
        )}
      </td>
    </tr>
  );
}

/** #board/<event>: every point at a glance, in large type on black, red where a test failed or is missing. */
export function BoardScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const b = tr.bridge;
  const { data, now, lost } = useBoard(eventId);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') leave();
      if (e.key === 'f' || e.key === 'F11') {
        e.preventDefault();
        void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const rows = data ? boardRows(data, now) : [];
  const sum = boardSummary(rows);
  return (
    <div className="board" data-testid="board-screen" data-board-ready={data ? 'true' : undefined}>
      <header className="board-head">
        <div>
          <h1 className="board-title">{b.boardTitle}</h1>
          <p className="board-event">{data?.eventName}</p>
        </div>
        <p className="board-summary" data-testid="board-summary">
          {b.summary(sum.ok, sum.alert, rows.length)}
        </p>
        <div className="board-clock">
          <span className="board-now">{now.slice(11)}</span>
          {lost && <span className="board-lost">{tr.live.lost}</span>}
          <Button size="sm" onClick={leave} data-testid="board-exit">
            {b.exitBoard}
          </Button>
        </div>
      </header>
      <table className="board-table">
        <thead>
          <tr>
            <th>{b.point}</th>
            <th>{b.stateCol}</th>
            <th>{b.lastTest}</th>
            <th>{b.phone}</th>
            <th>{b.present}</th>
            <th>{b.nextTest}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row key={r.point.id} row={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import type { LiveState } from '../../../shared/contract/live';
import { clockText, parseClock } from '../../../shared/script/cascade';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { offsetText } from './format';
import { useLive } from './liveStore';

/** The actual start, set explicitly: a clock time or minutes late; what it re-times from is always shown. */
function ActualStart({ state }: { state: LiveState }) {
  const tr = useT();
  const { retime } = useLive();
  const [at, setAt] = useState(clockText(state.actualStart ?? state.plannedStart));
  const [late, setLate] = useState('10');
  const lateMin = Number(late);
  const atMin = parseClock(at);
  return (
    <div className="live-actual" data-testid="live-actual">
      <p className="muted">{tr.live.control.plannedStart(clockText(state.plannedStart))}</p>
      <p className="live-actual-now" data-testid="live-actual-now">
        {state.actualStart === null
          ? tr.live.control.asPlanned
          : tr.live.control.actualIs(clockText(state.actualStart), offsetText(tr, state.actualStart - state.plannedStart).text)}
      </p>
      <div className="live-actual-row">
        <label>
          {tr.live.control.actualStart}
          <input type="time" value={at} onChange={(e) => setAt(e.target.value)} data-testid="live-actual-at" />
        </label>
        <Button size="sm" disabled={atMin === null} onClick={() => atMin !== null && void retime(state.eventId, { kind: 'at', at: atMin })}>
          {tr.live.control.retime}
        </Button>
      </div>
      <div className="live-actual-row">
        <label>
          {tr.live.control.lateBy}
          <input type="number" min={-720} max={720} step={1} value={late} onChange={(e) => setLate(e.target.value)} data-testid="live-late" />
        </label>
        <Button
          size="sm"
          disabled={!Number.isInteger(lateMin)}
          onClick={() => void retime(state.eventId, { kind: 'late', minutes: lateMin })}
          data-testid="live-late-apply"
        >
          {tr.live.control.retime}
        </Button>
      </div>
      <Button size="sm" variant="ghost" disabled={state.actualStart === null} onClick={() => void retime(state.eventId, { kind: 'plan' })}>
        {tr.live.control.usePlan}
      </Button>
    </div>
  );
}

/** The control room's panel: start and step, the actual start, the rest of the script as re-timed. */
export function ControlPanel({ state }: { state: LiveState }) {
  const tr = useT();
  const { step } = useLive();
  const [asking, setAsking] = useState(false);
  const c = tr.live.control;
  return (
    <aside className="live-control" data-testid="live-control" aria-label={c.title}>
      <h2>{c.title}</h2>
      <div className="live-control-steps">
        {state.status === 'ready' ? (
          <Button variant="primary" onClick={() => void step(state.eventId, 'live.start')} disabled={!state.items.length} data-testid="live-start">
            {c.start}
          </Button>
        ) : (
          <>
            <Button onClick={() => void step(state.eventId, 'live.back')} data-testid="live-back">
              ← {c.back}
            </Button>
            <Button variant="primary" onClick={() => void step(state.eventId, 'live.next')} disabled={state.status === 'ended'} data-testid="live-step">
              {c.next} →
            </Button>
          </>
        )}
        <Button variant="danger-ghost" size="sm" onClick={() => setAsking(true)} disabled={state.status === 'ready' && state.actualStart === null}>
          {c.reset}
        </Button>
      </div>
      {state.status === 'ready' ? (
        <ActualStart state={state} />
      ) : (
        <p className="live-actual-now" data-testid="live-actual-now">
          {tr.live.control.startedAt(
            clockText(state.actualStart ?? state.plannedStart),
            offsetText(tr, (state.actualStart ?? state.plannedStart) - state.plannedStart).text,
          )}
        </p>
      )}
      <h3>{c.rest}</h3>
      <table className="live-rest" data-testid="live-rest">
        <thead>
          <tr>
            <th>{c.time}</th>
            <th>{c.planned}</th>
            <th>{c.item}</th>
            <th>{c.length}</th>
          </tr>
        </thead>
        <tbody>
          {state.items.map((i) => (
            <tr key={i.id} className={`is-${i.state}`} data-testid="live-rest-row">
              <td className="num">{clockText(i.start)}</td>
              <td className="num muted">{Math.round(i.start) !== i.plannedStart ? clockText(i.plannedStart) : ''}</td>
              <td>{i.title}</td>
              <td className="num">
                {i.state === 'done' && i.actualSec !== null ? c.minutes(Math.round(i.actualSec / 60)) : c.minutes(i.durationMin)}
                {i.absorbed > 0 && <span className="muted"> · {c.absorbed(Math.round(i.absorbed))}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{c.end(clockText(state.end), clockText(state.plannedEnd))}</p>
      {asking && (
        <ConfirmDialog title={c.reset} confirmLabel={c.reset} onConfirm={() => step(state.eventId, 'live.reset')} onClose={() => setAsking(false)}>
          {c.resetAsk}
        </ConfirmDialog>
      )}
    </aside>
  );
}

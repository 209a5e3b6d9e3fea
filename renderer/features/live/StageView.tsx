import type { LiveState } from '../../../shared/contract/live';
import { clockText } from '../../../shared/script/cascade';
import { useT } from '../../i18n';
import { countdownText, offsetText, wallClock } from './format';

/**
 * What the hall and the MC see, from the main process's answer alone: the item on stage with a
 * countdown large enough for the back row, the next item, early or late against the plan, the clock.
 */
export function StageView({ state }: { state: LiveState }) {
  const tr = useT();
  const current = state.currentIndex === null ? null : state.items[state.currentIndex]!;
  const next = state.nextIndex === null ? null : state.items[state.nextIndex]!;
  const offset = offsetText(tr, state.offsetMin);
  const count = countdownText(state.lengthSec, state.elapsedSec);
  return (
    <section className="stage" data-testid="live-stage" data-status={state.status} aria-label={tr.live.stage}>
      <header className="stage-top">
        <span className="stage-event">{state.eventName}</span>
        <time className="stage-clock" data-testid="live-clock">
          {wallClock(state.now)}
        </time>
      </header>

      <div className="stage-now">
        {state.status === 'running' && current ? (
          <>
            <p className="stage-label">{tr.live.now}</p>
            <h1 className="stage-title" data-testid="live-current">
              {current.title}
            </h1>
            {current.performer && <p className="stage-performer">{current.performer}</p>}
            <p className={`stage-countdown${count.over ? ' is-over' : ''}`} data-testid="live-countdown" data-over={count.over}>
              {count.text}
            </p>
            <p className={`stage-countdown-label${count.over ? ' is-over' : ''}`}>{count.over ? tr.live.over : tr.live.left}</p>
          </>
        ) : state.status === 'ended' ? (
          <>
            <h1 className="stage-title" data-testid="live-current">
              {tr.live.ended}
            </h1>
            <p className="stage-performer">{tr.live.endedAt(clockText(state.end))}</p>
          </>
        ) : (
          <>
            <p className="stage-label">{tr.live.notStarted}</p>
            <h1 className="stage-title" data-testid="live-current">
              {state.items.length ? tr.live.startsAt(clockText(state.items[0]!.start)) : tr.live.noItems}
            </h1>
          </>
        )}
      </div>

      <footer className="stage-bottom">
        <div className="stage-next">
          <p className="stage-label">{tr.live.next}</p>
          <p className="stage-next-title" data-testid="live-next">
            {next ? next.title : state.status === 'running' ? tr.live.nothingNext : '—'}
          </p>
          {next && <p className="stage-next-time">{clockText(next.start)}</p>}
        </div>
        {state.status !== 'ready' || state.actualStart !== null ? (
          <p className={`stage-offset is-${offset.tone}`} data-testid="live-offset">
            {offset.text}
          </p>
        ) : null}
      </footer>
    </section>
  );
}

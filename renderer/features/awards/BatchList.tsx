import type { AwardBatch, PresenterRef } from '../../../shared/contract/awards';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { runAwards } from './awardsStore';

const AUTO = '';

/** A kind's batches on stage: who goes up, who presents (by precedence, or chosen here), and the MC's lines. */
export function BatchList({ batches, pool }: { batches: readonly AwardBatch[]; pool: readonly PresenterRef[] }) {
  const a = useT().awards;
  if (!batches.length) return <p className="award-empty">{a.noBatches}</p>;
  return (
    <ol className="award-batches" data-testid="award-batches">
      {batches.map((b) => {
        const inPool = !b.presenter || pool.some((p) => p.delegateId === b.presenter!.delegateId);
        return (
          <li key={b.index} className="award-batch" data-testid="award-batch">
            <div className="award-batch-head">
              <strong>{a.batch(b.index + 1, b.of)}</strong>
              <label className="award-presenter">
                <span>{a.presenter}</span>
                <select
                  className="input"
                  value={b.chosen ? (b.presenter?.delegateId ?? AUTO) : AUTO}
                  onChange={(e) =>
                    void runAwards(() => call('awards.setPresenter', { kindId: b.kindId, batchIndex: b.index, delegateId: e.target.value || null }))
                  }
                  data-testid="award-presenter"
                >
                  <option value={AUTO}>
                    {a.presenterAuto}
                    {!b.chosen && b.presenter ? `: ${b.presenter.fullName}` : ''}
                  </option>
                  {!inPool && b.presenter && <option value={b.presenter.delegateId}>{b.presenter.fullName}</option>}
                  {pool.map((p) => (
                    <option key={p.delegateId} value={p.delegateId}>
                      {p.fullName}
                      {p.title ? ` — ${p.title}` : ''}
                    </option>
                  ))}
                </select>
              </label>
              {!b.presenter && <span className="badge badge-none">{a.presenterNone}</span>}
              {b.chosen && <span className="badge badge-hand">{a.presenterChosen}</span>}
            </div>
            <p className="award-batch-names" data-testid="award-batch-names">
              {b.entries.map((e) => (e.collective ? e.unit : e.name)).join(', ')}
            </p>
            <details className="award-lines">
              <summary>{a.mcLines}</summary>
              <pre data-testid="award-batch-lines">{b.lines}</pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}

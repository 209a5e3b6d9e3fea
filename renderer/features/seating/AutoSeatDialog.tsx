import { useEffect, useState } from 'react';
import type { AutoSeatSummary } from '../../../shared/contract/seating';
import type { UnseatedReason } from '../../../shared/seating/auto-seat';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { useHistory } from '../history/historyStore';
import { useSeating } from './seatingStore';

type Mode = 'all' | 'unseated';
const REASONS: UnseatedReason[] = ['block-full', 'no-seat', 'declined', 'not-ranked', 'not-in-plan'];

/** Shows what an auto-seating would change, then does it in one change set (one Ctrl+Z). */
export function AutoSeatDialog({ planId, onClose }: { planId: string; onClose(): void }) {
  const tr = useT();
  const a = tr.seating.auto;
  const lang = useLanguage((x) => x.lang);
  const delegates = useDelegates((x) => x.delegates);
  const [mode, setMode] = useState<Mode>('all');
  const [preview, setPreview] = useState<AutoSeatSummary | null>(null);
  const { busy, error, run, fail } = useAction();
  const n = (x: number) => formatNumber(x, lang);

  useEffect(() => {
    let live = true;
    setPreview(null);
    call('seating.previewAutoSeat', { planId, mode }).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && fail(e),
    );
    return () => {
      live = false;
    };
  }, [planId, mode]);

  const seat = async () => {
    await run(async () => {
      const r = await call('seating.autoSeat', { planId, mode });
      useSeating.getState().seatsSaved(r.seats);
      notifySuccess((d) => d.seating.auto.done(r.seated, r.moved, r.unseated.length), {
        label: (d) => d.common.undo,
        run: () => useHistory.getState().undo(),
        testId: 'undo-autoseat',
      });
      onClose();
    });
  };

  const names = new Map(delegates.map((d) => [d.id, d.fullName]));
  return (
    <Dialog
      title={a.title}
      onClose={onClose}
      busy={busy}
      testId="autoseat-dialog"
      footer={
        <>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button variant="primary" busy={busy} disabled={!preview} onClick={() => void seat()} data-testid="autoseat-run">
            {a.run}
          </Button>
        </>
      }
    >
      <div className="form-stack">
        <fieldset className="plan-fieldset">
          <legend>{a.modeLabel}</legend>
          {(['all', 'unseated'] as const).map((m) => (
            <label className="choice-row" key={m}>
              <input type="radio" name="autoseat-mode" checked={mode === m} onChange={() => setMode(m)} data-testid={`autoseat-mode-${m}`} />
              <span>
                <strong>{a.modes[m]}</strong>
                <span className="muted"> {a.modeHints[m]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {!preview ? (
          <p className="loading-line">
            <span className="spinner" /> {a.computing}
          </p>
        ) : (
          <div className="autoseat-preview" data-testid="autoseat-preview">
            <ul className="stat-list">
              <li>
                <span className="tabular stat-number" data-testid="autoseat-seated">
                  {n(preview.seated)}
                </span>{' '}
                {a.seated}
              </li>
              <li>
                <span className="tabular stat-number" data-testid="autoseat-moved">
                  {n(preview.moved)}
                </span>{' '}
                {a.moved}
              </li>
              <li>
                <span className="tabular stat-number">{n(preview.kept)}</span> {a.kept}
              </li>
              <li>
                <span className="tabular stat-number" data-testid="autoseat-unseated">
                  {n(preview.unseated.length)}
                </span>{' '}
                {a.unseated}
              </li>
            </ul>
            {REASONS.map((r) => {
              const who = preview.unseated.filter((u) => u.reason === r);
              if (!who.length) return null;
              return (
                <details key={r} className="autoseat-reason" data-testid={`autoseat-reason-${r}`}>
                  <summary>
                    {a.reasons[r]}: <span className="tabular">{n(who.length)}</span>
                  </summary>
                  <p className="muted">
                    {who
                      .slice(0, 40)
                      .map((u) => names.get(u.id) ?? '?')
                      .join(', ')}
                    {who.length > 40 ? ` ${a.andMore(who.length - 40)}` : ''}
                  </p>
                </details>
              );
            })}
          </div>
        )}
      </div>
    </Dialog>
  );
}

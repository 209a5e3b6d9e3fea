import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '../../ui/icons';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { draftOf, matchCounts, newKey, patternOk, rankOk, sameAsSaved, type DraftRule } from './ruleDraft';

/** The event's title rules: an ordered table edited in place, saved as a whole. */
export function RulesEditor({ eventId }: { eventId: string }) {
  const tr = useT();
  const r = tr.precedence.rules;
  const rules = useDelegates((s) => s.titleRules);
  const delegates = useDelegates((s) => s.delegates);
  const [draft, setDraft] = useState<DraftRule[]>(() => draftOf(rules));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const dirty = !sameAsSaved(draft, rules);

  // Rules saved elsewhere (a reset) replace an untouched draft.
  useEffect(() => {
    setDraft((d) => (sameAsSaved(d, rules) ? d : draftOf(rules)));
    // Only when the saved rules change.
  }, [rules]);

  const titles = useMemo(() => delegates.map((d) => d.title), [delegates]);
  const counted = useDeferredValue(draft);
  const counts = useMemo(() => matchCounts(counted, titles), [counted, titles]);

  const update = (i: number, patch: Partial<DraftRule>) => setDraft((d) => d.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const move = (i: number, to: number) =>
    setDraft((d) => {
      if (to < 0 || to >= d.length) return d;
      const next = d.slice();
      const [x] = next.splice(i, 1);
      next.splice(to, 0, x!);
      return next;
    });
  const remove = (i: number) => setDraft((d) => d.filter((_, j) => j !== i));
  const add = () => {
    const key = newKey();
    setDraft((d) => [...d, { key, pattern: '', rank: String(Math.max(0, ...d.map((x) => Number(x.rank) || 0)) + 10) }]);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-rule-key="${key}"] input`)?.focus());
  };

  const save = async () => {
    setTried(true);
    if (draft.some((d) => !patternOk(d.pattern) || !rankOk(d.rank))) {
      document.querySelector<HTMLInputElement>('.rules [aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = await call('titleRules.save', { eventId, rules: draft.map((d) => ({ pattern: d.pattern, rank: Number(d.rank) })) });
      useDelegates.getState().rulesChanged(saved);
      setDraft(draftOf(saved));
      setTried(false);
      notifySuccess((d) => d.precedence.rules.saved);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    const saved = await call('titleRules.reset', { eventId });
    useDelegates.getState().rulesChanged(saved);
    setDraft(draftOf(saved));
    setTried(false);
    notifySuccess((d) => d.precedence.rules.resetDone);
  };

  return (
    <div className="rules-editor">
      <div className="rules-intro">
        <p>{r.intro}</p>
        <p className="rules-note" data-testid="rules-qualifier-note">{r.qualifierNote}</p>
      </div>
      <div className="table-card card rules-card">
        <table className="data-table rules" data-testid="rules-table">
          <thead>
            <tr>
              <th scope="col" className="num">{r.order}</th>
              <th scope="col">{r.pattern}</th>
              <th scope="col" className="rules-rank">{r.rank}</th>
              <th scope="col" className="num">{r.matches}</th>
              <th scope="col"><span className="sr-only">{tr.common.edit}</span></th>
            </tr>
          </thead>
          <tbody>
            {draft.map((d, i) => {
              const badPattern = tried && !patternOk(d.pattern);
              const badRank = (tried || d.rank.trim() !== '') && !rankOk(d.rank);
              const label = d.pattern.trim() || r.newRule;
              return (
                <tr key={d.key} data-rule-key={d.key} data-testid="rule-row">
                  <td className="num tabular muted">{i + 1}</td>
                  <td className={badPattern ? 'field-invalid' : undefined}>
                    <input
                      className="input input-sm"
                      value={d.pattern}
                      placeholder={r.patternPlaceholder}
                      aria-label={r.patternLabel(i + 1)}
                      aria-invalid={badPattern || undefined}
                      title={badPattern ? r.emptyPattern : undefined}
                      onChange={(e) => update(i, { pattern: e.target.value })}
                      data-testid="rule-pattern"
                    />
                  </td>
                  <td className={`rules-rank${badRank ? ' field-invalid' : ''}`}>
                    <input
                      className="input input-sm tabular"
                      inputMode="numeric"
                      value={d.rank}
                      aria-label={r.rankLabel(i + 1)}
                      aria-invalid={badRank || undefined}
                      title={badRank ? r.badRank : undefined}
                      onChange={(e) => update(i, { rank: e.target.value })}
                      data-testid="rule-rank"
                    />
                  </td>
                  <td className="num tabular rules-count" data-testid="rule-matches">{r.matchCount(counts.get(d.key) ?? 0)}</td>
                  <td className="row-actions">
                    <div>
                      <button type="button" className="icon-btn" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={r.moveUp(label)} title={r.moveUp(label)}>
                        <ArrowUpIcon />
                      </button>
                      <button type="button" className="icon-btn" onClick={() => move(i, i + 1)} disabled={i === draft.length - 1} aria-label={r.moveDown(label)} title={r.moveDown(label)}>
                        <ArrowDownIcon />
                      </button>
                      <button type="button" className="icon-btn icon-btn-danger" onClick={() => remove(i)} aria-label={r.remove(label)} title={r.remove(label)} data-testid="rule-remove">
                        <TrashIcon />
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {draft.length === 0 && (
          <div className="rules-empty">
            <p className="empty-title">{r.emptyTitle}</p>
            <p className="muted">{r.emptyBody}</p>
          </div>
        )}
      </div>
      <footer className="wizard-foot rules-foot">
        <Button icon={<PlusIcon />} onClick={add} data-testid="rule-add">{r.add}</Button>
        <Button variant="ghost" onClick={() => setConfirmReset(true)} disabled={busy} data-testid="rules-reset">{r.reset}</Button>
        <span className="spacer" />
        {tried && draft.some((d) => !patternOk(d.pattern) || !rankOk(d.rank)) && <p className="wizard-problem" role="alert">{r.fixFirst}</p>}
        {dirty && !tried && <p className="rules-dirty" data-testid="rules-dirty">{r.unsaved}</p>}
        {dirty && <Button variant="ghost" onClick={() => { setDraft(draftOf(rules)); setTried(false); }} disabled={busy}>{r.discard}</Button>}
        <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!dirty} data-testid="rules-save">{r.save}</Button>
      </footer>
      {confirmReset && (
        <ConfirmDialog title={r.resetTitle} confirmLabel={r.resetConfirm} onConfirm={reset} onClose={() => setConfirmReset(false)} testId="rules-reset-confirm">
          <p>{r.resetBody}</p>
          <p className="muted">{r.resetKeeps}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { foldedIncludes } from '../../../shared/delegate-list';
import { levelNote } from '../../../shared/precedence/catalogue';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { useEvents, useOpenEvent } from '../events/eventsStore';
import { CopyRulesDialog } from './CopyRulesDialog';
import { draftOf, levelOk, matchCounts, newKey, postOk, sameAsSaved, toRuleInput, type DraftRule } from './ruleDraft';

/** The event's rules (post, organization condition, level): a table edited in place, saved as a whole. */
export function RulesEditor({ eventId }: { eventId: string }) {
  const tr = useT();
  const r = tr.precedence.rules;
  const lang = useLanguage((s) => s.lang);
  const rules = useDelegates((s) => s.rules);
  const delegates = useDelegates((s) => s.delegates);
  const former = useOpenEvent()?.formerPosts ?? 'after-holders';
  const [draft, setDraft] = useState<DraftRule[]>(() => draftOf(rules));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [copying, setCopying] = useState(false);
  const [filter, setFilter] = useState('');
  const dirty = !sameAsSaved(draft, rules);

  // Rules saved elsewhere (a reset, a copy, a level given to a title) replace an untouched draft;
  // a draft with edits is kept.
  const previous = useRef(rules);
  useEffect(() => {
    const before = previous.current;
    previous.current = rules;
    setDraft((d) => (sameAsSaved(d, before) ? draftOf(rules) : d));
  }, [rules]);

  const counted = useDeferredValue(draft);
  const counts = useMemo(() => matchCounts(counted, delegates, former), [counted, delegates, former]);
  const shown = filter.trim() ? draft.filter((d) => foldedIncludes(`${d.post} ${d.org}`, filter)) : draft;

  const update = (key: string, patch: Partial<DraftRule>) => setDraft((d) => d.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const remove = (key: string) => setDraft((d) => d.filter((x) => x.key !== key));
  const add = () => {
    const key = newKey();
    setFilter('');
    setDraft((d) => [...d, { key, post: '', org: '', level: '' }]);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-rule-key="${key}"] [data-testid="rule-post"]`)?.focus());
  };

  const saved = (list: typeof rules) => {
    useDelegates.getState().rulesChanged(list);
    setDraft(draftOf(list));
    setTried(false);
  };

  const save = async () => {
    setTried(true);
    if (draft.some((d) => !postOk(d.post) || !levelOk(d.level))) {
      setFilter('');
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.rules [aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      saved(await call('precedenceRules.save', { eventId, rules: draft.map(toRuleInput) }));
      notifySuccess((d) => d.precedence.rules.saved);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    saved(await call('precedenceRules.reset', { eventId }));
    notifySuccess((d) => d.precedence.rules.resetDone);
  };

  const copy = async (fromEventId: string, name: string) => {
    saved(await call('precedenceRules.copy', { eventId, fromEventId }));
    await useEvents.getState().reload();
    notifySuccess((d) => d.precedence.rules.copied(name));
  };

  return (
    <div className="rules-editor">
      <div className="rules-intro">
        <p>{r.intro}</p>
        <p className="rules-note" data-testid="rules-qualifier-note">
          {r.qualifierNote}
        </p>
        <p className="rules-note">{r.orgNote}</p>
      </div>
      <div className="rules-tools">
        <input
          className="input input-sm"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={r.filter}
          aria-label={r.filter}
          data-testid="rules-filter"
        />
      </div>
      <div className="table-card card rules-card">
        <table className="data-table rules" data-testid="rules-table">
          <thead>
            <tr>
              <th scope="col" className="rules-level">
                {r.level}
              </th>
              <th scope="col">{r.post}</th>
              <th scope="col" className="rules-org">
                {r.org}
              </th>
              <th scope="col" className="num">
                {r.matches}
              </th>
              <th scope="col">
                <span className="sr-only">{tr.common.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d, i) => {
              const badPost = tried && !postOk(d.post);
              const badLevel = (tried || d.level.trim() !== '') && !levelOk(d.level);
              const label = d.post.trim() || r.newRule;
              const note = levelOk(d.level) ? (levelNote(Number(d.level))?.[lang] ?? r.levelNoteOwn) : '';
              return (
                <tr key={d.key} data-rule-key={d.key} data-testid="rule-row">
                  <td className={`rules-level${badLevel ? ' field-invalid' : ''}`}>
                    <input
                      className="input input-sm tabular"
                      inputMode="numeric"
                      value={d.level}
                      aria-label={r.levelLabel(i + 1)}
                      aria-invalid={badLevel || undefined}
                      title={badLevel ? r.badLevel : note}
                      onChange={(e) => update(d.key, { level: e.target.value })}
                      data-testid="rule-level"
                    />
                  </td>
                  <td className={badPost ? 'field-invalid' : undefined}>
                    <input
                      className="input input-sm"
                      value={d.post}
                      placeholder={r.postPlaceholder}
                      aria-label={r.postLabel(i + 1)}
                      aria-invalid={badPost || undefined}
                      title={badPost ? r.emptyPost : undefined}
                      onChange={(e) => update(d.key, { post: e.target.value })}
                      data-testid="rule-post"
                    />
                    {note && (
                      <span className="rules-level-note" title={note}>
                        {note}
                      </span>
                    )}
                  </td>
                  <td className="rules-org">
                    <input
                      className="input input-sm"
                      value={d.org}
                      aria-label={r.orgLabel(i + 1)}
                      onChange={(e) => update(d.key, { org: e.target.value })}
                      data-testid="rule-org"
                    />
                  </td>
                  <td className="num tabular rules-count" data-testid="rule-matches">
                    {r.matchCount(counts.get(d.key) ?? 0)}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="icon-btn icon-btn-danger"
                      onClick={() => remove(d.key)}
                      aria-label={r.remove(label)}
                      title={r.remove(label)}
                      data-testid="rule-remove"
                    >
                      <TrashIcon />
                    </button>
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
        <Button icon={<PlusIcon />} onClick={add} data-testid="rule-add">
          {r.add}
        </Button>
        <Button variant="ghost" onClick={() => setConfirmReset(true)} disabled={busy} data-testid="rules-reset">
          {r.reset}
        </Button>
        <Button variant="ghost" onClick={() => setCopying(true)} disabled={busy} data-testid="rules-copy">
          {r.copyFrom}
        </Button>
        <span className="spacer" />
        {tried && draft.some((d) => !postOk(d.post) || !levelOk(d.level)) && (
          <p className="wizard-problem" role="alert">
            {r.fixFirst}
          </p>
        )}
        {dirty && !tried && (
          <p className="rules-dirty" data-testid="rules-dirty">
            {r.unsaved}
          </p>
        )}
        {dirty && (
          <Button
            variant="ghost"
            onClick={() => {
              setDraft(draftOf(rules));
              setTried(false);
            }}
            disabled={busy}
          >
            {r.discard}
          </Button>
        )}
        <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!dirty} data-testid="rules-save">
          {r.save}
        </Button>
      </footer>
      {confirmReset && (
        <ConfirmDialog title={r.resetTitle} confirmLabel={r.resetConfirm} onConfirm={reset} onClose={() => setConfirmReset(false)} testId="rules-reset-confirm">
          <p>{r.resetBody}</p>
          <p className="muted">{r.resetKeeps}</p>
        </ConfirmDialog>
      )}
      {copying && <CopyRulesDialog eventId={eventId} onCopy={copy} onClose={() => setCopying(false)} />}
    </div>
  );
}

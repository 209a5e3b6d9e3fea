import { useMemo, useState } from 'react';
import type { UnmatchedTitle } from '../../../shared/precedence/order';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { notifyError, notifySuccess, useToasts } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { levelOptions } from './levelOptions';

const levelOk = (s: string) => /^\d{1,4}$/.test(s.trim()) && Number(s) >= 1;

/**
 * Gives a title no rule knew a level, as a new rule: a level picked from the event's levels, the
 * level of a known post ("ngang với …"), or a number of the organizer's own between two.
 */
export function AssignLevelDialog({ eventId, item, onClose }: { eventId: string; item: UnmatchedTitle; onClose(): void }) {
  const tr = useT();
  const u = tr.precedence.unmatched;
  const lang = useLanguage((s) => s.lang);
  const rules = useDelegates((s) => s.rules);
  const [post, setPost] = useState(item.post || item.title);
  const [level, setLevel] = useState('');
  const [org, setOrg] = useState('');
  const [busy, setBusy] = useState(false);
  const options = useMemo(() => levelOptions(rules, lang), [rules, lang]);
  const posts = useMemo(() => [...rules].sort((a, b) => a.level - b.level || a.post.localeCompare(b.post, 'vi')), [rules]);
  const ok = post.trim() !== '' && levelOk(level);

  const save = async () => {
    if (!ok) return;
    setBusy(true);
    try {
      const saved = await call('precedenceRules.add', { eventId, rule: { post, orgPattern: org.trim() || null, level: Number(level) } });
      useDelegates.setState({ rules: saved });
      await useDelegates.getState().refreshOrder();
      const order = useDelegates.getState().order;
      const placed = item.ids.filter((id) => (order?.entries.find((e) => e.id === id)?.level ?? null) !== null).length;
      const text = post.trim();
      if (placed === 0) useToasts.getState().push('error', (d) => d.precedence.unmatched.stillUnmatched(text));
      else notifySuccess((d) => d.precedence.unmatched.saved(text, Number(level), placed));
      onClose();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={u.assignTitle}
      onClose={onClose}
      busy={busy}
      testId="assign-level"
      footer={
        <>
          <Button variant="ghost" onClick={onClose} disabled={busy}>
            {tr.common.cancel}
          </Button>
          <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!ok} data-testid="assign-level-save">
            {u.save}
          </Button>
        </>
      }
    >
      <p className="assign-title" data-testid="assign-level-title">
        {item.title || u.noTitle}
      </p>
      <Field id="assign-post" label={u.post} hint={u.postHint}>
        {(p) => <input {...p} className="input" value={post} onChange={(e) => setPost(e.target.value)} data-testid="assign-level-post" />}
      </Field>
      <Field id="assign-org" label={tr.precedence.rules.org} hint={u.orgHint}>
        {(p) => (
          <input {...p} className="input" value={org} placeholder={u.orgPlaceholder} onChange={(e) => setOrg(e.target.value)} data-testid="assign-level-org" />
        )}
      </Field>
      <div className="assign-level">
        <Field id="assign-level" label={u.level} hint={u.levelHint} error={level.trim() !== '' && !levelOk(level) ? tr.precedence.rules.badLevel : null}>
          {(p) => (
            <input
              {...p}
              className="input tabular"
              inputMode="numeric"
              value={level}
              onChange={(e) => setLevel(e.target.value)}
              data-testid="assign-level-number"
            />
          )}
        </Field>
        <div className="assign-pickers">
          <select
            className="input"
            aria-label={u.pickLevel}
            value=""
            onChange={(e) => e.target.value && setLevel(e.target.value)}
            data-testid="assign-level-pick"
          >
            <option value="">{u.pickLevel}</option>
            {options.map((o) => (
              <option key={o.level} value={o.level}>
                {tr.delegates.form.levelOption(o.level, o.note)}
              </option>
            ))}
          </select>
          <select
            className="input"
            aria-label={u.likePost}
            value=""
            onChange={(e) => e.target.value && setLevel(e.target.value)}
            data-testid="assign-level-like"
          >
            <option value="">{u.likePost}</option>
            {posts.map((r) => (
              <option key={r.id} value={r.level}>{`${r.post}${r.orgPattern ? ` (${r.orgPattern})` : ''} — ${r.level}`}</option>
            ))}
          </select>
        </div>
      </div>
    </Dialog>
  );
}

import { useState } from 'react';
import type { FormerPosts } from '../../../shared/precedence/rules';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { notifyError, notifySuccess } from '../../ui/toast';
import { categoryName } from '../delegates/categoryName';
import { useDelegates } from '../delegates/delegatesStore';
import { useEvents, useOpenEvent } from '../events/eventsStore';

/** Who hosts, how former posts rank, which categories are ranked: saved together, one write. */
export function SettingsPanel({ eventId }: { eventId: string }) {
  const tr = useT();
  const s = tr.precedence.settings;
  const lang = useLanguage((x) => x.lang);
  const event = useOpenEvent();
  const categories = useDelegates((x) => x.categories);
  const [hosts, setHosts] = useState(() => (event?.hostOrganizations ?? []).join('\n'));
  const [former, setFormer] = useState<FormerPosts>(event?.formerPosts ?? 'after-holders');
  const [unranked, setUnranked] = useState(() => new Set(categories.filter((c) => !c.ranked).map((c) => c.id)));
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      const hostOrganizations = hosts
        .split('\n')
        .map((h) => h.trim())
        .filter(Boolean);
      const saved = await call('precedence.saveSettings', { eventId, hostOrganizations, formerPosts: former, unrankedCategoryIds: [...unranked] });
      useDelegates.setState({ categories: saved.categories });
      setHosts(saved.event.hostOrganizations.join('\n'));
      await useEvents.getState().reload();
      await useDelegates.getState().refreshOrder();
      notifySuccess((d) => d.precedence.settings.saved);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string, ranked: boolean) =>
    setUnranked((u) => {
      const next = new Set(u);
      if (ranked) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="psettings card" data-testid="precedence-settings">
      <Field id="prec-hosts" label={s.hosts} hint={`${s.hostsHint} ${event?.organizer ? s.hostsDefault(event.organizer) : s.hostsNone}`}>
        {(p) => (
          <textarea
            {...p}
            className="input"
            rows={3}
            value={hosts}
            placeholder={event?.organizer ?? ''}
            onChange={(e) => setHosts(e.target.value)}
            data-testid="precedence-hosts"
          />
        )}
      </Field>
      <fieldset className="psettings-group">
        <legend className="field-label">{s.former}</legend>
        {(['after-holders', 'current-only'] as const).map((v) => (
          <label key={v} className="psettings-option">
            <input type="radio" className="check" name="former" checked={former === v} onChange={() => setFormer(v)} data-testid={`precedence-former-${v}`} />
            {v === 'after-holders' ? s.formerAfter : s.formerCurrent}
          </label>
        ))}
      </fieldset>
      <fieldset className="psettings-group">
        <legend className="field-label">{s.categories}</legend>
        <p className="field-hint">{s.categoriesHint}</p>
        {categories.map((c) => (
          <label key={c.id} className="psettings-option">
            <input
              type="checkbox"
              className="check"
              checked={!unranked.has(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
              data-testid={`precedence-ranked-${c.code ?? c.id}`}
            />
            {categoryName(c, lang)}
          </label>
        ))}
      </fieldset>
      <div className="psettings-foot">
        <Button variant="primary" onClick={() => void save()} busy={busy} data-testid="precedence-settings-save">
          {s.save}
        </Button>
      </div>
    </div>
  );
}

import { useMemo } from 'react';
import { useLanguage, useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { useDelegates } from '../delegates/delegatesStore';
import { levelOptions } from './levelOptions';
import { useLevelFor } from './useLevelFor';

/**
 * A delegate's precedence level in the form: by the rules (the usual), or one of the event's
 * levels set by hand. Says what the rules would give for the title as typed.
 */
export function LevelField({ value, title, organization, onChange }: { value: string; title: string; organization: string; onChange(v: string): void }) {
  const tr = useT();
  const f = tr.delegates.form;
  const lang = useLanguage((s) => s.lang);
  const rules = useDelegates((s) => s.rules);
  const current = value === '' ? [] : [Number(value)];
  const options = useMemo(() => levelOptions(rules, lang, current), [rules, lang, value]);
  const match = useLevelFor(title, organization);
  const hint = match ? f.levelFromRule(match.level, match.rule.post) : title.trim() ? f.levelNoRule : f.levelHint;
  return (
    <Field id="delegate-precedenceLevel" label={f.level} hint={hint} className="field-precedenceLevel">
      {(p) => (
        <select {...p} className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid="delegate-precedenceLevel">
          <option value="">{f.levelByRules}</option>
          {options.map((o) => (
            <option key={o.level} value={String(o.level)}>
              {f.levelOption(o.level, o.note)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

import { useState, type KeyboardEvent } from 'react';
import type { Message } from '../../../shared/result';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { sentence, splitServerError } from '../../ui/fieldErrors';
import { notifyError } from '../../ui/toast';

// A value no real id can take, so choosing it can only mean "add one".
const NEW = '__new__';

/** What the delegate form gives each of its select-with-add fields. */
export interface ChoiceFieldProps {
  eventId: string;
  /** '' for none, where none is allowed. */
  value: string;
  error: string | null;
  onChange(id: string): void;
}

/**
 * Both fields follow one naming scheme (dictionary keys `<kind>`, `new<Kind>`, `new<Kind>Placeholder`,
 * `add<Kind>`; ids `delegate-<kind>Id` and `delegate-new<Kind>`), so the kind alone picks them.
 */
type Kind = 'category' | 'bridgePoint';

interface SelectWithAddProps extends Omit<ChoiceFieldProps, 'eventId'> {
  kind: Kind;
  /** Offers '' as a first option when the field may be left empty. */
  noneLabel?: string;
  required?: boolean;
  options: readonly { id: string; label: string }[];
  /** The server's name for the new-name input, so its validation errors show next to it. */
  nameField: string;
  /** Creates the entry (store and toast included) and returns its id. */
  create(name: string): Promise<string>;
}

/** One of the event's entries, and a way to add one without leaving the delegate form. */
export function SelectWithAdd(props: SelectWithAddProps) {
  const { kind, options, value, error, onChange, nameField } = props;
  const tr = useT();
  const f = tr.delegates.form;
  const Kind = `${kind[0]!.toUpperCase()}${kind.slice(1)}` as Capitalize<Kind>;
  const lang = useLanguage((s) => s.lang);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = `delegate-${kind}Id`;
  const newId = `delegate-new${Kind}`;

  const create = async () => {
    if (!name.trim()) {
      setNameError({ vi: 'không được để trống', en: 'must not be empty' });
      return;
    }
    setBusy(true);
    try {
      onChange(await props.create(name));
      setAdding(false);
      setName('');
      setNameError(null);
      document.getElementById(selectId)?.focus();
    } catch (e) {
      const split = splitServerError(e, [nameField]);
      const message = split.fields[nameField];
      if (message) setNameError(message);
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Inside the delegate form Enter would save the delegate, and Esc would close the panel.
    if (e.key === 'Enter') {
      e.preventDefault();
      void create();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setAdding(false);
      document.getElementById(selectId)?.focus();
    }
  };

  return (
    <>
      <Field id={selectId} label={f[kind]} error={error} required={props.required} className={`field-${kind}Id`}>
        {(p) => (
          <select
            {...p}
            className="input"
            value={adding ? NEW : value}
            onChange={(e) => {
              if (e.target.value === NEW) {
                setAdding(true);
                requestAnimationFrame(() => document.getElementById(newId)?.focus());
              } else {
                setAdding(false);
                onChange(e.target.value);
              }
            }}
            data-testid={selectId}
          >
            {props.noneLabel !== undefined && <option value="">{props.noneLabel}</option>}
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
            <option value={NEW}>{f[`add${Kind}`]}</option>
          </select>
        )}
      </Field>
      {adding && (
        <div className="inline-add">
          <Field id={newId} label={f[`new${Kind}`]} error={nameError ? sentence(nameError[lang]) : null} className="inline-add-field">
            {(p) => (
              <input
                {...p}
                className="input"
                value={name}
                placeholder={f[`new${Kind}Placeholder`]}
                onChange={(e) => {
                  setName(e.target.value);
                  setNameError(null);
                }}
                onKeyDown={onKey}
                data-testid={newId}
              />
            )}
          </Field>
          <div className="inline-add-actions">
            <Button size="sm" variant="primary" onClick={() => void create()} busy={busy} data-testid={`${newId}-add`}>
              {f.createCategory}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAdding(false)} disabled={busy}>
              {tr.common.cancel}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}

import { useState, type KeyboardEvent } from 'react';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { sentence, splitServerError } from '../../ui/fieldErrors';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from './delegatesStore';

const NEW = '__new__';

interface BridgePointFieldProps {
  eventId: string;
  /** '' for none. */
  value: string;
  error: string | null;
  onChange(bridgePointId: string): void;
}

/** The event's bridge points (or none), and a way to add one without leaving the form. */
export function BridgePointField({ eventId, value, error, onChange }: BridgePointFieldProps) {
  const tr = useT();
  const f = tr.delegates.form;
  const lang = useLanguage((s) => s.lang);
  const points = useDelegates((s) => s.bridgePoints);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<{ vi: string; en: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (!name.trim()) {
      setNameError({ vi: 'không được để trống', en: 'must not be empty' });
      return;
    }
    setBusy(true);
    try {
      const created = await call('bridgePoints.create', { eventId, name });
      useDelegates.getState().bridgePointAdded(created);
      onChange(created.id);
      notifySuccess((d) => d.delegates.form.bridgePointCreated(created.name));
      setAdding(false);
      setName('');
      setNameError(null);
      document.getElementById('delegate-bridgePointId')?.focus();
    } catch (e) {
      const split = splitServerError(e, ['name']);
      if (split.fields.name) setNameError(split.fields.name);
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
      document.getElementById('delegate-bridgePointId')?.focus();
    }
  };

  return (
    <>
      <Field id="delegate-bridgePointId" label={f.bridgePoint} error={error} className="field-bridgePointId">
        {(p) => (
          <select
            {...p}
            className="input"
            value={adding ? NEW : value}
            onChange={(e) => {
              if (e.target.value === NEW) {
                setAdding(true);
                requestAnimationFrame(() => document.getElementById('delegate-newBridgePoint')?.focus());
              } else {
                setAdding(false);
                onChange(e.target.value);
              }
            }}
            data-testid="delegate-bridgePointId"
          >
            <option value="">{f.noBridgePoint}</option>
            {points.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
            <option value={NEW}>{f.addBridgePoint}</option>
          </select>
        )}
      </Field>
      {adding && (
        <div className="inline-add">
          <Field id="delegate-newBridgePoint" label={f.newBridgePoint} error={nameError ? sentence(nameError[lang]) : null} className="inline-add-field">
            {(p) => (
              <input
                {...p}
                className="input"
                value={name}
                placeholder={f.newBridgePointPlaceholder}
                onChange={(e) => {
                  setName(e.target.value);
                  setNameError(null);
                }}
                onKeyDown={onKey}
                data-testid="delegate-newBridgePoint"
              />
            )}
          </Field>
          <div className="inline-add-actions">
            <Button size="sm" variant="primary" onClick={() => void create()} busy={busy} data-testid="delegate-newBridgePoint-add">
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

import { useState, type KeyboardEvent } from 'react';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { sentence, splitServerError } from '../../ui/fieldErrors';
import { notifyError, notifySuccess } from '../../ui/toast';
import { categoryName } from './categoryName';
import { useDelegates } from './delegatesStore';

const NEW = '__new__';

interface CategoryFieldProps {
  eventId: string;
  value: string;
  error: string | null;
  onChange(categoryId: string): void;
}

/** The event's categories, and a way to add the organizer's own without leaving the form. */
export function CategoryField({ eventId, value, error, onChange }: CategoryFieldProps) {
  const tr = useT();
  const f = tr.delegates.form;
  const lang = useLanguage((s) => s.lang);
  const categories = useDelegates((s) => s.categories);
  const [adding, setAdding] = useState(false);
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<{ vi: string; en: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (!label.trim()) {
      setLabelError({ vi: 'không được để trống', en: 'must not be empty' });
      return;
    }
    setBusy(true);
    try {
      const created = await call('categories.create', { eventId, label });
      useDelegates.getState().categoryAdded(created);
      onChange(created.id);
      notifySuccess((d, l) => d.delegates.form.categoryCreated(categoryName(created, l)));
      setAdding(false);
      setLabel('');
      setLabelError(null);
      document.getElementById('delegate-categoryId')?.focus();
    } catch (e) {
      const split = splitServerError(e, ['label']);
      if (split.fields.label) setLabelError(split.fields.label);
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
      document.getElementById('delegate-categoryId')?.focus();
    }
  };

  return (
    <>
      <Field id="delegate-categoryId" label={f.category} error={error} required className="field-categoryId">
        {(p) => (
          <select
            {...p}
            className="input"
            value={adding ? NEW : value}
            onChange={(e) => {
              if (e.target.value === NEW) {
                setAdding(true);
                requestAnimationFrame(() => document.getElementById('delegate-newCategory')?.focus());
              } else {
                setAdding(false);
                onChange(e.target.value);
              }
            }}
            data-testid="delegate-categoryId"
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c, lang)}
              </option>
            ))}
            <option value={NEW}>{f.addCategory}</option>
          </select>
        )}
      </Field>
      {adding && (
        <div className="inline-add">
          <Field id="delegate-newCategory" label={f.newCategory} error={labelError ? sentence(labelError[lang]) : null} className="inline-add-field">
            {(p) => (
              <input
                {...p}
                className="input"
                value={label}
                placeholder={f.newCategoryPlaceholder}
                onChange={(e) => {
                  setLabel(e.target.value);
                  setLabelError(null);
                }}
                onKeyDown={onKey}
                data-testid="delegate-newCategory"
              />
            )}
          </Field>
          <div className="inline-add-actions">
            <Button size="sm" variant="primary" onClick={() => void create()} busy={busy} data-testid="delegate-newCategory-add">
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

import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLanguage } from '../i18n';
import { sentence, splitServerError, type FieldErrors } from './fieldErrors';

interface FormOptions<V> {
  initial: V;
  validate(values: V): FieldErrors;
  /** The fields this form shows, in screen order: server errors about others go to the banner. */
  fields: readonly (keyof V & string)[];
  /** Prefix of the inputs' ids, so the first invalid one can be focused. */
  idPrefix: string;
}

/**
 * A form's values and messages. A field is checked when it loses focus and, after a first
 * submit, on every change; the server's VALIDATION details land on the fields they name.
 */
export function useForm<V extends object>({ initial, validate, fields, idPrefix }: FormOptions<V>) {
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof V, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const lang = useLanguage((s) => s.lang);
  const busyRef = useRef(false);
  const initialRef = useRef(initial);

  const clientErrors = useMemo(() => validate(values), [validate, values]);

  const set = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerErrors((e) => {
      if (!(field in e)) return e;
      const { [field as string]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  const blur = useCallback((field: keyof V) => setTouched((t) => (t[field] ? t : { ...t, [field]: true })), []);

  /** The message to show next to a field, in the current language, or null. */
  const errorOf = (field: keyof V & string): string | null => {
    const m = serverErrors[field] ?? ((submitted || touched[field]) && clientErrors[field]) ?? null;
    return m ? sentence(m[lang]) : null;
  };

  const focusField = (field: string) => document.getElementById(`${idPrefix}-${field}`)?.focus();

  const submit = (action: (values: V) => Promise<void>) => async (e?: FormEvent) => {
    e?.preventDefault();
    if (busyRef.current) return;
    setSubmitted(true);
    setGeneral(null);
    const firstBad = fields.find((f) => clientErrors[f]);
    if (firstBad) {
      focusField(firstBad);
      return;
    }
    busyRef.current = true;
    setBusy(true);
    try {
      await action(values);
    } catch (err) {
      const split = splitServerError(err, fields);
      setServerErrors(split.fields);
      setGeneral(split.general);
      if (split.general) console.error(split.general);
      const first = fields.find((f) => split.fields[f]);
      if (first) focusField(first);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const hasErrors = submitted && fields.some((f) => clientErrors[f] || serverErrors[f]);
  /** Something differs from what the form opened with: closing it by Esc asks first. */
  const dirty = useMemo(() => fields.some((f) => values[f] !== initialRef.current[f]), [fields, values]);

  return { values, set, setValues, blur, errorOf, submit, busy, general, hasErrors, dirty };
}

import { ApiError } from '../api/client';
import { useLanguage, useT } from '../i18n';
import { Banner } from './Banner';

/** A save's failure that no single field explains, shown where the organizer is looking. */
export function FormError({ error }: { error: unknown }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  if (!error) return null;
  const text = error instanceof ApiError ? error.error.message[lang] : tr.errors.unexpected;
  return <Banner testId="form-error">{text}</Banner>;
}

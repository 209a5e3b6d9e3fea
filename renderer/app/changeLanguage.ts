import { call } from '../api/client';
import { useLanguage, type Language } from '../i18n';
import { notifyError } from '../ui/toast';

/** Switches at once and remembers the choice for the next launch. */
export function changeLanguage(lang: Language): void {
  if (useLanguage.getState().lang === lang) return;
  useLanguage.getState().setLang(lang);
  call('settings.update', { language: lang }).catch(notifyError);
}

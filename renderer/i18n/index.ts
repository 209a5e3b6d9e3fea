import { create } from 'zustand';
import type { Language } from '../../shared/contract/settings';
import type { Message } from '../../shared/result';
import { en } from './en';
import { vi, type Dict } from './vi';

export type { Dict, Language };

const dictionaries: Record<Language, Dict> = { vi, en };

interface LanguageState {
  lang: Language;
  /** Only the local switch; persisting the choice is changeLanguage's job. */
  setLang(lang: Language): void;
}

export const useLanguage = create<LanguageState>((set) => ({
  lang: 'vi',
  setLang: (lang) => {
    document.documentElement.lang = lang;
    set({ lang });
  },
}));

/** The current dictionary, for code outside components (toasts fired from async handlers). */
export const t = (): Dict => dictionaries[useLanguage.getState().lang];

/** The current dictionary; the component re-renders when the language changes. */
export function useT(): Dict {
  return dictionaries[useLanguage((s) => s.lang)];
}

/** Picks the current language from a bilingual message (server errors carry both). */
export function useMsg(): (m: Message) => string {
  const lang = useLanguage((s) => s.lang);
  return (m) => m[lang];
}

export const msg = (m: Message): string => m[useLanguage.getState().lang];

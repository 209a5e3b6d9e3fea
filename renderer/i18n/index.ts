import { create } from 'zustand';
import type { Language } from '../../shared/contract/settings';
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

/** The current dictionary; the component re-renders when the language changes. */
export function useT(): Dict {
  return dictionaries[useLanguage((s) => s.lang)];
}

import { builtinCategoryNames } from '../../../shared/categories';
import type { Category } from '../../../shared/contract/delegates';
import type { Language } from '../../i18n';

/** Built-in categories are named in the interface language; custom ones by the organizer's label. */
export function categoryName(c: Category | undefined, lang: Language): string {
  if (!c) return '';
  if (c.code) return builtinCategoryNames[c.code][lang];
  return c.label ?? '';
}

import { fieldLabels, fieldOfColumn } from '../../../shared/fields';
import type { Dict } from '../../i18n';

/** A column's name as the forms call it ("full_name" → "Họ và tên"). */
export function columnLabel(column: string, lang: 'vi' | 'en'): string {
  return fieldLabels[fieldOfColumn(column)]?.[lang] ?? column;
}

export interface Names {
  categories: Map<string, string>;
  bridgePoints: Map<string, string>;
}

/** A stored value as the organizer reads it: ids as names, statuses in words, nothing as a dash. */
export function valueText(column: string, value: unknown, tr: Dict, names: Names): string {
  if (value === null || value === undefined || value === '') return tr.history.none;
  if (column === 'category_id') return names.categories.get(String(value)) ?? String(value);
  if (column === 'bridge_point_id') return names.bridgePoints.get(String(value)) ?? String(value);
  if (column === 'status' && typeof value === 'string' && value in tr.delegates.status) return tr.delegates.status[value as keyof Dict['delegates']['status']];
  return String(value);
}

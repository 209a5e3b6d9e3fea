import type { RowChange } from '../../../shared/contract/history';
import type { BridgePoint, Category, Delegate } from '../../../shared/contract/delegates';
import { fieldLabels, fieldOfColumn } from '../../../shared/fields';
import type { Dict, Language } from '../../i18n';
import { categoryName } from '../delegates/categoryName';

/** A column's name as the forms call it ("full_name" → "Họ và tên"). */
export function columnLabel(column: string, lang: 'vi' | 'en'): string {
  return fieldLabels[fieldOfColumn(column)]?.[lang] ?? column;
}

export interface Names {
  categories: Map<string, string>;
  bridgePoints: Map<string, string>;
  delegates: Map<string, string>;
}

/**
 * What ids read as in a change's detail: the open event's categories, points and delegates, and
 * the delegates the change itself holds (one it deleted is in no list any more, yet the seat he
 * left names him).
 */
export function historyNames(
  lists: { categories: readonly Category[]; bridgePoints: readonly BridgePoint[]; delegates: readonly Delegate[] },
  changes: readonly RowChange[],
  lang: Language,
): Names {
  const delegates = new Map(lists.delegates.map((d) => [d.id, d.fullName]));
  for (const c of changes) if (c.table === 'delegates' && c.name && !delegates.has(c.rowId)) delegates.set(c.rowId, c.name);
  return {
    categories: new Map(lists.categories.map((c) => [c.id, categoryName(c, lang)])),
    bridgePoints: new Map(lists.bridgePoints.map((b) => [b.id, b.name])),
    delegates,
  };
}

/** A stored value as the organizer reads it: ids as names, statuses in words, nothing as a dash. */
export function valueText(column: string, value: unknown, tr: Dict, names: Names): string {
  if (value === null || value === undefined || value === '') return tr.history.none;
  if (column === 'category_id') return names.categories.get(String(value)) ?? String(value);
  if (column === 'bridge_point_id') return names.bridgePoints.get(String(value)) ?? String(value);
  if (column === 'delegate_id' || column === 'chair_delegate_id') return names.delegates.get(String(value)) ?? String(value);
  if (column === 'is_main') return value === 1 ? tr.bridge.main : tr.bridge.remote;
  if (column === 'result' && typeof value === 'string' && value in tr.bridge.result) return tr.bridge.result[value as keyof Dict['bridge']['result']];
  if (column === 'kind' && typeof value === 'string' && value in tr.bridge.kind) return tr.bridge.kind[value as keyof Dict['bridge']['kind']];
  if (column === 'status' && typeof value === 'string' && value in tr.delegates.status) return tr.delegates.status[value as keyof Dict['delegates']['status']];
  return String(value);
}

/** What a changed row is called: its own name, or for a presidium member the delegate it names. */
export function rowTitle(c: RowChange, names: Names): string | null {
  if (c.name) return c.name;
  const who = c.fields.find((f) => f.column === 'delegate_id');
  const id = who && (c.op === 'delete' ? who.before : who.after);
  return typeof id === 'string' ? (names.delegates.get(id) ?? null) : null;
}

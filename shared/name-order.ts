/**
 * Vietnamese name order for a whole list at once: given name (the last word), then the middle
 * names, then the family name, in vi collation; then the full name and the id, so it is total.
 * The collator runs once per distinct name part, not once per comparison: at 10,000 names that
 * is the difference between a few milliseconds and a few hundred.
 */
import { compareVi, splitNameParts } from './text';
import { fastClean, fastTones } from './text-fast';

export type NameKey = readonly [given: string, middle: string, family: string];

/** The parts compared; Hoà and Hòa are one spelling for ordering purposes. */
export const nameKeyOf = (fullName: string): NameKey => splitNameParts(fastTones(fastClean(fullName), 'old'));

/** Unique values sorted with the vi collator, as integers: sorting then compares numbers. */
export function ordinals(values: Iterable<string>): Map<string, number> {
  const unique = [...new Set(values)].sort(compareVi);
  return new Map(unique.map((v, i) => [v, i]));
}

/** Each item's place (0-based) in name order. */
export function nameOrder(items: readonly { id: string; fullName: string; nameKey: NameKey }[]): number[] {
  const parts = [0, 1, 2].map((i) => ordinals(items.map((e) => e.nameKey[i]!)));
  const keys = items.map((e) => parts.map((p, i) => p.get(e.nameKey[i]!)!));
  const order = items.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    const da = items[a]!;
    const db = items[b]!;
    return compareVi(da.fullName, db.fullName) || (da.id < db.id ? -1 : da.id > db.id ? 1 : 0);
  });
  const at = new Array<number>(items.length);
  order.forEach((item, i) => {
    at[item] = i;
  });
  return at;
}

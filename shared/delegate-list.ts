/**
 * The delegate list's pure logic: a search index built once per list load, filtering as the
 * organizer types, and the two orders (precedence, name). No DOM, no React: the renderer uses it
 * and the tests call it directly, and it has to stay fast at 10,000 delegates.
 */
import { compareVi, foldForSearch, nameSortParts, normalizeTones } from './text';

/** What the list needs of a delegate; the contract's Delegate has all of it. */
export interface ListableDelegate {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  phone: string | null;
  precedenceRank: number | null;
}

export interface IndexEntry<D extends ListableDelegate = ListableDelegate> {
  delegate: D;
  /** Folded name, title, organization and phone (also as bare digits), one field per line. */
  haystack: string;
  /** Given name, middle, family: compared part by part with the vi collator. */
  nameKey: readonly [string, string, string];
}

export type SortMode = 'precedence' | 'name';

const digitsOnly = (s: string) => s.replace(/\D/g, '');

function entryOf<D extends ListableDelegate>(d: D): IndexEntry<D> {
  const fields = [d.fullName, d.title ?? '', d.organization ?? ''].map(foldForSearch);
  if (d.phone) fields.push(foldForSearch(d.phone), digitsOnly(d.phone));
  // Hoà and Hòa are one spelling for ordering purposes; without this they would not sort together.
  const nameKey = nameSortParts(normalizeTones(d.fullName, 'old'));
  return { delegate: d, haystack: fields.join('\n'), nameKey };
}

/**
 * Folds every delegate once. Pass the previous index to reuse the entries of unchanged delegates
 * (same object), so saving one delegate does not refold ten thousand.
 */
export function buildIndex<D extends ListableDelegate>(
  delegates: readonly D[],
  previous?: readonly IndexEntry<D>[],
): IndexEntry<D>[] {
  const reuse = new Map<D, IndexEntry<D>>();
  for (const e of previous ?? []) reuse.set(e.delegate, e);
  return delegates.map((d) => reuse.get(d) ?? entryOf(d));
}

/** The query as search tokens: folded, split on spaces; a phone-like token keeps only digits. */
export function queryTokens(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .map((t) => (/\d/.test(t) && /^[\d.()+-]+$/.test(t) ? digitsOnly(t) : t))
    .filter(Boolean);
}

/**
 * Keeps the entries whose fields contain every word of the query, ignoring case and diacritics
 * ("dang thi thuy" finds "Đặng Thị Thủy"). Keeps the input order, so sort once and filter per key.
 */
export function filterEntries<D extends ListableDelegate>(entries: readonly IndexEntry<D>[], query: string): IndexEntry<D>[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return entries.slice();
  return entries.filter((e) => tokens.every((t) => e.haystack.includes(t)));
}

/** Vietnamese name order: given name, then middle names, then family name. */
export function compareByName(a: IndexEntry, b: IndexEntry): number {
  for (let i = 0; i < 3; i++) {
    const c = compareVi(a.nameKey[i]!, b.nameKey[i]!);
    if (c !== 0) return c;
  }
  return compareVi(a.delegate.fullName, b.delegate.fullName) || (a.delegate.id < b.delegate.id ? -1 : a.delegate.id > b.delegate.id ? 1 : 0);
}

/** Precedence: lower rank first, every ranked delegate before the unranked, ties by name. */
export function compareByPrecedence(a: IndexEntry, b: IndexEntry): number {
  const ra = a.delegate.precedenceRank;
  const rb = b.delegate.precedenceRank;
  if (ra !== rb) {
    if (ra === null) return 1;
    if (rb === null) return -1;
    return ra - rb;
  }
  return compareByName(a, b);
}

export function sortEntries<D extends ListableDelegate>(entries: readonly IndexEntry<D>[], mode: SortMode): IndexEntry<D>[] {
  return entries.slice().sort(mode === 'name' ? compareByName : compareByPrecedence);
}

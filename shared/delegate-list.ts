/**
 * The delegate list's pure logic: a search index built once per list load, the orders (precedence
 * as the main process gives it, Vietnamese name order, any column), the filters and the search as
 * the organizer types. No DOM, no React: the renderer uses it and the tests call it directly, and
 * it has to stay fast at 10,000 delegates (a keystroke well under 10 ms).
 */
import { nameKeyOf, nameOrder, ordinals } from './name-order';
import { foldForSearch } from './text';
import { phoneSearchDigits } from './phone';

/** What the list needs of a delegate; the contract's Delegate has all of it. */
export interface ListableDelegate {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  phone: string | null;
  appointmentDate?: string | null;
  birthDate?: string | null;
}

/** What the filters need on top. */
export interface FilterableDelegate extends ListableDelegate {
  categoryId: string;
  status: string;
  bridgePointId: string | null;
}

export interface IndexEntry<D extends ListableDelegate = ListableDelegate> {
  delegate: D;
  /** Folded name, title, organization and phone (also as bare digits), split by a control character. */
  haystack: string;
  /** Given name, middle, family: compared part by part with the vi collator. */
  nameKey: readonly [string, string, string];
  /** Position in Vietnamese name order over the whole list; every order breaks its ties on it. */
  nameOrder: number;
}

export type SortMode = 'precedence' | 'name';
export type SortDir = 'asc' | 'desc';

const digitsOnly = (s: string) => s.replace(/\D/g, '');

// Between fields: not a space (folding collapses those) and never part of a search word.
const SEP = '\u0001';

function fold(d: ListableDelegate): Pick<IndexEntry, 'haystack' | 'nameKey'> {
  // One fold for all the fields: the Unicode work is the cost of indexing.
  let haystack = foldForSearch(`${d.fullName}${SEP}${d.title ?? ''}${SEP}${d.organization ?? ''}${SEP}${d.phone ?? ''}`);
  // The phone also as bare digits, and a Vietnamese one with 84 for its 0: any way it is typed finds it.
  if (d.phone) for (const digits of phoneSearchDigits(d.phone)) haystack += SEP + digits;
  // Hoà and Hòa are one spelling for ordering purposes; without this they would not sort together.
  const nameKey = nameKeyOf(d.fullName);
  return { haystack, nameKey };
}

/** Gives every entry its place in name order (given name, middle, family; then full name, id). */
function assignNameOrder(entries: IndexEntry[]): void {
  const at = nameOrder(entries.map((e) => ({ id: e.delegate.id, fullName: e.delegate.fullName, nameKey: e.nameKey })));
  entries.forEach((e, i) => {
    e.nameOrder = at[i]!;
  });
}

/**
 * Indexes the list: folds every delegate once (pass the previous index to reuse the folding of
 * unchanged delegates, the same object, so saving one delegate does not refold ten thousand),
 * and works out the name order. The order of precedence is not the index's: it comes from the
 * main process (`precedence.order`) and is passed to sortEntries.
 */
export function buildIndex<D extends ListableDelegate>(delegates: readonly D[], previous?: readonly IndexEntry<D>[]): IndexEntry<D>[] {
  const reuse = new Map<D, IndexEntry<D>>();
  for (const e of previous ?? []) reuse.set(e.delegate, e);
  const entries = delegates.map((d): IndexEntry<D> => {
    const folded = reuse.get(d) ?? fold(d);
    return { delegate: d, haystack: folded.haystack, nameKey: folded.nameKey, nameOrder: 0 };
  });
  assignNameOrder(entries);
  return entries;
}

// One group of a phone number as typed in a query: "+84", "(024)", "993", "0993.393.969".
const PHONE_GROUP = /^[+(]*\d[\d.()+-]*$/;
/** Groups typed apart ("+84 993 393 969") are one number once they hold this many digits. */
const PHONE_RUN_DIGITS = 7;

/**
 * The query as search tokens: folded, split on spaces; a phone-like token keeps only digits, and
 * a phone typed in groups becomes one token of all its digits ("0084…" as "84…", "+84 (0)…" as "84…").
 */
export function queryTokens(query: string): string[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!PHONE_GROUP.test(w)) {
      out.push(w);
      continue;
    }
    let j = i + 1;
    while (j < words.length && PHONE_GROUP.test(words[j]!)) j++;
    const groups = words.slice(i, j).map(digitsOnly);
    let joined = groups.join('');
    if (joined.length >= PHONE_RUN_DIGITS) {
      if (joined.startsWith('00')) joined = joined.slice(2);
      if (joined.startsWith('840')) joined = `84${joined.slice(3)}`;
      out.push(joined);
      i = j - 1;
    } else if (groups[0]) out.push(groups[0]);
  }
  return out;
}

function matchTokens<E extends IndexEntry>(entries: readonly E[], tokens: readonly string[]): E[] {
  if (tokens.length === 0) return entries.slice();
  if (tokens.length === 1) {
    const t = tokens[0]!;
    return entries.filter((e) => e.haystack.includes(t));
  }
  return entries.filter((e) => tokens.every((t) => e.haystack.includes(t)));
}

/**
 * Keeps the entries whose fields contain every word of the query, ignoring case and diacritics
 * ("dang thi thuy" finds "Đặng Thị Thủy"). Keeps the input order, so sort once and filter per key.
 */
export function filterEntries<E extends IndexEntry>(entries: readonly E[], query: string): E[] {
  return matchTokens(entries, queryTokens(query));
}

/**
 * A search over a fixed, already ordered list, for typing: when the new query only narrows the
 * last one (every earlier word is inside a word of the new one) it filters the last result, not
 * the whole list, so each further letter costs less than the one before.
 */
export function createSearch<E extends IndexEntry>(entries: readonly E[]): (query: string) => E[] {
  let lastTokens: string[] = [];
  let lastResult: readonly E[] = entries;
  return (query) => {
    const tokens = queryTokens(query);
    const narrows = lastTokens.length > 0 && lastTokens.every((old) => tokens.some((t) => t.includes(old)));
    const result = matchTokens(narrows ? lastResult : entries, tokens);
    lastTokens = tokens;
    lastResult = result;
    return result;
  };
}

/** Vietnamese name order: given name, then middle names, then family name (then full name, id). */
function compareByName(a: IndexEntry, b: IndexEntry): number {
  return a.nameOrder - b.nameOrder;
}

/** A delegate's place in the order of precedence (1-based), as `precedence.order` answered. */
export type Positions = ReadonlyMap<string, number>;

/**
 * Precedence (by the positions of `precedence.order`) or name order; 'desc' turns the order round.
 * Delegates out of the order (declined, unranked categories) stay last, in name order.
 */
export function sortEntries<E extends IndexEntry>(entries: readonly E[], mode: SortMode, dir: SortDir = 'asc', positions: Positions = new Map()): E[] {
  const sign = dir === 'asc' ? 1 : -1;
  if (mode === 'name') return entries.slice().sort((a, b) => sign * compareByName(a, b));
  return sortEntriesBy(entries, (e) => positions.get(e.delegate.id) ?? null, dir, true);
}

export type SortValue = string | number | null;

/**
 * Sorts by one value per delegate (a column): text in Vietnamese collation unless `plain` (ISO
 * dates, digits), numbers numerically. Empty values go last whichever the direction; ties keep
 * name order. The collator runs once per distinct value, not per comparison.
 */
export function sortEntriesBy<E extends IndexEntry>(entries: readonly E[], valueOf: (e: E) => SortValue, dir: SortDir = 'asc', plain = false): E[] {
  const values = entries.map(valueOf);
  const texts = values.filter((v): v is string => typeof v === 'string' && v !== '');
  const ord = plain ? null : ordinals(texts);
  const keys = values.map((v) => (v === null || v === '' ? null : typeof v === 'number' ? v : ord ? ord.get(v)! : v));
  const sign = dir === 'asc' ? 1 : -1;
  const order = entries.map((_, i) => i);
  order.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    if (a !== b) {
      if (a === null) return 1;
      if (b === null) return -1;
      return sign * (a < b ? -1 : 1);
    }
    return entries[i]!.nameOrder - entries[j]!.nameOrder;
  });
  return order.map((i) => entries[i]!);
}

/** The four things the list filters on. */
export type Facet = 'category' | 'organization' | 'bridgePoint' | 'status';
export const FACETS: readonly Facet[] = ['category', 'organization', 'bridgePoint', 'status'];

/** The value standing for "none" (no organization, no bridge point). */
export const NONE = '';

/** Each facet's chosen values; an empty or missing set means "any". */
export type ListFilters = Partial<Record<Facet, ReadonlySet<string>>>;

function facetValue(d: FilterableDelegate, facet: Facet): string {
  switch (facet) {
    case 'category':
      return d.categoryId;
    case 'organization':
      return d.organization ?? NONE;
    case 'bridgePoint':
      return d.bridgePointId ?? NONE;
    case 'status':
      return d.status;
  }
}

const activeFacets = (filters: ListFilters, except?: Facet) =>
  FACETS.filter((f) => f !== except && (filters[f]?.size ?? 0) > 0).map((f) => [f, filters[f]!] as const);

export const hasFilters = (filters: ListFilters): boolean => activeFacets(filters).length > 0;

/** Keeps the entries that match every facet with a choice (any of the values chosen in each). */
export function applyFilters<E extends IndexEntry<FilterableDelegate>>(entries: readonly E[], filters: ListFilters, except?: Facet): E[] {
  const active = activeFacets(filters, except);
  if (active.length === 0) return entries.slice();
  return entries.filter((e) => active.every(([f, set]) => set.has(facetValue(e.delegate, f))));
}

/**
 * How many entries each value of a facet would show, given the search and the OTHER facets'
 * choices: what the organizer will get by ticking it.
 */
export function facetCounts<E extends IndexEntry<FilterableDelegate>>(entries: readonly E[], filters: ListFilters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of applyFilters(entries, filters, facet)) {
    const v = facetValue(e.delegate, facet);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** Whether every word of the query is in the text, ignoring case and diacritics (short pick lists). */
export function foldedIncludes(text: string, query: string): boolean {
  const hay = foldForSearch(text);
  return queryTokens(query).every((t) => hay.includes(t));
}

/**
 * The delegate list's pure logic: a search index built once per list load, the orders (precedence
 * with the event's title rules, Vietnamese name order, any column), the filters and the search as
 * the organizer types. No DOM, no React: the renderer uses it and the tests call it directly, and
 * it has to stay fast at 10,000 delegates (a keystroke well under 10 ms).
 */
import { compileRules, matchRule, type TitleRule } from './precedence';
import { compareVi, foldForSearch, splitNameParts } from './text';
import { fastClean, fastTones } from './text-fast';

/** What the list needs of a delegate; the contract's Delegate has all of it. */
export interface ListableDelegate {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  phone: string | null;
  /** Set by hand; wins over the title rules. */
  precedenceRank: number | null;
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
  /** The effective rank: set by hand, else from the first matching title rule; null = not ranked. */
  rank: number | null;
  /** The title rule the rank comes from; null when set by hand or not ranked. */
  rule: TitleRule | null;
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
  if (d.phone) haystack += SEP + digitsOnly(d.phone);
  // Hoà and Hòa are one spelling for ordering purposes; without this they would not sort together.
  const nameKey = splitNameParts(fastTones(fastClean(d.fullName), 'old'));
  return { haystack, nameKey };
}

/** Matches titles against the event's rules, each distinct title once (titles repeat a lot). */
export interface Ranker {
  ruleFor(title: string | null): TitleRule | null;
}

export function createRanker(rules: readonly TitleRule[]): Ranker {
  const compiled = compileRules(rules);
  const cache = new Map<string, TitleRule | null>();
  return {
    ruleFor(title) {
      if (!title) return null;
      let rule = cache.get(title);
      if (rule === undefined) {
        rule = matchRule(title, compiled);
        cache.set(title, rule);
      }
      return rule;
    },
  };
}

const NO_RULES: Ranker = { ruleFor: () => null };

/** Unique values sorted with the vi collator, as integers: sorting then compares numbers. */
function ordinals(values: Iterable<string>): Map<string, number> {
  const unique = [...new Set(values)].sort(compareVi);
  return new Map(unique.map((v, i) => [v, i]));
}

/** Gives every entry its place in name order (given name, middle, family; then full name, id). */
function assignNameOrder(entries: IndexEntry[]): void {
  const parts = [0, 1, 2].map((i) => ordinals(entries.map((e) => e.nameKey[i]!)));
  const keys = entries.map((e) => parts.map((p, i) => p.get(e.nameKey[i]!)!));
  const order = entries.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    const da = entries[a]!.delegate;
    const db = entries[b]!.delegate;
    return compareVi(da.fullName, db.fullName) || (da.id < db.id ? -1 : da.id > db.id ? 1 : 0);
  });
  order.forEach((at, i) => {
    entries[at]!.nameOrder = i;
  });
}

/**
 * Indexes the list: folds every delegate once (pass the previous index to reuse the folding of
 * unchanged delegates, the same object, so saving one delegate does not refold ten thousand),
 * works out each effective rank with the ranker, and the name order.
 */
export function buildIndex<D extends ListableDelegate>(
  delegates: readonly D[],
  previous?: readonly IndexEntry<D>[],
  ranker: Ranker = NO_RULES,
): IndexEntry<D>[] {
  const reuse = new Map<D, IndexEntry<D>>();
  for (const e of previous ?? []) reuse.set(e.delegate, e);
  const entries = delegates.map((d): IndexEntry<D> => {
    const folded = reuse.get(d) ?? fold(d);
    const rule = d.precedenceRank === null ? ranker.ruleFor(d.title) : null;
    return { delegate: d, haystack: folded.haystack, nameKey: folded.nameKey, rank: d.precedenceRank ?? rule?.rank ?? null, rule, nameOrder: 0 };
  });
  assignNameOrder(entries);
  return entries;
}

/** The query as search tokens: folded, split on spaces; a phone-like token keeps only digits. */
export function queryTokens(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .map((t) => (/\d/.test(t) && /^[\d.()+-]+$/.test(t) ? digitsOnly(t) : t))
    .filter(Boolean);
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

/** Earlier date first; unknown dates after known ones. */
const compareDates = (a: string | null | undefined, b: string | null | undefined) =>
  a === b ? 0 : a == null ? 1 : b == null ? -1 : a < b ? -1 : 1;

/** Vietnamese name order: given name, then middle names, then family name (then full name, id). */
export function compareByName(a: IndexEntry, b: IndexEntry): number {
  return a.nameOrder - b.nameOrder;
}

/**
 * Precedence: lower effective rank first, every ranked delegate before the unranked; ties go to
 * who took the post earlier, then to the older, then to name order.
 */
export function compareByPrecedence(a: IndexEntry, b: IndexEntry): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return (
    compareDates(a.delegate.appointmentDate, b.delegate.appointmentDate) ||
    compareDates(a.delegate.birthDate, b.delegate.birthDate) ||
    a.nameOrder - b.nameOrder
  );
}

/** Precedence or name order; 'desc' turns the order round (the unranked stay last). */
export function sortEntries<E extends IndexEntry>(entries: readonly E[], mode: SortMode, dir: SortDir = 'asc'): E[] {
  const sign = dir === 'asc' ? 1 : -1;
  if (mode === 'name') return entries.slice().sort((a, b) => sign * compareByName(a, b));
  if (dir === 'asc') return entries.slice().sort(compareByPrecedence);
  return entries.slice().sort((a, b) => (a.rank === null) !== (b.rank === null) ? (a.rank === null ? 1 : -1) : -compareByPrecedence(a, b));
}

export type SortValue = string | number | null;

/**
 * Sorts by one value per delegate (a column): text in Vietnamese collation unless `plain` (ISO
 * dates, digits), numbers numerically. Empty values go last whichever the direction; ties keep
 * name order. The collator runs once per distinct value, not per comparison.
 */
export function sortEntriesBy<E extends IndexEntry>(
  entries: readonly E[],
  valueOf: (e: E) => SortValue,
  dir: SortDir = 'asc',
  plain = false,
): E[] {
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

export function facetValue(d: FilterableDelegate, facet: Facet): string {
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

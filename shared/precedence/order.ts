/**
 * The order of precedence of an event: who counts, each one's level and why, and one comparator.
 * Everything that orders people by precedence (the list, the precedence view, the export,
 * seating, introductions, awards) gets its order from buildOrder, through `precedence.order`.
 */
import { nameKeyOf, nameOrder } from '../name-order';
import { foldPost, splitTitle, VARIANT_ORDER, type PostVariant } from './posts';
import { orgMatcher, type OrgMatcher } from './org-pattern';
import { createLeveller, type FormerPosts, type PrecedenceRule } from './rules';

export interface PrecedencePerson {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  categoryId: string;
  status: string;
  /** A level set by hand (a move across levels, the form): wins over the rules. */
  precedenceLevel: number | null;
  /** Whom the hand level was made equal to ("ngang hàng với …"), as shown then. */
  precedenceLevelOf: string | null;
  /** The organizer's order inside the level; lower first. */
  precedenceOrder: number | null;
  /** The level that order was set in; null: any (an imported list's order). */
  precedenceOrderLevel: number | null;
  appointmentDate: string | null;
  birthDate: string | null;
}

export interface OrderSettings {
  rules: readonly PrecedenceRule[];
  formerPosts: FormerPosts;
  /** The event's host organizations: at the same level their people come after the guests. */
  hosts: readonly string[];
  /** Categories out of the order (reporters, service staff by default). */
  unrankedCategoryIds: ReadonlySet<string>;
  /** Invited guests (khách mời) are never hosts, whatever their organization. */
  guestCategoryIds: ReadonlySet<string>;
}

export type OrderReason =
  | { kind: 'rule'; ruleId: string; rulePost: string; orgPattern: string | null; post: string }
  | { kind: 'hand'; of: string | null; ruleLevel: number | null }
  | { kind: 'none' };

export interface OrderEntry {
  id: string;
  /** 1-based place in the order. */
  position: number;
  /** null: no rule matched and none was set by hand; such delegates come last, flagged. */
  level: number | null;
  variant: PostVariant;
  host: boolean;
  /** The organizer's order inside the level, when set. */
  handOrder: number | null;
  reason: OrderReason;
}

export interface ExcludedEntry {
  id: string;
  why: 'declined' | 'category';
}

export interface UnmatchedTitle {
  /** The title as stored ('' for delegates without one). */
  title: string;
  /** Its first post: what a new rule for it would name. */
  post: string;
  ids: string[];
}

export interface PrecedenceOrder {
  entries: OrderEntry[];
  excluded: ExcludedEntry[];
  unmatched: UnmatchedTitle[];
}

/** What the comparator looks at. */
export interface Ranked {
  id: string;
  level: number | null;
  handOrder: number | null;
  variant: PostVariant;
  host: boolean;
  appointmentDate: string | null;
  birthDate: string | null;
  /** Place in Vietnamese name order: the last tie-break. */
  nameOrder: number;
}

/** Earlier date first; unknown dates after known ones. A bare birth year sorts before that year's dates. */
const compareDates = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
const compareNullable = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

/**
 * The one precedence comparator: level (none last); the organizer's order inside the level;
 * holders, then acting, then former holders; guests before hosts; who took the post earlier; the
 * older; then name order.
 */
export function comparePrecedence(a: Ranked, b: Ranked): number {
  return (
    compareNullable(a.level, b.level) ||
    compareNullable(a.handOrder, b.handOrder) ||
    VARIANT_ORDER[a.variant] - VARIANT_ORDER[b.variant] ||
    Number(a.host) - Number(b.host) ||
    compareDates(a.appointmentDate, b.appointmentDate) ||
    compareDates(a.birthDate, b.birthDate) ||
    a.nameOrder - b.nameOrder
  );
}

/**
 * Whether a delegate belongs to one of the hosts: its organization (or, without one, its title)
 * names a host, as whole words; a host written with * or | is a pattern, as in the rules
 * ("Vụ *" for every department of the host ministry).
 */
function hostMatcher(hosts: readonly string[]): (p: Pick<PrecedencePerson, 'organization' | 'title'>) => boolean {
  const tests = hosts
    // A plain name is found anywhere in the organization, as whole words.
    .map((h): OrgMatcher | null => orgMatcher(/[*|!]/.test(h) ? h : `*${h}*`))
    .filter((m): m is OrgMatcher => m !== null);
  if (tests.length === 0) return () => false;
  // Lists repeat a few hundred organizations thousands of times: each is folded and tested once.
  const seen = new Map<string, boolean>();
  return (p) => {
    const raw = p.organization ?? p.title ?? '';
    let host = seen.get(raw);
    if (host === undefined) {
      const text = foldPost(raw);
      host = tests.some((re) => re.test(text));
      seen.set(raw, host);
    }
    return host;
  };
}

interface Working extends Ranked {
  reason: OrderReason;
}

/** Everyone counted, levelled and ready to sort (not yet sorted), and who is out. */
export function rankPeople(people: readonly PrecedencePerson[], settings: OrderSettings): { ranked: Working[]; excluded: ExcludedEntry[] } {
  const leveller = createLeveller(settings.rules, settings.formerPosts);
  const isHost = hostMatcher(settings.hosts);
  const excluded: ExcludedEntry[] = [];
  const counted: PrecedencePerson[] = [];
  for (const p of people) {
    if (p.status === 'declined') excluded.push({ id: p.id, why: 'declined' });
    else if (settings.unrankedCategoryIds.has(p.categoryId)) excluded.push({ id: p.id, why: 'category' });
    else counted.push(p);
  }
  const names = nameOrder(counted.map((p) => ({ id: p.id, fullName: p.fullName, nameKey: nameKeyOf(p.fullName) })));
  const ranked = counted.map((p, i): Working => {
    const m = leveller(p.title, p.organization);
    const hand = p.precedenceLevel !== null;
    const reason: OrderReason = hand
      ? { kind: 'hand', of: p.precedenceLevelOf, ruleLevel: m?.level ?? null }
      : m
        ? { kind: 'rule', ruleId: m.rule.id, rulePost: m.rule.post, orgPattern: m.rule.orgPattern, post: m.post }
        : { kind: 'none' };
    const level = hand ? p.precedenceLevel : (m?.level ?? null);
    return {
      id: p.id,
      level,
      // A key set in another level (before a title or a rule changed) is not this level's order.
      handOrder: p.precedenceOrderLevel === null || p.precedenceOrderLevel === level ? p.precedenceOrder : null,
      variant: hand ? 'holder' : (m?.variant ?? 'holder'),
      host: !settings.guestCategoryIds.has(p.categoryId) && isHost(p),
      appointmentDate: p.appointmentDate,
      birthDate: p.birthDate,
      nameOrder: names[i]!,
      reason,
    };
  });
  return { ranked, excluded };
}

/** The event's order: counted delegates in order, who is out and why, and the titles no rule knows. */
export function buildOrder(people: readonly PrecedencePerson[], settings: OrderSettings): PrecedenceOrder {
  const { ranked, excluded } = rankPeople(people, settings);
  ranked.sort(comparePrecedence);
  const entries = ranked.map((r, i): OrderEntry => ({
    id: r.id,
    position: i + 1,
    level: r.level,
    variant: r.variant,
    host: r.host,
    handOrder: r.handOrder,
    reason: r.reason,
  }));
  const byId = new Map(people.map((p) => [p.id, p]));
  const unmatched = new Map<string, UnmatchedTitle>();
  for (const e of entries) {
    if (e.level !== null) continue;
    const title = byId.get(e.id)!.title ?? '';
    let u = unmatched.get(title);
    if (!u) {
      u = { title, post: splitTitle(title)[0] ?? '', ids: [] };
      unmatched.set(title, u);
    }
    u.ids.push(e.id);
  }
  return { entries, excluded, unmatched: [...unmatched.values()].sort((a, b) => b.ids.length - a.ids.length || (a.title < b.title ? -1 : 1)) };
}

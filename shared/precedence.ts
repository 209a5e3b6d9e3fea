/**
 * Order of precedence (thứ tự lễ tân): title rules give a rank, a hand-set rank overrides it,
 * ties go to who took the post earlier, then to the older. Lower rank = more senior.
 */
import { compareVietnameseNames, foldForSearch } from './text';

export interface TitleRule {
  id: string;
  pattern: string;
  rank: number;
}

export interface RankedPerson {
  id: string;
  fullName: string;
  title: string | null;
  /** Set by hand; wins over the rules. */
  precedenceRank: number | null;
  appointmentDate: string | null;
  birthDate: string | null;
}

// A deputy ("Phó …") or a former holder ("nguyên …") of a post does not hold the post itself.
const QUALIFIERS = ['pho', 'nguyen'];

export interface CompiledRule {
  rule: TitleRule;
  re: RegExp;
  qualified: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the rules once per list; matching is then one regex per rule per title. */
export function compileRules(rules: readonly TitleRule[]): CompiledRule[] {
  return rules
    .map((rule) => {
      const folded = foldForSearch(rule.pattern);
      return {
        rule,
        // Whole words only, so "Vụ trưởng" does not match inside "Phó Vụ trưởng…" by accident of letters.
        re: new RegExp(`(^|[^a-z0-9])${escape(folded)}(?=$|[^a-z0-9])`, 'g'),
        qualified: QUALIFIERS.some((q) => folded.startsWith(`${q} `)),
      };
    })
    .filter((c) => c.re.source.length > 0 && foldForSearch(c.rule.pattern).length > 0);
}

/** The first rule (in the table's order) whose phrase appears in the title as a post actually held. */
export function matchRule(title: string | null, compiled: readonly CompiledRule[]): TitleRule | null {
  if (!title) return null;
  const folded = foldForSearch(title);
  for (const c of compiled) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(folded); m; m = c.re.exec(folded)) {
      const start = m.index + m[1]!.length;
      const before = folded.slice(0, start).trimEnd();
      const held = c.qualified || !QUALIFIERS.some((q) => before === q || before.endsWith(` ${q}`) || before.endsWith(`,${q}`));
      if (held) return c.rule;
    }
  }
  return null;
}

export function effectiveRank(p: Pick<RankedPerson, 'precedenceRank' | 'title'>, compiled: readonly CompiledRule[]): number | null {
  return p.precedenceRank ?? matchRule(p.title, compiled)?.rank ?? null;
}

/** Earlier date first; unknown dates after known ones. */
const compareDates = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * Precedence order: rank (unranked last), then appointment date (earlier first), then birth date
 * (older first), then Vietnamese name order so the result is total and stable.
 */
export function comparePrecedence(a: RankedPerson & { rank: number | null }, b: RankedPerson & { rank: number | null }): number {
  if (a.rank !== b.rank) return a.rank === null ? 1 : b.rank === null ? -1 : a.rank - b.rank;
  return compareDates(a.appointmentDate, b.appointmentDate) || compareDates(a.birthDate, b.birthDate) || compareVietnameseNames(a.fullName, b.fullName);
}

export function orderByPrecedence<T extends RankedPerson>(people: readonly T[], rules: readonly TitleRule[]): (T & { rank: number | null })[] {
  const compiled = compileRules(rules);
  return people.map((p) => ({ ...p, rank: effectiveRank(p, compiled) })).sort(comparePrecedence);
}

export const RANK_STEP = 10;

/**
 * The hand-set ranks to write when the organizer drags the item at `from` to `to` in an ordered
 * list. Prefers one write (a rank strictly between the new neighbours); when there is no room,
 * renumbers the whole list in steps of RANK_STEP, keeping the new order.
 */
export function ranksAfterMove(ordered: readonly { id: string; rank: number | null }[], from: number, to: number): { id: string; rank: number }[] {
  if (from === to || from < 0 || to < 0 || from >= ordered.length || to >= ordered.length) return [];
  const list = [...ordered];
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved!);
  const prev = list[to - 1]?.rank ?? null;
  const next = list[to + 1]?.rank ?? null;
  const lo = to === 0 ? 0 : prev;
  const hi = to === list.length - 1 ? (prev ?? 0) + 2 * RANK_STEP : next;
  if (lo !== null && hi !== null && hi - lo >= 2) return [{ id: moved!.id, rank: Math.floor((lo + hi) / 2) }];
  return list.map((p, i) => ({ id: p.id, rank: (i + 1) * RANK_STEP }));
}

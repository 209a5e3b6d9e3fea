import type { TitleRuleRecord } from '../../../shared/contract/precedence';
import { compileRules, matchRule, type TitleRule } from '../../../shared/precedence';
import { cleanText } from '../../../shared/text';

/** A rule as edited: text in the inputs, a key that survives reordering. */
export interface DraftRule {
  key: string;
  pattern: string;
  rank: string;
}

let seq = 0;
export const newKey = () => `new-${++seq}`;

export const draftOf = (rules: readonly TitleRuleRecord[]): DraftRule[] => rules.map((r) => ({ key: r.id, pattern: r.pattern, rank: String(r.rank) }));

export const rankOk = (s: string) => /^\d+$/.test(s.trim()) && Number(s) >= 1 && Number(s) <= 100_000;
export const patternOk = (s: string) => cleanText(s) !== '';

export function sameAsSaved(draft: readonly DraftRule[], rules: readonly TitleRuleRecord[]): boolean {
  return draft.length === rules.length && draft.every((d, i) => cleanText(d.pattern) === rules[i]!.pattern && d.rank.trim() === String(rules[i]!.rank));
}

/**
 * How many delegates' titles each rule is the first match for, with the draft as it stands:
 * what the rule would decide if saved. Titles repeat, so each distinct title is matched once.
 */
export function matchCounts(draft: readonly DraftRule[], titles: readonly (string | null)[]): Map<string, number> {
  const rules: TitleRule[] = draft.filter((d) => patternOk(d.pattern) && rankOk(d.rank)).map((d) => ({ id: d.key, pattern: d.pattern, rank: Number(d.rank) }));
  const compiled = compileRules(rules);
  const perTitle = new Map<string, string | null>();
  const counts = new Map<string, number>();
  for (const t of titles) {
    if (!t) continue;
    let key = perTitle.get(t);
    if (key === undefined) {
      key = matchRule(t, compiled)?.id ?? null;
      perTitle.set(t, key);
    }
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

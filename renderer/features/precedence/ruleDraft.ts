import type { PrecedenceRuleRecord } from '../../../shared/contract/precedence';
import { createLeveller, type FormerPosts, type PrecedenceRule } from '../../../shared/precedence/rules';
import { cleanText } from '../../../shared/text';

/** A rule as edited: text in the inputs, a key that survives edits. */
export interface DraftRule {
  key: string;
  post: string;
  org: string;
  level: string;
}

let seq = 0;
export const newKey = () => `new-${++seq}`;

export const draftOf = (rules: readonly PrecedenceRuleRecord[]): DraftRule[] =>
  rules.map((r) => ({ key: r.id, post: r.post, org: r.orgPattern ?? '', level: String(r.level) }));

export const levelOk = (s: string) => /^\d{1,4}$/.test(s.trim()) && Number(s) >= 1;
export const postOk = (s: string) => cleanText(s) !== '';

export const toRuleInput = (d: DraftRule) => ({ post: d.post, orgPattern: d.org.trim() || null, level: Number(d.level) });

export function sameAsSaved(draft: readonly DraftRule[], rules: readonly PrecedenceRuleRecord[]): boolean {
  return (
    draft.length === rules.length &&
    draft.every((d, i) => {
      const r = rules[i]!;
      return cleanText(d.post) === r.post && (d.org.trim() || null) === r.orgPattern && d.level.trim() === String(r.level);
    })
  );
}

/**
 * How many delegates each rule gives their level to, with the draft as it stands: what the rule
 * would decide if saved. Each distinct title and organization is matched once.
 */
export function matchCounts(
  draft: readonly DraftRule[],
  people: readonly { title: string | null; organization: string | null }[],
  former: FormerPosts,
): Map<string, number> {
  const rules: PrecedenceRule[] = draft.filter((d) => postOk(d.post) && levelOk(d.level)).map((d) => ({ id: d.key, ...toRuleInput(d) }));
  const leveller = createLeveller(rules, former);
  const counts = new Map<string, number>();
  for (const p of people) {
    const key = leveller(p.title, p.organization)?.rule.id;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

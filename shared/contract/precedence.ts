import { z } from 'zod';
import { id, requiredText } from '../fields';
import { MAX_LEVEL, MIN_LEVEL } from '../precedence/catalogue';
import { orgPatternOk } from '../precedence/org-pattern';
import { foldPost, splitTitle } from '../precedence/posts';
import type { PrecedenceOrder } from '../precedence/order';
import type { FormerPosts, PrecedenceRule } from '../precedence/rules';
import { command, query, returns } from './define';
import type { Category } from './delegates';
import type { EventRecord } from './events';

export interface PrecedenceRuleRecord extends PrecedenceRule {
  eventId: string;
}

const FORMER_POSTS = ['after-holders', 'current-only'] as const satisfies readonly FormerPosts[];

const level = z.number().int().min(MIN_LEVEL).max(MAX_LEVEL);
const orgPattern = z
  .string()
  .max(1200)
  .transform((s) => s.trim())
  .pipe(z.string().max(300).refine(orgPatternOk, { error: 'orgPattern' }))
  .nullish()
  .transform((s) => (s ? s : null));
// One post a rule: a comma or "kiêm" would make it two, and a post of punctuation alone matches nothing.
const post = requiredText(300).refine((p) => foldPost(p) !== '' && splitTitle(p).length === 1, { error: 'post' });
const ruleInput = z.strictObject({ post, orgPattern, level });
const MAX_RULES = 2000;

/** What a reset puts back: one delegate's hand level, one level's hand order, or every hand change. */
const resetScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), delegateId: id }),
  z.strictObject({ kind: z.literal('order'), level }),
  z.strictObject({ kind: z.literal('all') }),
]);

export const precedenceContract = {
  /**
   * The event's order of precedence: every counted delegate in order with its level and why, the
   * delegates left out (declined, unranked categories), the titles no rule knows. The one order
   * that the list, the precedence view, the export, seating, introductions and awards follow.
   */
  'precedence.order': query(z.strictObject({ eventId: id }), returns<PrecedenceOrder>()),
  /**
   * Moves one delegate to the place of `overId` (the row it was dropped on, or the neighbour an
   * up/down button passes): named, not numbered, so a list drawn from an older order cannot drop
   * it beside someone else. Inside its level only that level's order changes; across levels only
   * this delegate's level does ("ngang hàng với …").
   */
  'precedence.move': command(z.strictObject({ eventId: id, delegateId: id, overId: id }), returns<PrecedenceOrder>()),
  'precedence.reset': command(z.strictObject({ eventId: id, scope: resetScope }), returns<PrecedenceOrder>()),
  /** Who hosts (guests come first at the same level), how former posts rank, which categories are out. */
  'precedence.saveSettings': command(
    z.strictObject({
      eventId: id,
      hostOrganizations: z.array(requiredText(300)).max(50),
      formerPosts: z.enum(FORMER_POSTS),
      unrankedCategoryIds: z.array(id).max(500),
    }),
    returns<{ event: EventRecord; categories: Category[] }>(),
  ),
  /** The event's rules, most senior level first. */
  'precedenceRules.list': query(z.strictObject({ eventId: id }), returns<PrecedenceRuleRecord[]>()),
  /** Replaces the event's rules with these, in one transaction. */
  'precedenceRules.save': command(z.strictObject({ eventId: id, rules: z.array(ruleInput).max(MAX_RULES) }), returns<PrecedenceRuleRecord[]>()),
  /** Adds one rule (a level for a title no rule knew); answers with all the rules. */
  'precedenceRules.add': command(z.strictObject({ eventId: id, rule: ruleInput }), returns<PrecedenceRuleRecord[]>()),
  /** Puts the catalogue back. */
  'precedenceRules.reset': command(z.strictObject({ eventId: id }), returns<PrecedenceRuleRecord[]>()),
  /** Takes another event's rules (and its former-posts setting). */
  'precedenceRules.copy': command(z.strictObject({ eventId: id, fromEventId: id }), returns<PrecedenceRuleRecord[]>()),
};

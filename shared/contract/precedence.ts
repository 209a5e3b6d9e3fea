import { z } from 'zod';
import { id, requiredText } from '../fields';
import type { TitleRule } from '../precedence';
import { command, query, returns } from './define';
import { MAX_BULK, MAX_RANK } from './delegates';

export interface TitleRuleRecord extends TitleRule {
  eventId: string;
  sortOrder: number;
}

export const precedenceContract = {
  /** The event's title rules in the order they are tried. */
  'titleRules.list': query(z.strictObject({ eventId: id }), returns<TitleRuleRecord[]>()),
  /** Replaces the event's rules with this ordered list, in one transaction. */
  'titleRules.save': command(
    z.strictObject({
      eventId: id,
      rules: z.array(z.strictObject({ pattern: requiredText(200), rank: z.number().int().min(1).max(MAX_RANK) })).max(500),
    }),
    returns<TitleRuleRecord[]>(),
  ),
  /** Puts the default rules back. */
  'titleRules.reset': command(z.strictObject({ eventId: id }), returns<TitleRuleRecord[]>()),
  /** Writes hand-set ranks (null clears one back to the rules), e.g. after a drag in the precedence view. */
  'precedence.setRanks': command(
    z.strictObject({
      eventId: id,
      ranks: z.array(z.strictObject({ id, rank: z.number().int().min(1).max(MAX_RANK).nullable() })).min(1).max(MAX_BULK),
    }),
    returns<{ updated: number }>(),
  ),
};

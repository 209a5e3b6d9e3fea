import { z } from 'zod';
import { badgeDesign, type BadgeDesign } from '../badges/design';
import { id, requiredText } from '../fields';
import { command, query, returns } from './define';

/** One of the event's badge templates, its design read back from JSON. */
export interface BadgeTemplate {
  id: string;
  eventId: string;
  name: string;
  design: BadgeDesign;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

/** A badge issued: the delegate's issue number (1, then 2 for the reprint…), and when. */
export interface BadgePrint {
  id: string;
  eventId: string;
  delegateId: string;
  issue: number;
  templateId: string | null;
  printedAt: string;
}

/** The event's templates and, per delegate, the latest badge issued. */
export interface BadgesState {
  templates: BadgeTemplate[];
  latest: BadgePrint[];
}

const MAX_BADGES = 20_000;

export const badgesContract = {
  'badges.list': query(z.strictObject({ eventId: id }), returns<BadgesState>()),
  /** A new template; without a design, the default one (an A7 lanyard badge, 8 to an A4 sheet). */
  'badges.createTemplate': command(
    z.strictObject({ eventId: id, name: requiredText(120), design: badgeDesign.optional() }),
    returns<BadgesState & { created: BadgeTemplate }>(),
  ),
  'badges.updateTemplate': command(
    z.strictObject({ id, set: z.strictObject({ name: requiredText(120).optional(), design: badgeDesign.optional() }) }),
    returns<BadgesState>(),
  ),
  'badges.deleteTemplate': command(z.strictObject({ id }), returns<BadgesState>()),
  /**
   * Records the badges just printed, each with the issue number its QR code carries: the next one
   * for its delegate (1 the first time). Sent as printed, so a print made while another laptop
   * printed the same delegate is refused (CONFLICT) rather than leaving two valid badges.
   */
  'badges.recordPrinted': command(
    z.strictObject({
      eventId: id,
      templateId: id.nullish(),
      badges: z
        .array(z.strictObject({ delegateId: id, issue: z.number().int().min(1).max(999_999) }))
        .min(1)
        .max(MAX_BADGES),
    }),
    returns<BadgesState>(),
  ),
};

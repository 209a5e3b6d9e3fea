import { z } from 'zod';
import { birthDay, email, id, isoDate, optionalLines, optionalText, phone, requiredText } from '../fields';
import { MAX_LEVEL, MIN_LEVEL } from '../precedence/catalogue';
import { command, query, returns } from './define';

export type { BridgePoint } from './bridge';

export const BUILTIN_CATEGORIES = ['delegate', 'guest', 'reporter', 'staff'] as const;
export type BuiltinCategory = (typeof BUILTIN_CATEGORIES)[number];

export const DELEGATE_STATUSES = ['invited', 'confirmed', 'declined'] as const;
export type DelegateStatus = (typeof DELEGATE_STATUSES)[number];

export interface Category {
  id: string;
  eventId: string;
  /** Set for the four built-in categories, whose names the UI translates; null for custom ones. */
  code: BuiltinCategory | null;
  /** The organizer's own name for a custom category. */
  label: string | null;
  sortOrder: number;
  /** Whether its delegates are in the order of precedence (reporters and service staff are not, by default). */
  ranked: boolean;
}

export interface Delegate {
  id: string;
  eventId: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  categoryId: string;
  /** A precedence level set by hand: wins over the event's rules. Lower is more senior; null means "from the rules". */
  precedenceLevel: number | null;
  /** Whom the hand level was made equal to ("ngang hàng với …"), as shown when it was set. */
  precedenceLevelOf: string | null;
  /** The organizer's order inside the level (lower first); null: by the tie-breaks. */
  precedenceOrder: number | null;
  /** The level that order was set in (it counts only there); null: any level, as an imported order. */
  precedenceOrderLevel: number | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  status: DelegateStatus;
  bridgePointId: string | null;
  /** When the delegate took the post: the first tie-break of precedence. */
  appointmentDate: string | null;
  /** The second tie-break: the older first. A full date, or the year alone ("1965"), which sorts before that year's dates. */
  birthDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export const MAX_RANK = 100_000;
/** Far above the largest event we plan for (5,000), below what would strain one IPC message. */
export const MAX_BULK = 20_000;

const level = z.number().int().min(MIN_LEVEL).max(MAX_LEVEL);
const optionalDate = isoDate.nullish().transform((s) => s ?? null);

const delegateFields = {
  fullName: requiredText(200),
  title: optionalText(300),
  organization: optionalText(300),
  categoryId: id,
  precedenceLevel: level.nullish().transform((n) => n ?? null),
  phone,
  email,
  notes: optionalLines(2000),
  status: z.enum(DELEGATE_STATUSES).default('invited'),
  bridgePointId: id.nullish().transform((s) => s ?? null),
  appointmentDate: optionalDate,
  birthDate: birthDay.nullish().transform((s) => s ?? null),
};

/** What the organizer edits of a delegate: create and update take these, besides the event or the id. */
const delegateEdit = z.strictObject(delegateFields);
export type DelegateFields = z.output<typeof delegateEdit>;
export const DELEGATE_FIELDS = Object.keys(delegateEdit.shape) as (keyof DelegateFields)[];

export const delegateInput = z.strictObject({ eventId: id, ...delegateFields });
export type DelegateInput = z.input<typeof delegateInput>;

const ids = z.array(id).min(1).max(MAX_BULK);

export const delegatesContract = {
  'categories.list': query(z.strictObject({ eventId: id }), returns<Category[]>()),
  'categories.create': command(z.strictObject({ eventId: id, label: requiredText(100) }), returns<Category>()),
  'delegates.list': query(z.strictObject({ eventId: id }), returns<Delegate[]>()),
  'delegates.create': command(delegateInput, returns<Delegate>()),
  'delegates.update': command(z.strictObject({ id, ...delegateFields }), returns<Delegate>()),
  'delegates.delete': command(z.strictObject({ id }), returns<{ id: string }>()),
  /**
   * The event's delegates who are the same person as this name and unit (compared as the import's
   * duplicate check does), so a hand-added copy is caught before it is saved. `exceptId`: the one
   * being edited.
   */
  'delegates.findSame': query(
    z.strictObject({ eventId: id, fullName: requiredText(200), organization: optionalText(300), exceptId: id.optional() }),
    returns<Delegate[]>(),
  ),
  /** Sets one or more fields on many delegates at once; fields left out are not touched. Answers with the rows as stored. */
  'delegates.bulkUpdate': command(
    z.strictObject({
      eventId: id,
      ids,
      set: z
        .strictObject({
          categoryId: id.optional(),
          organization: optionalText(300).optional(),
          status: z.enum(DELEGATE_STATUSES).optional(),
          bridgePointId: id.nullable().optional(),
        })
        .refine((s) => Object.values(s).some((v) => v !== undefined), { error: 'emptySet' }),
    }),
    returns<{ updated: Delegate[] }>(),
  ),
  /** Deletes many; answers with the deleted rows so the UI can offer to undo. */
  'delegates.bulkDelete': command(z.strictObject({ eventId: id, ids }), returns<{ deleted: Delegate[] }>()),
};

import { z } from 'zod';
import { email, id, optionalText, phone, requiredText } from '../fields';
import { command, query, returns } from './define';

export const BUILTIN_CATEGORIES = ['delegate', 'guest', 'reporter', 'staff'] as const;
export type BuiltinCategory = (typeof BUILTIN_CATEGORIES)[number];

export interface Category {
  id: string;
  eventId: string;
  /** Set for the four built-in categories, whose names the UI translates; null for custom ones. */
  code: BuiltinCategory | null;
  /** The organizer's own name for a custom category. */
  label: string | null;
  sortOrder: number;
}

export interface Delegate {
  id: string;
  eventId: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  categoryId: string;
  /** Lower is more senior; null means not ranked (after every ranked delegate). */
  precedenceRank: number | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export const MAX_RANK = 100_000;

const delegateFields = {
  fullName: requiredText(200),
  title: optionalText(300),
  organization: optionalText(300),
  categoryId: id,
  precedenceRank: z.number().int().min(1).max(MAX_RANK).nullish().transform((n) => n ?? null),
  phone,
  email,
  notes: optionalText(2000),
};

export const delegateInput = z.strictObject({ eventId: id, ...delegateFields });
export type DelegateInput = z.input<typeof delegateInput>;

export const delegatesContract = {
  'categories.list': query(z.strictObject({ eventId: id }), returns<Category[]>()),
  'categories.create': command(z.strictObject({ eventId: id, label: requiredText(100) }), returns<Category>()),
  'delegates.list': query(z.strictObject({ eventId: id }), returns<Delegate[]>()),
  'delegates.create': command(delegateInput, returns<Delegate>()),
  'delegates.update': command(z.strictObject({ id, ...delegateFields }), returns<Delegate>()),
  'delegates.delete': command(z.strictObject({ id }), returns<{ id: string }>()),
};

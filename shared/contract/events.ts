import { z } from 'zod';
import { clockTime, id, isoDate, optionalText, requiredText } from '../fields';
import type { FormerPosts } from '../precedence/rules';
import type { ToneStyle } from '../text';
import { command, query, returns } from './define';

export const EVENT_KINDS = ['review', 'congress', 'awards', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface EventRecord {
  id: string;
  name: string;
  kind: EventKind;
  startDate: string;
  endDate: string | null;
  startTime: string | null;
  venue: string | null;
  organizer: string | null;
  description: string | null;
  /** How imported names are cleaned: 'old' Hòa, Thủy (the usual in names) or 'new' Hoà, Thuỷ. */
  toneStyle: ToneStyle;
  /** The host organizations: at the same precedence level their people come after the guests. */
  hostOrganizations: string[];
  /** Former leaders ("nguyên …") rank just after the holders of that post, or by their current post only. */
  formerPosts: FormerPosts;
  /** The check-in's senior guests: this precedence level and above; null for the standard cut. */
  seniorLevel: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface EventSummary extends EventRecord {
  delegateCount: number;
}

const eventFields = {
  name: requiredText(300),
  kind: z.enum(EVENT_KINDS),
  startDate: isoDate,
  endDate: isoDate.nullish().transform((s) => s ?? null),
  startTime: clockTime.nullish().transform((s) => s ?? null),
  venue: optionalText(300),
  organizer: optionalText(300),
  description: optionalText(4000),
  toneStyle: z.enum(['old', 'new']).optional(),
};

const endNotBeforeStart = (e: { startDate: string; endDate: string | null }) => !e.endDate || e.endDate >= e.startDate;
const endRule = { error: 'endBeforeStart', path: ['endDate'] };

export const eventInput = z.strictObject(eventFields).refine(endNotBeforeStart, endRule);
export type EventInput = z.input<typeof eventInput>;

export const eventsContract = {
  'events.list': query(z.strictObject({}), returns<EventSummary[]>()),
  'events.get': query(z.strictObject({ id }), returns<EventRecord>()),
  'events.create': command(eventInput, returns<EventRecord>()),
  'events.update': command(z.strictObject({ id, ...eventFields }).refine(endNotBeforeStart, endRule), returns<EventRecord>()),
  'events.delete': command(z.strictObject({ id }), returns<{ id: string }>()),
  /** Creates the realistic demo year-end review with about 200 delegates. */
  'events.createDemo': command(z.strictObject({}), returns<EventRecord>()),
};

import { z } from 'zod';
import { id } from '../fields';
import type { Message } from '../result';
import { command, query, returns } from './define';

/** One change set: one write through dispatch, with what it was called, when, where. */
export interface HistoryEntry {
  id: string;
  seq: number;
  /** The event all its rows belong to; null when it spans events or concerns none. */
  eventId: string | null;
  at: string;
  laptop: string;
  call: string;
  kind: 'change' | 'undo' | 'redo';
  label: Message;
  /** Undone since (and not redone). */
  undone: boolean;
  rowCount: number;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** What Ctrl+Z would undo and Ctrl+Shift+Z redo in this scope, if anything. */
  undo: HistoryEntry | null;
  redo: HistoryEntry | null;
}

/** One row's change inside a change set: the fields it changed, from what to what. */
export interface RowChange {
  table: string;
  rowId: string;
  op: 'insert' | 'update' | 'delete';
  /** What the row is called (a delegate's name, an event's name), as it was or became. */
  name: string | null;
  /** Columns (snake_case) that differ; for an insert or a delete, every column with a value. */
  fields: { column: string; before: unknown; after: unknown }[];
}

export interface ChangeSetDetail {
  entry: HistoryEntry;
  changes: RowChange[];
  /** How many rows it holds in all (a detail shows the first few hundred). */
  total: number;
}

/** One event's history, or (null) everything: the events list, where whole events are deleted. */
const scope = id.nullable();

export const historyContract = {
  /** The history, newest first, a page at a time (`before` is the last seq shown). */
  'history.list': query(
    z.strictObject({ eventId: scope, before: z.number().int().min(1).optional(), limit: z.number().int().min(1).max(200).default(50) }),
    returns<HistoryPage>(),
  ),
  /** One change set, field by field. */
  'history.get': query(z.strictObject({ id, limit: z.number().int().min(1).max(1000).default(300) }), returns<ChangeSetDetail>()),
  /** What happened to one row (a delegate's history in its panel), newest first. */
  'history.ofRow': query(
    z.strictObject({ table: z.enum(['events', 'categories', 'bridge_points', 'delegates', 'precedence_rules']), rowId: id }),
    returns<{ entry: HistoryEntry; change: RowChange }[]>(),
  ),
  /** Undoes the newest change in the scope; refused, changing nothing, if its rows were changed since. */
  'history.undo': command(
    // `changeSetId`: undo that one only if it is still the newest (the undo in a toast: never another).
    // `onlyUnchanged`: undo the rows nobody changed since, and leave the others as they are now.
    z.strictObject({ eventId: scope, changeSetId: id.optional(), onlyUnchanged: z.boolean().optional() }),
    returns<{ undone: HistoryEntry }>(),
  ),
  /** Redoes the newest undo in the scope, if nothing was changed since it. */
  'history.redo': command(z.strictObject({ eventId: scope, changeSetId: id.optional() }), returns<{ redone: HistoryEntry }>()),
};

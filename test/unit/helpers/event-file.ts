import { DELEGATE_FIELDS, type Delegate } from '../../../shared/contract/delegates';
import { RECORDED_TABLES } from '../../../db/history/registry';
import type { EventFileSummary } from '../../../shared/contract/event-file';
import type { TestStore } from './store';

/** Every row of every recorded table, and the history's row counts: a laptop's data to compare. */
export function dump(t: TestStore): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of RECORDED_TABLES) out[table] = t.store.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
  return out;
}

export async function delegateByName(t: TestStore, eventId: string, fullName: string): Promise<Delegate> {
  const d = (await t.call('delegates.list', { eventId })).find((x) => x.fullName === fullName);
  if (!d) throw new Error(`no delegate ${fullName}`);
  return d;
}

/** delegates.update takes every field: the delegate's own, with `patch` over them. */
export async function editDelegate(t: TestStore, d: Delegate, patch: Partial<Delegate>): Promise<void> {
  const fields = Object.fromEntries(DELEGATE_FIELDS.map((f) => [f, (patch as Record<string, unknown>)[f] ?? d[f]]));
  for (const [k, v] of Object.entries(patch)) fields[k] = v;
  await t.call('delegates.update', { id: d.id, ...fields } as never);
}

export async function exportEvent(t: TestStore, eventId: string): Promise<string> {
  return (await t.call('eventFile.export', { eventId })).dataBase64;
}

export async function importFile(
  t: TestStore,
  dataBase64: string,
  choices: Record<string, 'mine' | 'theirs'> = {},
  otherwise: 'mine' | 'theirs' = 'mine',
): Promise<EventFileSummary> {
  return t.call('eventFile.import', { dataBase64, choices, otherwise });
}

export const count = (s: EventFileSummary, table: string) => s.tables.find((x) => x.table === table)!;

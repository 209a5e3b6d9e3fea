import { z } from 'zod';

/** One change set as the file carries it: its rows are the `changes` that name its index. */
export interface FileChangeSet {
  id: string;
  at: string;
  laptop: string;
  call: string;
  kind: 'change' | 'undo' | 'redo';
  labelVi: string;
  labelEn: string;
  undoes: string | null;
  undoneBy: string | null;
}

/** [index of its set in changeSets, table, row id, op, row before (JSON), row after (JSON)]. */
export type FileChange = [set: number, table: string, rowId: string, op: 'insert' | 'update' | 'delete', before: string | null, after: string | null];

/** The body of an event file: the event's rows (every recorded table) and its change history, oldest first. */
export interface EventFilePayload {
  event: { id: string; name: string; startDate: string };
  laptop: string;
  exportedAt: string;
  tables: Record<string, { columns: string[]; rows: (string | number | null)[][] }>;
  changeSets: FileChangeSet[];
  changes: FileChange[];
}

const text = (max: number) => z.string().max(max);
const value = z.union([z.string(), z.number(), z.null()]);

/**
 * The shape a file's body must have, against this laptop's tables (`columns`: each recorded table's
 * columns as the database has them now). Unknown tables and columns are refused, every row must
 * have an id and belong to the file's event, and every change must name a set of the file.
 */
export function payloadSchema(columns: ReadonlyMap<string, readonly string[]>, eventColumn: (table: string) => string) {
  const table = z.strictObject({ columns: z.array(text(64)).min(1).max(200), rows: z.array(z.array(value).max(200)) });
  const set = z.strictObject({
    id: text(64).min(1),
    at: text(40),
    laptop: text(200),
    call: text(100),
    kind: z.enum(['change', 'undo', 'redo']),
    labelVi: text(2000),
    labelEn: text(2000),
    undoes: text(64).nullable(),
    undoneBy: text(64).nullable(),
  });
  const json = text(1_000_000).nullable();
  const change = z.tuple([z.number().int().min(0), text(64), text(64).min(1), z.enum(['insert', 'update', 'delete']), json, json]);
  return z
    .strictObject({
      event: z.strictObject({ id: text(64).min(1), name: text(1200), startDate: text(20) }),
      laptop: text(200),
      exportedAt: text(40),
      tables: z.record(z.string(), table),
      changeSets: z.array(set),
      changes: z.array(change),
    })
    .superRefine((p, ctx) => {
      const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
      for (const [name, t] of Object.entries(p.tables)) {
        const known = columns.get(name);
        if (!known) return issue(`unknown table ${name}`);
        const unknown = t.columns.find((c) => !known.includes(c));
        if (unknown) return issue(`unknown column ${name}.${unknown}`);
        if (new Set(t.columns).size !== t.columns.length) return issue(`repeated column in ${name}`);
        const idAt = t.columns.indexOf('id');
        const eventAt = t.columns.indexOf(eventColumn(name));
        if (idAt < 0 || eventAt < 0) return issue(`${name} lacks its id or event column`);
        for (const r of t.rows) {
          if (r.length !== t.columns.length) return issue(`a row of ${name} has ${r.length} values`);
          if (typeof r[idAt] !== 'string' || r[idAt] === '') return issue(`a row of ${name} has no id`);
          if (r[eventAt] !== p.event.id) return issue(`a row of ${name} belongs to another event`);
        }
      }
      if (!p.tables.events?.rows.length) return issue('the file has no event row');
      const sets = p.changeSets.length;
      for (const c of p.changes) {
        if (c[0] >= sets) return issue('a change names no set');
        if (!columns.has(c[1])) return issue(`a change of unknown table ${c[1]}`);
        const row = c[5] ?? c[4];
        if (row === null) return issue('a change without a row');
      }
    });
}

import type BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../../shared/result';
import { payloadSchema, type EventFilePayload } from '../../shared/event-file/payload';
import type { ForeignKey, MergeSchema, Row, Rows, UniqueKey, Value } from '../../shared/event-file/merge';
import { eventColumn, RECORDED_TABLES, type RecordedTable } from '../history/registry';
import { schemaVersion } from '../migrate';
import { decodeEventFile, type EventFileHeader } from './codec';
import { eventRows } from './export';

export interface ReadFile {
  header: EventFileHeader;
  payload: EventFilePayload;
}

/** Decodes and checks a whole event file against this laptop's tables, before anything is written. */
export function readEventFile(sqlite: BetterSqlite3.Database, bytes: Uint8Array): ReadFile {
  const { header, body } = decodeEventFile(bytes, schemaVersion(sqlite));
  const columns = new Map(RECORDED_TABLES.map((t) => [t as string, (sqlite.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name)]));
  const parsed = payloadSchema(columns, (t) => eventColumn(t as RecordedTable)).safeParse(body);
  if (!parsed.success)
    throw new DomainError(
      'BAD_FILE',
      {
        vi: 'Nội dung tệp sự kiện không hợp lệ (không khớp với dữ liệu của Hội Nghị). Không có gì bị thay đổi.',
        en: 'The event file’s content is not valid (it does not match Hội Nghị’s data). Nothing was changed.',
      },
      { issue: parsed.error.issues[0]?.message ?? '' },
    );
  return { header, payload: parsed.data };
}

/** The file's rows as table → id → row. */
export function fileRows(payload: EventFilePayload): Rows {
  const out: Rows = new Map();
  for (const t of RECORDED_TABLES) {
    const m = new Map<string, Row>();
    const data = payload.tables[t];
    if (data)
      for (const values of data.rows) {
        const row: Row = {};
        data.columns.forEach((c, i) => (row[c] = values[i] ?? null));
        m.set(String(row.id), row);
      }
    out.set(t, m);
  }
  return out;
}

/** This laptop's rows of the event, as the file's. */
export function localRows(sqlite: BetterSqlite3.Database, eventId: string): Rows {
  const out: Rows = new Map();
  for (const t of RECORDED_TABLES) {
    const { columns, rows } = eventRows(sqlite, t, eventId);
    const m = new Map<string, Row>();
    for (const values of rows) {
      const row: Row = {};
      columns.forEach((c, i) => (row[c] = (values[i] ?? null) as Value));
      m.set(String(row.id), row);
    }
    out.set(t, m);
  }
  return out;
}

/** The constraints the merge must keep, read from the database itself. */
export function mergeSchema(sqlite: BetterSqlite3.Database): MergeSchema {
  const uniques: UniqueKey[] = [];
  const foreignKeys = new Map<string, ForeignKey[]>();
  for (const t of RECORDED_TABLES) {
    for (const ix of sqlite.pragma(`index_list(${t})`) as { name: string; unique: number; origin: string; partial: number }[]) {
      if (!ix.unique || ix.origin === 'pk') continue;
      const columns = (sqlite.pragma(`index_info(${ix.name})`) as { name: string }[]).map((c) => c.name);
      let where: UniqueKey['where'] = null;
      if (ix.partial) {
        const text = (sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(ix.name) as string | null) ?? '';
        const m = /WHERE\s+(\w+)\s*=\s*(\d+|'[^']*')\s*$/i.exec(text);
        if (!m) continue;
        where = { column: m[1]!, value: m[2]!.startsWith("'") ? m[2]!.slice(1, -1) : Number(m[2]) };
      }
      uniques.push({ table: t, name: ix.name, columns, where });
    }
    foreignKeys.set(
      t,
      (sqlite.pragma(`foreign_key_list(${t})`) as { table: string; from: string; on_delete: string }[]).map((f) => ({
        column: f.from,
        parent: f.table,
        onDelete: f.on_delete.toUpperCase(),
      })),
    );
  }
  return { tables: RECORDED_TABLES, uniques, foreignKeys };
}

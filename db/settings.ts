import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, type AppSettings } from '../shared/contract/settings';
import type { DB } from './schema';
import { prepared } from './statements';

const DEFAULTS: AppSettings = { language: 'vi', lastEventId: null, delegateColumns: null, delegateColumnWidths: {}, laptopName: null };

const LAPTOP_NAME_SQL = "SELECT value FROM settings WHERE key = 'laptopName'";

/** The name set for this laptop, or null; read on every write (the change set's laptop), so prepared once. */
export function laptopName(sqlite: BetterSqlite3.Database): string | null {
  const json = prepared(sqlite, LAPTOP_NAME_SQL, true).get() as string | undefined;
  return json === undefined ? null : asName(parseJson(json));
}

/** Puts this laptop's name back (a restore brings another laptop's settings with its data). */
export function keepLaptopName(sqlite: BetterSqlite3.Database, name: string | null): void {
  prepared(sqlite, "INSERT INTO settings (key, value) VALUES ('laptopName', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
    JSON.stringify(name),
  );
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

const asName = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Settings are stored one JSON value per key, so adding a setting needs no migration. */
export async function readSetting<T>(db: Kysely<DB>, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return undefined;
  }
}

export async function writeSetting(db: Kysely<DB>, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}

export async function getSettings(db: Kysely<DB>): Promise<AppSettings> {
  const language = await readSetting<AppSettings['language']>(db, 'language');
  const lastEventId = await readSetting<string | null>(db, 'lastEventId');
  return {
    language: language === 'en' || language === 'vi' ? language : DEFAULTS.language,
    lastEventId: typeof lastEventId === 'string' ? lastEventId : null,
    delegateColumns: await readDelegateColumns(db),
    delegateColumnWidths: await readColumnWidths(db),
    laptopName: asName(await readSetting<unknown>(db, 'laptopName')),
  };
}

export async function updateSettings(db: Kysely<DB>, patch: Partial<AppSettings>): Promise<AppSettings> {
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) await writeSetting(db, key, value);
  return getSettings(db);
}

async function readDelegateColumns(db: Kysely<DB>): Promise<string[] | null> {
  const v = await readSetting<unknown>(db, 'delegateColumns');
  return Array.isArray(v) && v.every((c) => typeof c === 'string') ? (v as string[]) : DEFAULTS.delegateColumns;
}

/** Only plausible widths: a value hand-edited or written by a future version is dropped, not trusted. */
async function readColumnWidths(db: Kysely<DB>): Promise<Record<string, number>> {
  const v = await readSetting<unknown>(db, 'delegateColumnWidths');
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ...DEFAULTS.delegateColumnWidths };
  return Object.fromEntries(
    Object.entries(v).filter(([, w]) => Number.isInteger(w) && (w as number) >= MIN_COLUMN_WIDTH && (w as number) <= MAX_COLUMN_WIDTH),
  ) as Record<string, number>;
}

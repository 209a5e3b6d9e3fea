import type { Kysely } from 'kysely';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, type AppSettings } from '../shared/contract/settings';
import type { DB } from './schema';

const DEFAULTS: AppSettings = { language: 'vi', lastEventId: null, delegateColumns: null, delegateColumnWidths: {} };

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

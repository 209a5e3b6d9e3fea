import type BetterSqlite3 from 'better-sqlite3';
import { fieldOfColumn as camel } from '../shared/fields';

const pascal = (s: string) => camel(s).replace(/^./, (c) => c.toUpperCase());
const TS_TYPE: Record<string, string> = { TEXT: 'string', INTEGER: 'number', REAL: 'number', BLOB: 'Uint8Array', ANY: 'unknown' };

/**
 * The row types of every table, as TypeScript, read from a file the migrations made: the
 * migrations are the one definition of the tables, and db/schema.generated.ts is derived from
 * them (a test fails when it is out of date).
 */
export function schemaSource(sqlite: BetterSqlite3.Database): string {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").pluck().all() as string[];
  const out = [
    '// Generated from the migrations by test/unit/db-schema-types.test.ts (UPDATE_DB_TYPES=1 npx vitest run db-schema-types).',
    '// Do not edit: change a migration, then regenerate. Columns in camelCase (CamelCasePlugin maps them).',
    '',
  ];
  for (const t of tables) {
    const cols = sqlite.pragma(`table_info(${t})`) as { name: string; type: string; notnull: number; pk: number }[];
    out.push(`export interface ${pascal(t)}Table {`);
    for (const c of cols) out.push(`  ${camel(c.name)}: ${TS_TYPE[c.type.toUpperCase()] ?? 'unknown'}${c.notnull || c.pk ? '' : ' | null'};`);
    out.push('}', '');
  }
  out.push('export interface DB {');
  for (const t of tables) out.push(`  ${camel(t)}: ${pascal(t)}Table;`);
  out.push('}', '');
  return out.join('\n');
}

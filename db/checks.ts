import type BetterSqlite3 from 'better-sqlite3';

/** Runs an SQLite check pragma; returns null when all is well, else the report. */
export function runCheck(sqlite: BetterSqlite3.Database, kind: 'quick_check' | 'integrity_check'): string | null {
  const rows = sqlite.pragma(kind) as Record<string, string>[];
  const lines = rows.map((r) => Object.values(r)[0]);
  return lines.length === 1 && lines[0] === 'ok' ? null : lines.join('\n');
}

function foreignKeyProblems(sqlite: BetterSqlite3.Database): string | null {
  const rows = sqlite.pragma('foreign_key_check') as unknown[];
  return rows.length === 0 ? null : JSON.stringify(rows.slice(0, 20));
}

/** Full check: what must pass before a backup is published or after an unclean exit. */
export function fullCheck(sqlite: BetterSqlite3.Database): string | null {
  return runCheck(sqlite, 'integrity_check') ?? foreignKeyProblems(sqlite);
}

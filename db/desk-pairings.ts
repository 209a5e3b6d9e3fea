import type BetterSqlite3 from 'better-sqlite3';

/** A desk let into an event's check-in, as kept on the host: its token only as a hash. */
export interface KeptPairing {
  id: string;
  name: string;
  tokenHash: string;
  pairedAt: string;
  revoked: boolean;
}

export function keptPairings(sqlite: BetterSqlite3.Database, eventId: string): KeptPairing[] {
  const rows = sqlite
    .prepare('SELECT id, name, token_hash, paired_at, revoked_at FROM desk_pairings WHERE event_id = ? ORDER BY paired_at, rowid')
    .all(eventId) as { id: string; name: string; token_hash: string; paired_at: string; revoked_at: string | null }[];
  return rows.map((r) => ({ id: r.id, name: r.name, tokenHash: r.token_hash, pairedAt: r.paired_at, revoked: r.revoked_at !== null }));
}

export function keepPairing(sqlite: BetterSqlite3.Database, eventId: string, p: KeptPairing): void {
  sqlite
    .prepare('INSERT INTO desk_pairings (id, event_id, name, token_hash, paired_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)')
    .run(p.id, eventId, p.name, p.tokenHash, p.pairedAt);
}

export function revokeKeptPairing(sqlite: BetterSqlite3.Database, id: string, at: string): void {
  sqlite.prepare('UPDATE desk_pairings SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
}

type PairingRow = { id: string; event_id: string; name: string; token_hash: string; paired_at: string; revoked_at: string | null };

/**
 * A restore brings back the organizer's data, not who may reach this laptop: the desks as they are
 * now are kept (a desk revoked since the backup stays revoked), those of events the backup lacks dropped.
 */
export function keepPairingsThrough(sqlite: BetterSqlite3.Database): { putBack(): void } {
  const now = sqlite.prepare('SELECT * FROM main.desk_pairings').all() as PairingRow[];
  return {
    putBack() {
      sqlite.exec('DELETE FROM main.desk_pairings');
      const put = sqlite.prepare(
        'INSERT INTO main.desk_pairings (id, event_id, name, token_hash, paired_at, revoked_at) SELECT @id, @event_id, @name, @token_hash, @paired_at, @revoked_at WHERE EXISTS (SELECT 1 FROM main.events WHERE id = @event_id)',
      );
      for (const row of now) put.run(row);
    },
  };
}

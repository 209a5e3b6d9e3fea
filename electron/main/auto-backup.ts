import { backupNow, type AutoReason } from '../../db/backup';
import type { Store } from '../../db/connection';
import { redoTarget, setById, undoTarget } from '../../db/history/undo';

type Log = (message: string, error: unknown) => void;

/** The only writes that may deserve a backup first; every other write goes straight on. */
const RISKY = new Set(['import.commit', 'eventFile.import', 'history.undo', 'history.redo']);
/** The writes that bring many rows from a file at once: a backup before each, and before undoing one. */
const IMPORTS = new Set(['import.commit', 'eventFile.import']);

/** The backup a write deserves before it runs: an import (of a list or an event file), and the undo or redo of one. */
function reasonBefore(store: Store, name: string, input: { eventId?: string | null }): AutoReason | null {
  if (name === 'import.commit') return 'before-import';
  if (name === 'eventFile.import') return 'before-event-file';
  if (name !== 'history.undo' && name !== 'history.redo') return null;
  const scope = input.eventId ?? null;
  const target = name === 'history.undo' ? undoTarget(store.sqlite, scope, '') : redoTarget(store.sqlite, scope, '');
  // A redo plays an undo backwards: what matters is what that undo undid.
  const original = target?.kind === 'undo' && target.undoes ? setById(store.sqlite, target.undoes) : target;
  return IMPORTS.has(original?.call ?? '') || IMPORTS.has(target?.call ?? '') ? 'before-undo-import' : null;
}

/**
 * Runs with the connection to itself: a backup (or a look at the history) while another call's
 * write transaction is open would read that write half done, or fail.
 */
export const whenIdle = <T>(store: Store, run: () => Promise<T> | T): Promise<T> => store.db.connection().execute(async () => run());

/** Backs up before a risky write; a failed backup is logged and the write goes on (the organizer's work first). */
export async function backupBefore(store: Store, name: string, input: unknown, log?: Log): Promise<void> {
  if (!RISKY.has(name)) return;
  await whenIdle(store, async () => {
    const reason = reasonBefore(store, name, (input ?? {}) as { eventId?: string | null });
    if (!reason) return;
    try {
      await backupNow(store, reason);
    } catch (e) {
      log?.(`backup before ${name} failed`, e);
    }
  });
}

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * One backup when the app opens, then one every ten minutes while there are changes (the
 * connection's change count moved since the last one). Answers the function that stops it.
 */
export function startBackupTimer(store: Store, log: Log, every = TEN_MINUTES): { tick(): Promise<boolean>; stop(): void } {
  const changes = () => store.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  let last = changes();
  const tick = () =>
    whenIdle(store, async () => {
      const now = changes();
      if (now === last) return false;
      try {
        await backupNow(store, 'periodic');
        // Only once it is made: a failed one is tried again at the next tick.
        last = now;
        return true;
      } catch (e) {
        log('periodic backup failed', e);
        return false;
      }
    });
  const timer = setInterval(() => void tick(), every);
  timer.unref?.();
  return { tick, stop: () => clearInterval(timer) };
}

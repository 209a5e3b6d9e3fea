import type { ImportProgress } from '../../shared/contract/import';

/**
 * Progress of running commits, polled by import.progress while the commit's transaction runs.
 * In memory only: it means nothing after a restart. A finished entry is dropped a minute later.
 */
const entries = new Map<string, ImportProgress>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const KEEP_DONE_MS = 60_000;

export function setProgress(id: string | undefined, p: ImportProgress): void {
  if (!id) return;
  entries.set(id, p);
  if (p.phase === 'done') {
    clearTimeout(timers.get(id));
    const t = setTimeout(() => {
      entries.delete(id);
      timers.delete(id);
    }, KEEP_DONE_MS);
    // A pending clean-up must not keep the process (or a test run) alive.
    t.unref?.();
    timers.set(id, t);
  }
}

export function getProgress(id: string): ImportProgress | null {
  return entries.get(id) ?? null;
}

/** A failed commit leaves no progress behind: the call itself answers with the error. */
export function dropProgress(id: string | undefined): void {
  if (!id) return;
  entries.delete(id);
  clearTimeout(timers.get(id));
  timers.delete(id);
}

/** Lets queued calls (import.progress polls) run between chunks of a long commit. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

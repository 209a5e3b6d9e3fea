import { useCallback, useState } from 'react';

/**
 * A dialog's action: busy while it runs (so it cannot be sent twice, and Esc waits), its failure
 * kept for the dialog to show. `fail` records a failure from elsewhere (a read the dialog needs).
 */
export function useAction(): { busy: boolean; error: unknown; run(f: () => Promise<void>): Promise<void>; fail(e: unknown): void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, fail: setError };
}

import { callNames, contract, type Api, type CallInput, type CallName, type CallOutput } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser preview. */
    api?: Api;
  }
}

const TOKEN_HEADER = 'x-hoi-nghi-token';

/** The preview's transport: POST /rpc/<name> with the token the page was served with. */
function httpApi(): Api {
  const token = document.querySelector<HTMLMetaElement>('meta[name="hoi-nghi-token"]')?.content ?? '';
  const entries = callNames.map((name) => [
    name,
    async (input: unknown): Promise<Result<unknown>> => {
      try {
        const res = await fetch(`rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Result<unknown>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: { vi: 'Mất kết nối tới máy chủ xem trước.', en: 'Lost the connection to the preview server.' },
          },
        };
      }
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

const api: Api = window.api ?? httpApi();

/** A failed call, carrying the bilingual error for the screen to show. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message.en);
    this.name = 'ApiError';
  }
}

/** Calls one contract entry and unwraps the envelope; throws ApiError on failure. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const fn = api[name] as (i: CallInput<N>) => Promise<Result<CallOutput<N>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  if (contract[name].write) for (const f of writeListeners) f(name);
  return result.value;
}

const writeListeners = new Set<(name: CallName) => void>();

/** Called after every write that succeeded (the change history's undo button follows them). */
export function onWrite(f: (name: CallName) => void): () => void {
  writeListeners.add(f);
  return () => writeListeners.delete(f);
}

import { callNames, contract, type Api, type CallInput, type CallName, type CallOutput } from '../../shared/contract';
import type { AppError, Result } from '../../shared/result';
import { CALL_TIMEOUT_MS, deskAnswered, deskLost, deskToken, isDeskPage } from '../desk/deskStore';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser preview. */
    api?: Api;
  }
}

const TOKEN_HEADER = 'x-hoi-nghi-token';

interface HttpTransport {
  token(): string;
  /** Every envelope the server answered (a desk learns it was revoked). */
  answered?(r: Result<unknown>): void;
  /** The server did not answer at all (a desk says so at once). */
  lost?(): void;
  timeoutMs?: number;
}

/** The preview's transport: POST /rpc/<name> with the token the page was served with (or a desk's own token, on the LAN). */
function httpApi(t: HttpTransport): Api {
  const entries = callNames.map((name) => [
    name,
    async (input: unknown): Promise<Result<unknown>> => {
      try {
        const res = await fetch(`rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: t.token() },
          body: JSON.stringify(input ?? {}),
          signal: t.timeoutMs ? AbortSignal.timeout(t.timeoutMs) : null,
        });
        const r = (await res.json()) as Result<unknown>;
        t.answered?.(r);
        return r;
      } catch {
        t.lost?.();
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: { vi: 'Mất kết nối tới máy chủ.', en: 'Lost the connection to the server.' },
          },
        };
      }
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

const previewToken = () => document.querySelector<HTMLMetaElement>('meta[name="hoi-nghi-token"]')?.content ?? '';
const api: Api =
  window.api ??
  (isDeskPage() ? httpApi({ token: deskToken, answered: deskAnswered, lost: deskLost, timeoutMs: CALL_TIMEOUT_MS }) : httpApi({ token: previewToken }));

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

import type { Kysely } from 'kysely';
import type { Store } from '../../db/connection';
import type { DB } from '../../db/schema';
import type { JoinedHost } from '../../shared/contract/desks';
import { DomainError, type Result } from '../../shared/result';
import { DESK_TOKEN_HEADER } from './lan-server';

interface Joined {
  url: string;
  token: string;
  desk: { id: string; name: string };
  event: { id: string; name: string };
  reachable: boolean;
}

// This laptop as a desk of a host: in memory, as the host's side (a restart pairs again).
const joined = new WeakMap<Store, Joined>();
const ended = new WeakMap<Store, 'revoked' | 'closed'>();

const CALL_TIMEOUT_MS = 5_000;
const WRITES = new Set(['checkin.checkIn', 'checkin.undo']);
const PING_TIMEOUT_MS = 1_500;

const LOST = (url: string) =>
  new DomainError(
    'UNAVAILABLE',
    { vi: `Mất kết nối với máy chủ ${url}. Chưa ghi gì.`, en: `Lost the connection to the host ${url}. Nothing was recorded.` },
    { reason: 'host-lost' },
  );
// Sent, but no answer in time: the host may have written it (it was busy, or the answer was lost).
const NO_ANSWER = (url: string) =>
  new DomainError(
    'UNAVAILABLE',
    {
      vi: `Máy chủ ${url} không trả lời kịp: có thể đã ghi. Khi kết nối lại, hãy tìm tên đại biểu để xem trước khi quét lại.`,
      en: `The host ${url} did not answer in time: it may have been recorded. Once reconnected, look the delegate up before scanning again.`,
    },
    { reason: 'host-lost' },
  );
const timedOut = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');

async function post(url: string, path: string, body: unknown, token: string, timeout: number): Promise<Result<unknown>> {
  const res = await fetch(new URL(path, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DESK_TOKEN_HEADER]: token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  return (await res.json()) as Result<unknown>;
}

async function hasEvent(db: Kysely<DB>, eventId: string): Promise<boolean> {
  return (await db.selectFrom('events').select('id').where('id', '=', eventId).executeTakeFirst()) !== undefined;
}

async function stateOf(store: Store, db: Kysely<DB>): Promise<JoinedHost> {
  const j = joined.get(store);
  if (!j) return { joined: false, url: null, desk: null, event: null, reachable: false, localCopy: false, ended: ended.get(store) ?? null };
  return { joined: true, url: j.url, desk: j.desk, event: j.event, reachable: j.reachable, localCopy: await hasEvent(db, j.event.id), ended: null };
}

/** The host refused this desk itself (revoked, or reopened with new tokens): the joining is over. */
function endIfRefused(store: Store, r: Result<unknown>): void {
  const reason = r.ok ? null : (r.error.details as { reason?: string } | undefined)?.reason;
  if (reason === 'revoked' || reason === 'not-paired') {
    joined.delete(store);
    ended.set(store, reason === 'revoked' ? 'revoked' : 'closed');
  }
}

export async function joinHost(store: Store, db: Kysely<DB>, url: string, code: string, name: string): Promise<JoinedHost> {
  let r: Result<unknown>;
  try {
    r = await post(url, 'desk/pair', { code, name }, '', CALL_TIMEOUT_MS);
  } catch {
    throw new DomainError('UNAVAILABLE', { vi: `Không liên lạc được với máy chủ ${url}.`, en: `The host ${url} cannot be reached.` }, { reason: 'host-lost' });
  }
  if (!r.ok) throw new DomainError(r.error.code, r.error.message, r.error.details);
  const v = r.value as { token: string; desk: Joined['desk']; event: Joined['event'] };
  joined.set(store, { url: new URL(url).origin + '/', token: v.token, desk: v.desk, event: v.event, reachable: true });
  ended.delete(store);
  return stateOf(store, db);
}

/** The heartbeat: is the host there, is this desk still let in? */
export async function joinedState(store: Store, db: Kysely<DB>): Promise<JoinedHost> {
  const j = joined.get(store);
  if (j) {
    try {
      const r = await post(j.url, 'desk/ping', {}, j.token, PING_TIMEOUT_MS);
      j.reachable = true;
      endIfRefused(store, r);
    } catch {
      j.reachable = false;
    }
  }
  return stateOf(store, db);
}

export async function leaveHost(store: Store, db: Kysely<DB>): Promise<JoinedHost> {
  joined.delete(store);
  ended.delete(store);
  return stateOf(store, db);
}

/** One check-in call run by the host, as its answer; a host that does not answer is said so, never silently. */
export async function forward(store: Store, call: string, input: Record<string, unknown>): Promise<unknown> {
  const j = joined.get(store);
  if (!j) throw new DomainError('CONFLICT', { vi: 'Máy này chưa làm bàn phụ cho máy chủ nào.', en: 'This laptop is no desk of any host.' });
  let r: Result<unknown>;
  try {
    r = await post(j.url, `rpc/${call}`, { ...input, eventId: j.event.id }, j.token, CALL_TIMEOUT_MS);
  } catch (e) {
    j.reachable = false;
    throw timedOut(e) && WRITES.has(call) ? NO_ANSWER(j.url) : LOST(j.url);
  }
  j.reachable = true;
  endIfRefused(store, r);
  if (!r.ok) throw new DomainError(r.error.code, r.error.message, r.error.details);
  return r.value;
}

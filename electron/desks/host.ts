import os from 'node:os';
import type { Store } from '../../db/connection';
import { keepPairing, keptPairings, revokeKeptPairing } from '../../db/desk-pairings';
import type { DeskHostState, DeskInterface } from '../../shared/contract/desks';
import { DomainError } from '../../shared/result';
import type { DispatchContext } from '../main/dispatch';
import { whenIdle } from '../main/auto-backup';
import { startLanServer, type LanServer } from './lan-server';
import type { PairingKeep } from './pairing';

interface Opened {
  server: LanServer;
  event: { id: string; name: string };
}

// One opening per data file (the app has one; the tests many), in memory; its paired desks are kept in the file.
const opened = new WeakMap<Store, Opened>();

/** The event's paired desks in the data file, written when no other call's transaction is open. */
const keptIn = (store: Store, eventId: string): PairingKeep => ({
  load: () => keptPairings(store.sqlite, eventId),
  add: (desk) => whenIdle(store, () => keepPairing(store.sqlite, eventId, desk)),
  revoke: (deskId, at) => whenIdle(store, () => revokeKeptPairing(store.sqlite, deskId, at)),
});

/** The IPv4 addresses of this laptop's network cards, then 127.0.0.1; never 0.0.0.0 (all of them). */
export function listInterfaces(): DeskInterface[] {
  const found: DeskInterface[] = [];
  for (const [name, addrs] of Object.entries(os.networkInterfaces()))
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) found.push({ address: a.address, name, loopback: false });
  return [...found, { address: '127.0.0.1', name: 'loopback', loopback: true }];
}

export function deskState(store: Store): DeskHostState {
  const o = opened.get(store);
  if (!o) return { open: false, eventId: null, eventName: null, url: null, code: null, locked: false, desks: [] };
  return {
    open: true,
    eventId: o.event.id,
    eventName: o.event.name,
    url: o.server.url,
    code: o.server.pairing.code,
    locked: o.server.pairing.locked,
    desks: o.server.pairing.list(),
  };
}

export async function openDesks(ctx: DispatchContext, event: { id: string; name: string }, address: string, port: number): Promise<DeskHostState> {
  if (!listInterfaces().some((i) => i.address === address))
    throw new DomainError('VALIDATION', { vi: `Máy này không có địa chỉ ${address}.`, en: `This laptop has no address ${address}.` });
  if (!ctx.rendererDir)
    throw new DomainError('UNAVAILABLE', { vi: 'Không tìm thấy giao diện để phục vụ các bàn.', en: 'The screens to serve the desks are missing.' });
  await closeDesks(ctx.store);
  let server: LanServer;
  try {
    server = await startLanServer({
      bind: address,
      port,
      event,
      ctx: { ...ctx, desktop: undefined },
      rendererDir: ctx.rendererDir,
      keep: keptIn(ctx.store, event.id),
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new DomainError('CONFLICT', {
        vi: `Cổng ${port} đang được một chương trình khác dùng. Hãy chọn cổng khác.`,
        en: `Port ${port} is in use by another program. Choose another.`,
      });
    throw new DomainError('UNAVAILABLE', { vi: `Không mở được máy chủ tại ${address}:${port}.`, en: `Could not open the server at ${address}:${port}.` });
  }
  opened.set(ctx.store, { server, event });
  return deskState(ctx.store);
}

export async function closeDesks(store: Store): Promise<DeskHostState> {
  const o = opened.get(store);
  opened.delete(store);
  await o?.server.close();
  return deskState(store);
}

function pairingOf(store: Store) {
  const o = opened.get(store);
  if (!o) throw new DomainError('CONFLICT', { vi: 'Chưa mở cho các bàn khác.', en: 'The desks are not open.' });
  return o.server.pairing;
}

export function newDeskCode(store: Store): DeskHostState {
  pairingOf(store).newCode();
  return deskState(store);
}

export async function revokeDesk(store: Store, deskId: string): Promise<DeskHostState> {
  if (!(await pairingOf(store).revoke(deskId))) throw new DomainError('NOT_FOUND', { vi: 'Không có bàn này.', en: 'There is no such desk.' });
  return deskState(store);
}

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../db/clock';
import { openStore } from '../../db/connection';
import { MAX_WRONG_CODES, MAX_WRONG_CODES_IN_ALL } from '../../electron/desks/pairing';
import { DESK_TOKEN_HEADER } from '../../electron/desks/lan-server';
import { dispatch } from '../../electron/main/dispatch';
import { badgeCode } from '../../shared/badges/qr-payload';
import type { DeskHostState } from '../../shared/contract/desks';
import { request } from './helpers/http';
import { tempDir, testStore, type TestStore } from './helpers/store';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function host() {
  const t = await testStore();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  const ctx = { store: t.store, appVersion: 'test', laptop: 'Máy chủ', rendererDir };
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(name, input, ctx);
    if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
    return r.value as T;
  };
  const event = await t.call('events.create', { name: 'Đại hội', kind: 'congress', startDate: '2027-03-01' });
  const other = await t.call('events.create', { name: 'Hội nghị khác', kind: 'review', startDate: '2027-04-01' });
  const [cat] = await t.call('categories.list', { eventId: event.id });
  const people = [];
  for (const name of ['Nguyễn Văn An', 'Trần Thị Bình']) {
    const d = await t.call('delegates.create', { eventId: event.id, fullName: name, categoryId: cat!.id });
    t.store.sqlite
      .prepare('INSERT INTO badge_prints (id, event_id, delegate_id, issue, template_id, printed_at) VALUES (?, ?, ?, 1, NULL, ?)')
      .run(newId(), event.id, d.id, nowIso());
    people.push({ ...d, code: badgeCode({ eventId: event.id, delegateId: d.id, issue: 1 }) });
  }
  const state = await call<DeskHostState>('desks.open', { eventId: event.id, address: '127.0.0.1', port: 0 });
  closers.push(() => call('desks.close', {}));
  const port = Number(new URL(state.url!).port);
  const post = (p: string, body: unknown, token?: string, headers: Record<string, string> = {}, from?: string) =>
    request(port, {
      method: 'POST',
      path: p,
      body,
      from,
      headers: { 'content-type': 'application/json', ...(token ? { [DESK_TOKEN_HEADER]: token } : {}), ...headers },
    });
  const pair = async (name: string, code = state.code!, from?: string) => post('/desk/pair', { code, name }, undefined, {}, from);
  return { t, call, event, other, people, state, port, post, pair, rendererDir };
}

const checkInsOf = (t: TestStore) => t.store.sqlite.prepare('SELECT desk FROM check_ins').pluck().all() as string[];

describe('the desks on the local network', () => {
  it('serves the desk page with its mark and no host token, only on the chosen address', async () => {
    const h = await host();
    expect(h.state).toMatchObject({ open: true, eventId: h.event.id, eventName: 'Đại hội', locked: false, desks: [] });
    expect(h.state.url).toBe(`http://127.0.0.1:${h.port}/`);
    expect(h.state.code).toMatch(/^\d{6}$/);
    const page = await request(h.port, { path: '/' });
    expect(page.body).toContain('<meta name="hoi-nghi-desk" content="1">');
    expect(page.body).not.toContain('hoi-nghi-token');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('pairs with the right code and gives a token; refuses a wrong code; shuts out a device after a few wrong tries, everyone after many', async () => {
    const h = await host();
    const ok = await h.pair('Bàn 2');
    expect(ok.json).toMatchObject({ ok: true, value: { desk: { name: 'Bàn 2' }, event: { id: h.event.id, name: 'Đại hội' } } });
    expect(ok.json.value.token).toMatch(/^[0-9a-f]{64}$/);
    const wrongCode = h.state.code === '000000' ? '111111' : '000000';
    const wrong = await h.pair('Bàn 3', wrongCode);
    expect(wrong.status).toBe(403);
    expect(wrong.json.error.details.reason).toBe('wrong-code');
    for (let i = 1; i < MAX_WRONG_CODES; i++) await h.pair('Bàn 3', wrongCode);
    // This device is shut out: even the right code is refused until the host makes a new one.
    const locked = await h.pair('Bàn 3');
    expect(locked.status).toBe(429);
    expect(locked.json.error.details.reason).toBe('locked');
    // Another device is not: one guesser on the Wi-Fi cannot stop the desks pairing.
    expect((await h.call<DeskHostState>('desks.state', {})).locked).toBe(false);
    expect((await h.pair('Bàn 4', h.state.code!, '127.0.0.2')).json.ok).toBe(true);
    // Many devices guessing together: pairing locks for everyone.
    for (let i = MAX_WRONG_CODES; i < MAX_WRONG_CODES_IN_ALL; i++) await h.pair('Kẻ đoán', wrongCode, `127.0.1.${i}`);
    expect((await h.call<DeskHostState>('desks.state', {})).locked).toBe(true);
    expect((await h.pair('Bàn 5', h.state.code!, '127.0.0.3')).json.error.details.reason).toBe('locked');
    const fresh = await h.call<DeskHostState>('desks.newCode', {});
    expect(fresh.locked).toBe(false);
    expect((await h.pair('Bàn 3', fresh.code!)).json.ok).toBe(true);
    expect((await h.call<DeskHostState>('desks.state', {})).desks.map((d) => d.name)).toEqual(['Bàn 2', 'Bàn 4', 'Bàn 3']);
    // The token is kept only as its hash.
    expect(JSON.stringify(await h.call('desks.state', {}))).not.toContain(ok.json.value.token);
  });

  it('checks in through the host with the desk named; a second desk gets the warning; a revoked token is refused', async () => {
    const h = await host();
    const a = (await h.pair('Bàn 1')).json.value.token as string;
    const b = (await h.pair('Bàn 2')).json.value.token as string;
    const [p] = h.people;
    const first = await h.post('/rpc/checkin.checkIn', { eventId: h.event.id, code: p!.code }, a);
    expect(first.json).toMatchObject({ ok: true, value: { checkIn: { desk: 'Bàn 1', method: 'scan' } } });
    const second = await h.post('/rpc/checkin.checkIn', { code: p!.code }, b);
    expect(second.json).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'already', checkIn: { desk: 'Bàn 1' } } } });
    expect(second.json.error.message.vi).toContain('tại bàn “Bàn 1”');
    expect(checkInsOf(h.t)).toEqual(['Bàn 1']);
    const listed = (await h.call<DeskHostState>('desks.state', {})).desks;
    expect(listed.map((d) => [d.name, d.scans])).toEqual([
      ['Bàn 1', 1],
      ['Bàn 2', 1],
    ]);
    const revoked = await h.call<DeskHostState>('desks.revoke', { deskId: listed[1]!.id });
    // The revoked device knows the code: a new one, the old refused.
    expect(revoked.code).not.toBe(h.state.code);
    expect((await h.pair('Bàn 2 lần nữa')).json.error.details.reason).toBe('wrong-code');
    const refused = await h.post('/rpc/checkin.checkIn', { code: h.people[1]!.code }, b);
    expect(refused.status).toBe(403);
    expect(refused.json.error.details.reason).toBe('revoked');
    expect((await h.post('/desk/ping', {}, b)).json.error.details.reason).toBe('revoked');
    expect((await h.post('/desk/ping', {}, a)).json).toMatchObject({ ok: true, value: { desk: { name: 'Bàn 1' } } });
    expect(checkInsOf(h.t)).toEqual(['Bàn 1']);
  });

  it('a host that restarts at the same address takes its desks back: their tokens work, a revoked one stays out, a new code is asked of new desks only', async () => {
    const h = await host();
    const a = (await h.pair('Bàn 1')).json.value.token as string;
    const b = (await h.pair('Bàn 2')).json.value.token as string;
    const listed = (await h.call<DeskHostState>('desks.state', {})).desks;
    await h.call('desks.revoke', { deskId: listed[1]!.id });
    // The app stops (the server and the data file closed) and starts again on the same file.
    await h.call('desks.close', {});
    await h.t.store.close();
    const store = await openStore(h.t.store.file);
    closers.push(() => store.close());
    const ctx = { store, appVersion: 'test', laptop: 'Máy chủ', rendererDir: h.rendererDir };
    const again = await dispatch('desks.open', { eventId: h.event.id, address: '127.0.0.1', port: h.port }, ctx);
    closers.push(() => dispatch('desks.close', {}, ctx));
    expect(again).toMatchObject({ ok: true, value: { open: true, url: h.state.url } });
    const reopened = (again as { value: DeskHostState }).value;
    expect(reopened.code).not.toBe(h.state.code);
    expect(reopened.desks.map((d) => [d.name, d.revoked, d.scans])).toEqual([
      ['Bàn 1', false, 0],
      ['Bàn 2', true, 0],
    ]);
    expect((await h.post('/desk/ping', {}, a)).json).toMatchObject({ ok: true, value: { desk: { name: 'Bàn 1' }, event: { id: h.event.id } } });
    const scan = await h.post('/rpc/checkin.checkIn', { code: h.people[0]!.code }, a);
    expect(scan.json).toMatchObject({ ok: true, value: { checkIn: { desk: 'Bàn 1' } } });
    expect((await h.post('/desk/ping', {}, b)).json.error.details.reason).toBe('revoked');
    // The tokens are of this event's check-in only: opened for another event, no desk is let in.
    await dispatch('desks.open', { eventId: h.other.id, address: '127.0.0.1', port: h.port }, ctx);
    expect((await h.post('/desk/ping', {}, a)).json.error.details.reason).toBe('not-paired');
    // Kept as hashes only.
    const kept = JSON.stringify(store.sqlite.prepare('SELECT * FROM desk_pairings').all());
    expect(kept).not.toContain(a);
    expect(kept).not.toContain(b);
  });

  it('restoring a backup brings back the data, not the desks: one revoked since stays out, one paired since stays in', async () => {
    const h = await host();
    const lost = (await h.pair('Điện thoại bị mất')).json.value.token as string;
    const backup = await h.call<{ file: string }>('backups.create', {});
    const kept = (await h.pair('Bàn mới', (await h.call<DeskHostState>('desks.state', {})).code!)).json.value.token as string;
    const listed = (await h.call<DeskHostState>('desks.state', {})).desks;
    await h.call('desks.revoke', { deskId: listed.find((d) => d.name === 'Điện thoại bị mất')!.id });
    await h.call('desks.close', {});
    await h.call('backups.restore', { file: backup.file });
    await h.call('desks.open', { eventId: h.event.id, address: '127.0.0.1', port: h.port });
    expect((await h.post('/desk/ping', {}, lost)).json.error.details.reason).toBe('revoked');
    expect((await h.post('/desk/ping', {}, kept)).json).toMatchObject({ ok: true, value: { desk: { name: 'Bàn mới' } } });
  });

  it('refuses calls outside the allow-list, another event, no token, a wrong Host and a foreign Origin', async () => {
    const h = await host();
    const token = (await h.pair('Bàn 2')).json.value.token as string;
    const before = await h.t.call('events.list', {});
    for (const name of ['events.create', 'events.list', 'delegates.list', 'checkin.export', 'history.undo', 'desks.close', 'desks.state']) {
      const r = await h.post(`/rpc/${name}`, { eventId: h.event.id, name: 'X', kind: 'other', startDate: '2027-01-01' }, token);
      expect([name, r.status, r.json.error.details.reason]).toEqual([name, 403, 'not-allowed']);
    }
    const other = await h.post('/rpc/checkin.status', { eventId: h.other.id }, token);
    expect([other.status, other.json.error.details.reason]).toEqual([403, 'other-event']);
    const status = await h.post('/rpc/checkin.status', {}, token);
    expect(status.json).toMatchObject({ ok: true, value: { expected: 2, checkedIn: 0 } });
    expect((await h.post('/rpc/checkin.status', {})).status).toBe(403);
    expect((await h.post('/rpc/checkin.status', {}, 'f'.repeat(64))).json.error.details.reason).toBe('not-paired');
    const wrongHost = await request(h.port, {
      method: 'POST',
      path: '/rpc/checkin.status',
      host: `localhost:${h.port}`,
      headers: { [DESK_TOKEN_HEADER]: token },
      body: {},
    });
    expect(wrongHost.status).toBe(421);
    const rebound = await request(h.port, { path: '/', host: `evil.example:${h.port}` });
    expect(rebound.status).toBe(421);
    const foreign = await h.post('/rpc/checkin.status', {}, token, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const own = await h.post('/rpc/checkin.status', {}, token, { origin: `http://127.0.0.1:${h.port}` });
    expect(own.status).toBe(200);
    const big = await h.post('/rpc/checkin.find', { text: 'x'.repeat(20_000) }, token);
    expect(big.status).toBe(413);
    expect(await h.t.call('events.list', {})).toEqual(before);
  });

  it('closes: the address stops answering; an address this laptop does not have is refused', async () => {
    const h = await host();
    await h.call('desks.close', {});
    await expect(request(h.port, { path: '/' })).rejects.toThrow();
    const r = await dispatch(
      'desks.open',
      { eventId: h.event.id, address: '0.0.0.0', port: 0 },
      { store: h.t.store, appVersion: 'test', rendererDir: tempDir() },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

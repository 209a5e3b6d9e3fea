import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../db/clock';
import { openStore } from '../../db/connection';
import { dispatch } from '../../electron/main/dispatch';
import { badgeCode } from '../../shared/badges/qr-payload';
import type { DeskHostState, JoinedHost } from '../../shared/contract/desks';
import type { Result } from '../../shared/result';
import { tempDir, testStore } from './helpers/store';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function laptop(store: Awaited<ReturnType<typeof testStore>>['store'], name: string) {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  const ctx = { store, appVersion: 'test', laptop: name, rendererDir };
  const raw = (n: string, input: unknown) => dispatch(n, input, ctx) as Promise<Result<any>>;
  const call = async <T>(n: string, input: unknown): Promise<T> => {
    const r = await raw(n, input);
    if (!r.ok) throw new Error(`${n}: ${r.error.message.en}`);
    return r.value as T;
  };
  return { raw, call };
}

describe('a laptop with the app as a desk of a host', () => {
  it('a host that takes a scan and does not answer in time: said it may have been recorded, not that nothing was', async () => {
    const t = await testStore();
    const desk = await laptop(t.store, 'Laptop lễ tân');
    // A host busy past the desk's patience: it pairs, then holds every call unanswered.
    const held: http.ServerResponse[] = [];
    const server = http.createServer((req, res) => {
      if (req.url !== '/desk/pair') return void held.push(res);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, value: { token: 'a'.repeat(64), desk: { id: 'd', name: 'Bàn 3' }, event: { id: newId(), name: 'Đại hội' } } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(async () => {
      for (const res of held) res.destroy();
      await new Promise((resolve) => server.close(resolve));
    });
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    await desk.call('desks.join', { url, code: '123456', name: 'Bàn 3' });
    const r = await desk.raw('desks.forward', { call: 'checkin.checkIn', input: { code: 'HN1.X' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', details: { reason: 'host-lost' } } });
    expect(r.ok || r.error.message.vi).toContain('có thể đã ghi');
    expect(r.ok || r.error.message.vi).not.toContain('Chưa ghi gì');
  }, 15_000);

  it('forwards check-ins to the host; says at once when the host is lost; goes on in its own copy of the event', async () => {
    const t = await testStore();
    const host = await laptop(t.store, 'Máy chủ');
    const event = await t.call('events.create', { name: 'Đại hội', kind: 'congress', startDate: '2027-03-01' });
    const [cat] = await t.call('categories.list', { eventId: event.id });
    const codes: string[] = [];
    for (const fullName of ['Nguyễn Văn An', 'Trần Thị Bình']) {
      const d = await t.call('delegates.create', { eventId: event.id, fullName, categoryId: cat!.id });
      t.store.sqlite
        .prepare('INSERT INTO badge_prints (id, event_id, delegate_id, issue, template_id, printed_at) VALUES (?, ?, ?, 1, NULL, ?)')
        .run(newId(), event.id, d.id, nowIso());
      codes.push(badgeCode({ eventId: event.id, delegateId: d.id, issue: 1 }));
    }
    // The second laptop's copy of the event (what an event file would bring), before the doors open.
    const copyFile = path.join(tempDir(), 'copy.sqlite');
    await t.store.sqlite.backup(copyFile);
    const copy = await openStore(copyFile);
    closers.push(() => copy.close());
    const desk = await laptop(copy, 'Laptop lễ tân');

    const opened = await host.call<DeskHostState>('desks.open', { eventId: event.id, address: '127.0.0.1', port: 0 });
    const wrong = await desk.raw('desks.join', { url: opened.url, code: opened.code === '000000' ? '111111' : '000000', name: 'Bàn 3' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'wrong-code' } } });
    const joined = await desk.call<JoinedHost>('desks.join', { url: opened.url, code: opened.code, name: 'Bàn 3' });
    expect(joined).toMatchObject({ joined: true, url: opened.url, desk: { name: 'Bàn 3' }, event: { id: event.id }, reachable: true, localCopy: true });

    const first = await desk.call<{ checkIn: { desk: string } }>('desks.forward', { call: 'checkin.checkIn', input: { code: codes[0] } });
    expect(first.checkIn.desk).toBe('Bàn 3');
    const again = await desk.raw('desks.forward', { call: 'checkin.checkIn', input: { code: codes[0] } });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'already' } } });
    expect(t.store.sqlite.prepare('SELECT desk FROM check_ins').pluck().all()).toEqual(['Bàn 3']);
    expect(copy.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(0);
    // Only the check-in calls go through.
    expect((await desk.raw('desks.forward', { call: 'events.list', input: {} })).ok).toBe(false);

    // The host goes away: the next scan says so and records nothing; the heartbeat says so too.
    await host.call('desks.close', {});
    const lost = await desk.raw('desks.forward', { call: 'checkin.checkIn', input: { code: codes[1] } });
    expect(lost).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', details: { reason: 'host-lost' } } });
    expect(lost.ok || lost.error.message.vi).toContain('Mất kết nối với máy chủ');
    expect(await desk.call<JoinedHost>('desks.joined', {})).toMatchObject({ joined: true, reachable: false, localCopy: true });
    // Its own copy takes the next check-in, named after this laptop, to be merged back with an event file.
    const local = await desk.call<{ checkIn: { desk: string } }>('checkin.checkIn', { eventId: event.id, code: codes[1] });
    expect(local.checkIn.desk).toBe('Laptop lễ tân');
    expect(t.store.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(1);
  });

  it('a revoked desk learns it at the next heartbeat and stops forwarding', async () => {
    const t = await testStore();
    const host = await laptop(t.store, 'Máy chủ');
    const event = await t.call('events.create', { name: 'Đại hội', kind: 'congress', startDate: '2027-03-01' });
    const other = await testStore();
    const desk = await laptop(other.store, 'Laptop 2');
    const opened = await host.call<DeskHostState>('desks.open', { eventId: event.id, address: '127.0.0.1', port: 0 });
    closers.push(() => host.call('desks.close', {}));
    const joined = await desk.call<JoinedHost>('desks.join', { url: opened.url, code: opened.code, name: 'Bàn 4' });
    expect(joined.localCopy).toBe(false);
    await host.call('desks.revoke', { deskId: joined.desk!.id });
    expect(await desk.call<JoinedHost>('desks.joined', {})).toMatchObject({ joined: false, ended: 'revoked' });
    expect(await desk.raw('desks.forward', { call: 'checkin.status', input: {} })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

import { describe, expect, it } from 'vitest';
import { testStore, type TestStore } from './helpers/store';

async function event(t: TestStore) {
  const e = await t.call('events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08', startTime: '08:30' });
  const cats = await t.call('categories.list', { eventId: e.id });
  const cat = (code: string) => cats.find((c) => c.code === code)!.id;
  const add = (fullName: string, code = 'delegate') => t.call('delegates.create', { eventId: e.id, fullName, categoryId: cat(code) });
  return { eventId: e.id, add, cat };
}

describe('bridge points through dispatch', () => {
  it('creates a full point, edits it, keeps one main point, and undoes each write', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const chair = await add('Nguyễn Văn Chủ');
    const hn = await t.call('bridgePoints.create', { eventId, name: 'Hà Nội', isMain: true });
    const dn = await t.call('bridgePoints.create', {
      eventId,
      name: 'Đà Nẵng',
      hostUnit: 'Sở Khoa học và Công nghệ Đà Nẵng',
      chairDelegateId: chair.id,
      techName: 'Lê Kỹ Thuật',
      techPhone: '0905 123 456',
      expectedCount: 40,
    });
    expect(dn).toMatchObject({ isMain: false, techPhone: '0905 123 456', chairDelegateId: chair.id, expectedCount: 40 });
    const moved = await t.call('bridgePoints.setMain', { eventId, id: dn.id });
    expect(moved.filter((p) => p.isMain).map((p) => p.id)).toEqual([dn.id]);
    await t.call('history.undo', { eventId });
    expect((await t.call('bridgePoints.list', { eventId })).find((p) => p.isMain)?.id).toBe(hn.id);

    const edited = await t.call('bridgePoints.update', { id: dn.id, name: 'Đà Nẵng', line: 'VNPT 100 Mbps', backupLine: '4G' });
    expect(edited).toMatchObject({ line: 'VNPT 100 Mbps', backupLine: '4G', techName: null });
    await t.call('history.undo', { eventId });
    expect((await t.call('bridgePoints.detail', { id: dn.id })).point).toMatchObject({ techName: 'Lê Kỹ Thuật', line: null });

    // Made the main hall from its form: one write, one undo.
    expect(await t.call('bridgePoints.update', { id: dn.id, name: 'Đà Nẵng', isMain: true })).toMatchObject({ isMain: true });
    expect((await t.call('bridgePoints.list', { eventId })).filter((p) => p.isMain).map((p) => p.id)).toEqual([dn.id]);
    await t.call('history.undo', { eventId });
    const after = await t.call('bridgePoints.list', { eventId });
    expect(after.filter((p) => p.isMain).map((p) => p.id)).toEqual([hn.id]);
    expect(after.find((p) => p.id === dn.id)?.techName).toBe('Lê Kỹ Thuật');
  });

  it('refuses a bad phone, a second point of the same name, and a chair of another event, in both languages', async () => {
    const t = await testStore();
    const { eventId } = await event(t);
    const bad = await t.raw('bridgePoints.create', { eventId, name: 'Huế', techPhone: 'gọi anh Tâm' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: expect.stringContaining('Điện thoại kỹ thuật'), en: expect.stringContaining('phone') } },
    });
    await t.call('bridgePoints.create', { eventId, name: 'Huế', address: '1 Lê Lợi' });
    expect(await t.raw('bridgePoints.create', { eventId, name: 'HUẾ', address: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const other = await event(t);
    const stranger = await other.add('Người Ngoài');
    expect(await t.raw('bridgePoints.create', { eventId, name: 'Cần Thơ', chairDelegateId: stranger.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('assigns delegates in bulk, shows them with counts by category, and deletes a point keeping them', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const a = await add('Trần Thị A');
    const b = await add('Lê Văn B', 'guest');
    const c = await add('Phạm C');
    const p = await t.call('bridgePoints.create', { eventId, name: 'TP. Hồ Chí Minh', chairDelegateId: a.id });
    expect(await t.call('bridgePoints.assign', { eventId, bridgePointId: p.id, delegateIds: [a.id, b.id] })).toEqual({ updated: 2 });
    const detail = await t.call('bridgePoints.detail', { id: p.id });
    // By given name, the Vietnamese way: A before B.
    expect(detail.delegates.map((d) => d.fullName)).toEqual(['Trần Thị A', 'Lê Văn B']);
    expect(detail.byCategory.map((x) => [x.code, x.count])).toEqual([
      ['delegate', 1],
      ['guest', 1],
    ]);
    expect(detail.chair?.fullName).toBe('Trần Thị A');
    expect(detail.plan).toBeNull();

    await t.call('bridgePoints.delete', { id: p.id });
    const people = await t.call('delegates.list', { eventId });
    expect(people.map((d) => d.bridgePointId)).toEqual([null, null, null]);
    expect(people.map((d) => d.id).sort()).toEqual([a.id, b.id, c.id].sort());
    await t.call('history.undo', { eventId });
    expect((await t.call('bridgePoints.detail', { id: p.id })).delegates).toHaveLength(2);
  });

  it('generates each point’s schedule once, logs failed then passed, and the board reads the check-ins', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const p = await t.call('bridgePoints.create', { eventId, name: 'Cần Thơ', techPhone: '0292 3812 345' });
    const q = await t.call('bridgePoints.create', { eventId, name: 'Hải Phòng' });
    const first = await t.call('bridgeTests.generate', { eventId });
    expect(first.created).toHaveLength(8);
    expect(first.created.filter((x) => x.bridgePointId === p.id).map((x) => x.plannedAt)).toEqual([
      '2027-01-06T14:00',
      '2027-01-07T14:00',
      '2027-01-08T06:30',
      '2027-01-08T07:30',
    ]);
    const d2 = first.created[0]!;
    await t.call('bridgeTests.update', { id: d2.id, kind: 'test', plannedAt: '2027-01-06T15:00', label: 'Thử với VNPT' });
    expect((await t.call('bridgeTests.generate', { eventId })).created).toEqual([]);
    await t.call('bridgeTests.delete', { id: first.created.at(-1)!.id });
    expect((await t.call('bridgeTests.generate', { eventId, bridgePointId: q.id })).created.map((x) => x.kind)).toEqual(['onsite']);

    const failed = await t.call('bridgeTests.log', {
      id: d2.id,
      result: 'failed',
      loggedAt: '2027-01-06T15:10',
      sound: 'poor',
      problem: 'Mất tiếng',
      onLine: 'Anh Tâm',
      action: 'Đổi micro',
    });
    expect(failed).toMatchObject({ result: 'failed', plannedAt: '2027-01-06T15:00', problem: 'Mất tiếng' });
    const extra = await t.call('bridgeTests.log', { bridgePointId: p.id, result: 'passed', loggedAt: '2027-01-06T16:00' });
    expect(extra).toMatchObject({ kind: 'extra', plannedAt: null, result: 'passed' });
    expect(await t.raw('bridgeTests.log', { id: d2.id, result: 'ok', loggedAt: '2027-01-06 16:00' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: expect.stringContaining('07/01/2027 14h00') } },
    });

    const x = await add('Võ X');
    const y = await add('Đỗ Y');
    await t.call('bridgePoints.assign', { eventId, bridgePointId: p.id, delegateIds: [x.id, y.id] });
    await t.call('checkin.checkIn', { eventId, delegateId: x.id });
    const board = await t.call('bridgePoints.board', { eventId });
    expect(board.counts[p.id]).toEqual({ assigned: 2, checkedIn: 1 });
    expect(board.tests.filter((t) => t.bridgePointId === p.id)).toHaveLength(5);

    const history = await t.call('history.list', { eventId });
    expect(history.entries.slice(0, 2).map((h) => h.label.vi)).toEqual(expect.arrayContaining([expect.stringContaining('Chuyển 2 đại biểu')]));
  });

  it('the demo event has its main hall flagged', async () => {
    const t = await testStore();
    const demo = await t.call('events.createDemo', {});
    const points = await t.call('bridgePoints.list', { eventId: demo.id });
    expect(points.filter((p) => p.isMain).map((p) => p.name)).toEqual(['Điểm cầu chính: Hà Nội']);
  });
});

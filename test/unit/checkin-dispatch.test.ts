import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../db/clock';
import { badgeCode } from '../../shared/badges/qr-payload';
import type { AlreadyCheckedIn } from '../../shared/contract/checkin';
import { testStore, type TestStore } from './helpers/store';

async function event(t: TestStore) {
  const e = await t.call('events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08', organizer: 'Bộ Nội vụ' });
  const cats = await t.call('categories.list', { eventId: e.id });
  const cat = (code: string) => cats.find((c) => c.code === code)!.id;
  const dn = await t.call('bridgePoints.create', { eventId: e.id, name: 'Đà Nẵng' });
  const add = (fullName: string, title: string | null, extra: Record<string, unknown> = {}) =>
    t.call('delegates.create', { eventId: e.id, fullName, title, categoryId: cat('delegate'), ...extra });
  return { eventId: e.id, cat, dn, add };
}

const printBadge = (t: TestStore, eventId: string, delegateId: string, issue: number) =>
  t.store.sqlite
    .prepare('INSERT INTO badge_prints (id, event_id, delegate_id, issue, template_id, printed_at) VALUES (?, ?, ?, ?, NULL, ?)')
    .run(newId(), eventId, delegateId, issue, nowIso());

describe('check-in through dispatch', () => {
  it('finds by part of a name without diacritics, or by a scanned code', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const thuy = await add('Đặng Thị Thủy', 'Vụ trưởng', { organization: 'Vụ Tổ chức cán bộ' });
    await add('Nguyễn Văn An', 'Chuyên viên');
    const found = await t.call('checkin.find', { eventId, text: 'dang thi thuy' });
    expect(found).toMatchObject({ kind: 'name', more: false, people: [{ id: thuy.id, fullName: 'Đặng Thị Thủy', checkIn: null }] });
    const byUnit = await t.call('checkin.find', { eventId, text: 'to chuc' });
    expect(byUnit.people.map((p) => p.id)).toEqual([thuy.id]);
    const code = badgeCode({ eventId, delegateId: thuy.id, issue: 1 });
    expect(await t.call('checkin.find', { eventId, text: ` ${code.toUpperCase()} ` })).toMatchObject({ kind: 'code', people: [{ id: thuy.id }] });
    expect((await t.call('checkin.find', { eventId, text: '' })).people).toEqual([]);
  });

  it('checks in once: a second check-in is refused with the time and the desk, and never a second row', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const d = await add('Trần Văn Bình', 'Thứ trưởng');
    await t.call('settings.update', { laptopName: 'Bàn số 1' });
    const first = await t.call('checkin.checkIn', { eventId, delegateId: d.id });
    expect(first.checkIn).toMatchObject({ delegateId: d.id, desk: 'Bàn số 1', method: 'search' });
    expect(first.person.checkIn?.id).toBe(first.checkIn.id);

    printBadge(t, eventId, d.id, 1);
    const again = await t.raw('checkin.checkIn', { eventId, code: badgeCode({ eventId, delegateId: d.id, issue: 1 }) });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: { vi: expect.stringContaining('đã điểm danh lúc') } } });
    if (again.ok) throw new Error('unreachable');
    expect(again.error.message.vi).toContain('tại bàn “Bàn số 1”');
    expect(again.error.message.en).toContain('already checked in at');
    expect((again.error.details as AlreadyCheckedIn).checkIn.id).toBe(first.checkIn.id);
    expect(await t.raw('checkin.checkIn', { eventId, delegateId: d.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.store.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(1);
    // The database refuses a second row even past the handler.
    expect(() =>
      t.store.sqlite
        .prepare("INSERT INTO check_ins (id, event_id, delegate_id, checked_at, desk, method) VALUES (?, ?, ?, ?, 'x', 'scan')")
        .run(newId(), eventId, d.id, nowIso()),
    ).toThrow(/UNIQUE/);
  });

  it("refuses another event's badge, a replaced badge and a code never printed", async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const other = await event(t);
    const d = await add('Lê Thị Hoà', 'Vụ trưởng');
    const x = await other.add('Phạm Văn C', null);
    printBadge(t, other.eventId, x.id, 1);
    expect(await t.raw('checkin.checkIn', { eventId, code: badgeCode({ eventId: other.eventId, delegateId: x.id, issue: 1 }) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: { vi: expect.stringContaining('hội nghị khác') }, details: { reason: 'other-event' } },
    });
    expect(await t.raw('checkin.checkIn', { eventId, code: badgeCode({ eventId, delegateId: d.id, issue: 1 }) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'not-issued' } },
    });
    printBadge(t, eventId, d.id, 1);
    printBadge(t, eventId, d.id, 2);
    expect(await t.raw('checkin.checkIn', { eventId, code: badgeCode({ eventId, delegateId: d.id, issue: 1 }) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: { vi: expect.stringContaining('Thẻ đã được cấp lại') }, details: { reason: 'replaced' } },
    });
    expect(await t.raw('checkin.checkIn', { eventId, code: 'not a badge' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.store.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(0);
    const ok = await t.call('checkin.checkIn', { eventId, code: badgeCode({ eventId, delegateId: d.id, issue: 2 }) });
    expect(ok.checkIn.method).toBe('scan');
  });

  it('undoes a check-in as a write of its own, in the history and undoable there', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const d = await add('Hoàng Văn Dũng', null);
    await t.call('checkin.checkIn', { eventId, delegateId: d.id });
    const list = await t.call('history.list', { eventId });
    expect(JSON.stringify(list)).toContain('Điểm danh Hoàng Văn Dũng');
    const undone = await t.call('checkin.undo', { eventId, delegateId: d.id });
    expect(undone.checkIn).toBeNull();
    expect(JSON.stringify(await t.call('history.list', { eventId }))).toContain('Hủy điểm danh Hoàng Văn Dũng');
    expect(await t.raw('checkin.undo', { eventId, delegateId: d.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The history's undo puts the check-in back.
    await t.call('history.undo', { eventId });
    expect((await t.call('checkin.find', { eventId, text: 'dung' })).people[0]!.checkIn).not.toBeNull();
    await t.call('checkin.checkIn', { eventId, delegateId: (await add('Võ Thị E', null)).id });
    expect((await t.call('checkin.status', { eventId })).checkedIn).toBe(2);
  });

  it("the senior guests' cut is the event's: set lower, a Giám đốc Sở counts; one undoable change; a bad level refused", async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const deputy = await add('Trần Thị Lan', 'Thứ trưởng Bộ Nội vụ');
    const director = await add('Ngô Văn Sở', 'Giám đốc Sở Nội vụ');
    let s = await t.call('checkin.status', { eventId });
    expect([s.seniorLevel, s.seniorsAbsent.map((p) => p.id)]).toEqual([340, [deputy.id]]);
    s = await t.call('checkin.setSeniorLevel', { eventId, level: 600 });
    expect([s.seniorLevel, s.seniorsAbsent.map((p) => p.id)]).toEqual([600, [deputy.id, director.id]]);
    expect((await t.call('events.get', { id: eventId })).seniorLevel).toBe(600);
    expect((await t.call('history.list', { eventId })).entries[0]!.label.vi).toBe('Đổi khách cấp cao thành từ cấp 600 trở lên');
    await t.call('history.undo', { eventId });
    expect((await t.call('checkin.status', { eventId })).seniorsAbsent.map((p) => p.id)).toEqual([deputy.id]);
    for (const level of [0, 1.5, 10_000, '600'])
      expect(await t.raw('checkin.setSeniorLevel', { eventId, level })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('counts by category, bridge point and status; lists the seniors not arrived in precedence order; exports', async () => {
    const t = await testStore();
    const { eventId, add, cat, dn } = await event(t);
    const minister = await add('Nguyễn Văn Minh', 'Bộ trưởng Bộ Nội vụ', { status: 'confirmed' });
    const deputy = await add('Trần Thị Lan', 'Thứ trưởng Bộ Nội vụ', { bridgePointId: dn.id });
    const guest = await add('Lê Văn Khách', 'Giám đốc', { categoryId: cat('guest') });
    const plain = await add('Phạm Văn Thường', 'Chuyên viên', { bridgePointId: dn.id });
    await add('Đỗ Văn Vắng', 'Chuyên viên', { status: 'declined' });
    let s = await t.call('checkin.status', { eventId });
    expect(s).toMatchObject({ expected: 4, checkedIn: 0 });
    expect(s.seniorsAbsent.map((p) => p.id)).toEqual([minister.id, deputy.id, guest.id]);
    await t.call('checkin.checkIn', { eventId, delegateId: deputy.id });
    await t.call('checkin.checkIn', { eventId, delegateId: plain.id });
    s = await t.call('checkin.status', { eventId });
    expect(s).toMatchObject({ expected: 4, checkedIn: 2 });
    expect(s.seniorsAbsent.map((p) => p.id)).toEqual([minister.id, guest.id]);
    expect(s.byCategory.find((l) => l.code === 'delegate')).toMatchObject({ expected: 3, checkedIn: 2 });
    expect(s.byCategory.find((l) => l.code === 'guest')).toMatchObject({ expected: 1, checkedIn: 0 });
    expect(s.byBridgePoint).toEqual([
      { key: '', code: null, label: null, expected: 2, checkedIn: 0 },
      { key: dn.id, code: null, label: 'Đà Nẵng', expected: 2, checkedIn: 2 },
    ]);
    expect(s.byStatus.find((l) => l.key === 'invited')).toMatchObject({ expected: 3, checkedIn: 2 });
    expect(s.recent.map((p) => p.id).sort()).toEqual([deputy.id, plain.id].sort());

    const file = await t.call('checkin.export', { eventId, language: 'vi' });
    expect(file.fileName).toMatch(/^diem-danh-.*\.xlsx$/);
    const buffer = Buffer.from(file.dataBase64, 'base64');
    const sheets = await readXlsxFile(buffer);
    expect(sheets.map((x) => x.sheet)).toEqual(['Tổng hợp', 'Đã điểm danh', 'Vắng mặt']);
    const [summarySheet, present, absent] = sheets.map((x) => x.data);
    const summary = summarySheet!.map((r) => r[0]);
    expect(summary).toContain('Tại điểm cầu Đà Nẵng, 2 đại biểu tham dự.');
    expect(summary).toContain('Tại điểm cầu hội trường chính, 0 đại biểu tham dự.');
    expect(present!.slice(1).map((r) => r[1])).toEqual(['Trần Thị Lan', 'Phạm Văn Thường']);
    expect(absent!.slice(1).map((r) => r[1])).toEqual(['Nguyễn Văn Minh', 'Lê Văn Khách']);
  });
});

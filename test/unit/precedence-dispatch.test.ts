import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { catalogueRules } from '../../shared/precedence/catalogue';
import { testStore, type TestStore } from './helpers/store';

async function event(t: TestStore, organizer = 'Văn phòng Quốc hội') {
  const e = await t.call('events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08', organizer });
  const cats = await t.call('categories.list', { eventId: e.id });
  const cat = (code: string) => cats.find((c) => c.code === code)!.id;
  const add = (fullName: string, title: string | null, extra: Record<string, unknown> = {}) =>
    t.call('delegates.create', { eventId: e.id, fullName, title, categoryId: cat('delegate'), ...extra });
  return { eventId: e.id, cat, add };
}

const ids = async (t: TestStore, eventId: string) => (await t.call('precedence.order', { eventId })).entries.map((e) => e.id);

describe('precedence through dispatch', () => {
  it('seeds every new event with the catalogue; save, add, reset and copy rules', async () => {
    const t = await testStore();
    const { eventId } = await event(t);
    const seeded = await t.call('precedenceRules.list', { eventId });
    expect(seeded).toHaveLength(catalogueRules().length);
    expect(seeded[0]).toMatchObject({ post: 'Tổng Bí thư', level: 10, orgPattern: null });

    const saved = await t.call('precedenceRules.save', {
      eventId,
      rules: [
        { post: ' Giám đốc  Sở ', level: 500 },
        { post: 'Chuyên viên', orgPattern: '  ', level: 920 },
      ],
    });
    expect(saved.map((r) => [r.post, r.orgPattern, r.level])).toEqual([
      ['Giám đốc Sở', null, 500],
      ['Chuyên viên', null, 920],
    ]);
    for (const bad of [
      { post: '', level: 5 },
      { post: 'X', level: 0 },
      { post: 'X', level: 10_000 },
      { post: 'X', level: 1.5 },
      { post: '(—)', level: 5 },
      { post: 'Vụ trưởng, Bí thư', level: 5 },
      { post: 'X', orgPattern: 'a*b*c*d*e*f*g*h', level: 5 },
    ])
      expect(await t.raw('precedenceRules.save', { eventId, rules: [bad] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('precedenceRules.list', { eventId })).toHaveLength(2);
    const comma = await t.raw('precedenceRules.add', { eventId, rule: { post: 'Vụ trưởng, Bí thư', level: 5 } });
    expect(comma).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringContaining('cần đúng một chức vụ') } } });

    const added = await t.call('precedenceRules.add', { eventId, rule: { post: 'Trưởng ban Quản lý dự án', level: 810 } });
    expect(added.map((r) => r.level)).toEqual([500, 810, 920]);
    expect(await t.call('precedenceRules.reset', { eventId })).toHaveLength(seeded.length);

    const other = await event(t);
    await t.call('precedenceRules.save', { eventId: other.eventId, rules: [{ post: 'Bộ trưởng', level: 1 }] });
    await t.call('precedence.saveSettings', { eventId: other.eventId, hostOrganizations: [], formerPosts: 'current-only', unrankedCategoryIds: [] });
    const copied = await t.call('precedenceRules.copy', { eventId, fromEventId: other.eventId });
    expect(copied.map((r) => r.post)).toEqual(['Bộ trưởng']);
    expect((await t.call('events.get', { id: eventId })).formerPosts).toBe('current-only');
    expect(await t.raw('precedenceRules.copy', { eventId, fromEventId: eventId })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('precedenceRules.copy', { eventId, fromEventId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers the order with guests before hosts, the organizer as host by default, and who is left out', async () => {
    const t = await testStore();
    const { eventId, cat, add } = await event(t);
    const host = await add('Lê Văn Chủ', 'Phó Chủ nhiệm Văn phòng Quốc hội', { appointmentDate: '2015-01-01' });
    const guest = await add('Trần Thị Khách', 'Thứ trưởng Bộ Tài chính', { organization: 'Bộ Tài chính', appointmentDate: '2024-01-01' });
    const press = await add('Phạm Phóng Viên', 'Phóng viên', { categoryId: cat('reporter') });
    const declined = await add('Đỗ Từ Chối', 'Bộ trưởng', { status: 'declined' });
    const unknown = await add('Hồ Chưa Rõ', 'Trưởng ban Quản lý dự án');
    const order = await t.call('precedence.order', { eventId });
    expect(order.entries.map((e) => e.id)).toEqual([guest.id, host.id, unknown.id]);
    expect(order.entries.map((e) => e.level)).toEqual([300, 300, null]);
    expect(order.entries[1]!.host).toBe(true);
    expect(order.excluded).toEqual(
      expect.arrayContaining([
        { id: press.id, why: 'category' },
        { id: declined.id, why: 'declined' },
      ]),
    );
    expect(order.unmatched).toEqual([{ title: 'Trưởng ban Quản lý dự án', post: 'Trưởng ban Quản lý dự án', ids: [unknown.id] }]);

    // Reporters counted, a host named by hand: the order follows the settings.
    const { categories, event: saved } = await t.call('precedence.saveSettings', {
      eventId,
      hostOrganizations: ['Bộ Tài chính'],
      formerPosts: 'after-holders',
      unrankedCategoryIds: [cat('staff')],
    });
    expect(saved.hostOrganizations).toEqual(['Bộ Tài chính']);
    expect(categories.find((c) => c.code === 'reporter')!.ranked).toBe(true);
    // "Phóng viên" is a title no rule knows: counted now, but without a level, after "Hồ Chưa Rõ" by given name.
    expect(await ids(t, eventId)).toEqual([host.id, guest.id, unknown.id, press.id]);
    expect(
      await t.raw('precedence.saveSettings', { eventId, hostOrganizations: [], formerPosts: 'after-holders', unrankedCategoryIds: ['other'] }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a title given a level from the unmatched list places every delegate with it, including later ones', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const a = await add('Nguyễn Văn A', 'Trưởng ban Quản lý dự án');
    const chief = await add('Trần Văn B', 'Vụ trưởng Vụ Tổng hợp');
    const clerk = await add('Lê Văn C', 'Chuyên viên');
    await t.call('precedenceRules.add', { eventId, rule: { post: 'Trưởng ban Quản lý dự án', level: 540 } });
    const later = await add('Phạm Văn D', 'Trưởng ban Quản lý dự án');
    const order = await t.call('precedence.order', { eventId });
    expect(order.entries.map((e) => e.id)).toEqual([chief.id, a.id, later.id, clerk.id]);
    expect(order.unmatched).toEqual([]);
  });

  it('moves inside a level, across levels, and resets; each move is one transaction that touches only what it says', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t, 'Bộ Tài chính');
    const minister = await add('Minister', 'Bộ trưởng');
    const d1 = await add('Deputy One', 'Thứ trưởng', { appointmentDate: '2019-01-01' });
    const d2 = await add('Deputy Two', 'Thứ trưởng', { appointmentDate: '2020-01-01' });
    const h1 = await add('Head One', 'Vụ trưởng');
    const before = await t.call('delegates.list', { eventId });

    let order = await t.call('precedence.move', { eventId, delegateId: d2.id, overId: d1.id });
    expect(order.entries.map((e) => e.id)).toEqual([minister.id, d2.id, d1.id, h1.id]);
    let list = await t.call('delegates.list', { eventId });
    expect(list.every((d) => d.precedenceLevel === null)).toBe(true);
    // Keyed down to the moved row only: the deputy after it keeps falling by the tie-breaks.
    expect(list.filter((d) => d.precedenceOrder !== null).map((d) => [d.id, d.precedenceOrderLevel])).toEqual([[d2.id, 300]]);
    expect(list.find((d) => d.id === minister.id)).toEqual(before.find((d) => d.id === minister.id));

    // Up across the level boundary: the head of department joins the deputies' level, last.
    order = await t.call('precedence.move', { eventId, delegateId: h1.id, overId: d1.id });
    expect(order.entries.map((e) => e.id)).toEqual([minister.id, d2.id, h1.id, d1.id]);
    const moved = order.entries.find((e) => e.id === h1.id)!;
    expect(moved).toMatchObject({ level: 300, reason: { kind: 'hand', of: 'Deputy One (Thứ trưởng)', ruleLevel: 500 } });
    list = await t.call('delegates.list', { eventId });
    expect(list.filter((d) => d.precedenceLevel !== null).map((d) => d.id)).toEqual([h1.id]);

    // A delegate added afterwards is placed by its title, never above the minister.
    const late = await add('Late Arrival', 'Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh');
    expect((await ids(t, eventId)).at(-1)).toBe(late.id);

    order = await t.call('precedence.reset', { eventId, scope: { kind: 'level', delegateId: h1.id } });
    expect(order.entries.find((e) => e.id === h1.id)).toMatchObject({ level: 500, reason: { kind: 'rule' } });
    order = await t.call('precedence.reset', { eventId, scope: { kind: 'order', level: 300 } });
    expect(order.entries.map((e) => e.id).slice(0, 3)).toEqual([minister.id, d1.id, d2.id]);
    await t.call('precedence.move', { eventId, delegateId: d2.id, overId: d1.id });
    order = await t.call('precedence.reset', { eventId, scope: { kind: 'all' } });
    expect(order.entries.every((e) => e.handOrder === null && e.reason.kind !== 'hand')).toBe(true);
  });

  it('refuses bad moves with a clear message and changes nothing', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const a = await add('A', 'Bộ trưởng');
    const b = await add('B', 'Trưởng ban Quản lý dự án');
    const declined = await add('C', 'Thứ trưởng', { status: 'declined' });
    const before = await t.call('delegates.list', { eventId });
    const into = await t.raw('precedence.move', { eventId, delegateId: a.id, overId: b.id });
    expect(into).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringContaining('chưa xếp cấp') } } });
    expect(await t.raw('precedence.move', { eventId, delegateId: declined.id, overId: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.raw('precedence.move', { eventId, delegateId: a.id, overId: 'gone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const bad of [
      { eventId, delegateId: b.id, overId: 1 },
      { eventId, delegateId: b.id, overId: '' },
      { eventId, delegateId: b.id },
      { eventId, delegateId: b.id, overId: a.id, to: 0 },
    ])
      expect(await t.raw('precedence.move', bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('precedence.reset', { eventId, scope: { kind: 'level', delegateId: 'nope' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.call('delegates.list', { eventId })).toEqual(before);
  });

  it('is computed again after any change, even one made outside dispatch or rolled back', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const a = await add('A', 'Vụ trưởng');
    const b = await add('B', 'Thứ trưởng');
    expect(await ids(t, eventId)).toEqual([b.id, a.id]);
    expect(await ids(t, eventId)).toEqual([b.id, a.id]);
    t.store.sqlite.prepare("UPDATE delegates SET title = 'Bộ trưởng' WHERE id = ?").run(a.id);
    expect(await ids(t, eventId)).toEqual([a.id, b.id]);
    // A write that fails half-way leaves the data as it was, and the order with it.
    const r = await t.raw('delegates.bulkUpdate', { eventId, ids: [a.id, 'missing'], set: { status: 'declined' } });
    expect(r.ok).toBe(false);
    expect(await ids(t, eventId)).toEqual([a.id, b.id]);
  });

  it('exports the order as .xlsx with the event name and date above the table', async () => {
    const t = await testStore();
    const e = await t.call('events.createDemo', {});
    const order = await t.call('precedence.order', { eventId: e.id });
    const file = await t.call('precedence.export', { eventId: e.id, language: 'vi' });
    expect(file.fileName).toMatch(/^thu-tu-uu-tien-hoi-nghi-tong-ket.*\.xlsx$/);
    const [sheet] = await readXlsxFile(Buffer.from(file.dataBase64, 'base64'));
    expect(sheet!.data[0]![0]).toBe(e.name);
    expect(sheet!.data[1]![0]).toMatch(/^Ngày 08\/01\/2027/);
    expect(sheet!.data[4]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Cấp', 'Nhóm cấp', 'Căn cứ', 'Ngày bổ nhiệm', 'Ngày sinh']);
    const rows = sheet!.data.slice(5);
    expect(rows).toHaveLength(order.entries.length);
    expect(rows[0]!.slice(0, 3)).toEqual([1, expect.any(String), 'Phó Thủ tướng Chính phủ']);
    expect(rows[0]![4]).toBe(130);
    expect(rows.map((r) => r[0])).toEqual(order.entries.map((x) => x.position));
    const en = await t.call('precedence.export', { eventId: e.id, language: 'en' });
    const [enSheet] = await readXlsxFile(Buffer.from(en.dataBase64, 'base64'));
    expect(enSheet!.data[4]![0]).toBe('No.');
  });

  it('the demo event puts its senior guests in a believable order', async () => {
    const t = await testStore();
    const e = await t.call('events.createDemo', {});
    const order = await t.call('precedence.order', { eventId: e.id });
    const byId = new Map((await t.call('delegates.list', { eventId: e.id })).map((d) => [d.id, d]));
    const titles = order.entries.map((x) => byId.get(x.id)!.title);
    expect(titles[0]).toBe('Phó Thủ tướng Chính phủ');
    const minister = titles.indexOf('Ủy viên Trung ương Đảng, Bí thư Ban cán sự đảng, Bộ trưởng');
    expect(minister).toBeLessThan(titles.indexOf('Thứ trưởng Bộ Tài chính'));
    // Guest deputy ministers before the host's own deputy ministers.
    expect(titles.indexOf('Thứ trưởng Bộ Tài chính')).toBeLessThan(titles.indexOf('Thứ trưởng'));
    // Every department head before every deputy, every deputy before the staff.
    const lastHead = titles.findLastIndex((x) => /^(Vụ|Cục) trưởng/.test(x ?? ''));
    const firstDeputy = titles.findIndex((x) => /^Phó (Vụ|Cục) trưởng/.test(x ?? ''));
    expect(lastHead).toBeLessThan(firstDeputy);
    expect(order.entries.slice(0, 15).every((x) => x.level !== null)).toBe(true);
    expect(order.excluded.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { testStore } from './helpers/store';

const event = { name: 'Hội nghị tổng kết năm 2026', kind: 'review', startDate: '2027-01-08', startTime: '08:00' } as const;

describe('events', () => {
  it('creates, lists with delegate counts, updates and deletes an event with its delegates', async () => {
    const t = await testStore();
    const e = await t.call('events.create', { ...event, venue: '  Trung tâm Hội nghị  Quốc gia ' });
    expect(e.venue).toBe('Trung tâm Hội nghị Quốc gia');
    expect(e.endDate).toBeNull();
    const cats = await t.call('categories.list', { eventId: e.id });
    expect(cats.map((c) => c.code)).toEqual(['delegate', 'guest', 'reporter', 'staff']);
    await t.call('delegates.create', { eventId: e.id, fullName: 'Lê Văn Tám', categoryId: cats[0]!.id });
    expect((await t.call('events.list', {}))[0]).toMatchObject({ id: e.id, delegateCount: 1 });

    const updated = await t.call('events.update', { id: e.id, ...event, kind: 'congress', endDate: '2027-01-09' });
    expect(updated).toMatchObject({ kind: 'congress', endDate: '2027-01-09' });
    expect(updated.updatedAt >= e.updatedAt).toBe(true);

    await t.call('settings.update', { lastEventId: e.id });
    await t.call('events.delete', { id: e.id });
    expect(await t.call('events.list', {})).toEqual([]);
    expect((await t.call('settings.get', {})).lastEventId).toBeNull();
    const left = t.store.sqlite.prepare('SELECT (SELECT count(*) FROM delegates) + (SELECT count(*) FROM categories) n').get();
    expect(left).toEqual({ n: 0 });
  });

  it('answers NOT_FOUND for an event that is not there', async () => {
    const t = await testStore();
    const r = await t.raw('events.update', { id: 'missing', ...event });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: { vi: expect.stringContaining('hội nghị') } } });
  });

  it('creates the demo: a year-end review with 198 delegates in all four categories', async () => {
    const t = await testStore();
    const demo = await t.call('events.createDemo', {});
    expect(demo.kind).toBe('review');
    const delegates = await t.call('delegates.list', { eventId: demo.id });
    expect(delegates).toHaveLength(198);
    const cats = await t.call('categories.list', { eventId: demo.id });
    const perCategory = cats.map((c) => delegates.filter((d) => d.categoryId === c.id).length);
    expect(perCategory.every((n) => n > 0)).toBe(true);
    expect(delegates.filter((d) => d.fullName === 'Nguyễn Văn Hòa').map((d) => d.organization)).toHaveLength(2);
    expect(delegates.every((d) => d.fullName === d.fullName.normalize('NFC'))).toBe(true);
  });
});

describe('delegates', () => {
  it('stores names NFC with whitespace collapsed, and edits and deletes them', async () => {
    const t = await testStore();
    const e = await t.call('events.create', event);
    const [delegate] = await t.call('categories.list', { eventId: e.id });
    const d = await t.call('delegates.create', {
      eventId: e.id,
      fullName: '  Nguye\u0302\u0303n   Va\u0306n  Đức '.normalize('NFD'),
      title: 'Vụ trưởng',
      organization: 'Vụ Pháp chế',
      categoryId: delegate!.id,
      precedenceLevel: 300,
      phone: '0912 345 678',
      email: 'duc@example.gov.vn',
    });
    expect(d.fullName).toBe('Nguyễn Văn Đức');
    expect(d.fullName).toBe(d.fullName.normalize('NFC'));
    expect(d.notes).toBeNull();

    const edited = await t.call('delegates.update', {
      id: d.id,
      fullName: 'Nguyễn Văn Đức',
      categoryId: delegate!.id,
      title: 'Thứ trưởng',
      precedenceLevel: null,
    });
    expect(edited).toMatchObject({ title: 'Thứ trưởng', organization: null, precedenceLevel: null });
    expect(await t.call('delegates.list', { eventId: e.id })).toHaveLength(1);
    await t.call('delegates.delete', { id: d.id });
    expect(await t.call('delegates.list', { eventId: e.id })).toEqual([]);
    expect(await t.raw('delegates.delete', { id: d.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each([
    ['bad email', { email: 'not-an-email' }, 'email'],
    ['bad phone', { phone: 'gọi sau' }, 'phone'],
    ['level zero', { precedenceLevel: 0 }, 'precedenceLevel'],
    ['fractional level', { precedenceLevel: 1.5 }, 'precedenceLevel'],
    ['level as text', { precedenceLevel: '1' }, 'precedenceLevel'],
    ['level past the scale', { precedenceLevel: 10_000 }, 'precedenceLevel'],
  ])('refuses a delegate with %s and stores nothing', async (_l, patch, field) => {
    const t = await testStore();
    const e = await t.call('events.create', event);
    const [cat] = await t.call('categories.list', { eventId: e.id });
    const r = await t.raw('delegates.create', { eventId: e.id, fullName: 'Trần Thị Lan', categoryId: cat!.id, ...patch });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [expect.objectContaining({ path: field })] } });
    expect(await t.call('delegates.list', { eventId: e.id })).toEqual([]);
  });

  it('refuses a category of another event', async () => {
    const t = await testStore();
    const a = await t.call('events.create', event);
    const b = await t.call('events.create', { ...event, name: 'Đại hội' });
    const [catOfB] = await t.call('categories.list', { eventId: b.id });
    const r = await t.raw('delegates.create', { eventId: a.id, fullName: 'Trần Thị Lan', categoryId: catOfB!.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('adds a custom category once, and maps builtin names to the builtin category', async () => {
    const t = await testStore();
    const e = await t.call('events.create', event);
    const a = await t.call('categories.create', { eventId: e.id, label: 'Đại biểu dự khuyết' });
    const again = await t.call('categories.create', { eventId: e.id, label: '  ĐẠI BIỂU DỰ KHUYẾT ' });
    expect(again.id).toBe(a.id);
    expect(a).toMatchObject({ code: null, label: 'Đại biểu dự khuyết', sortOrder: 4 });
    expect((await t.call('categories.create', { eventId: e.id, label: 'khách mời' })).code).toBe('guest');
    expect(await t.call('categories.list', { eventId: e.id })).toHaveLength(5);
  });
});

describe('settings', () => {
  it('defaults to Vietnamese and remembers the language and the open event', async () => {
    const t = await testStore();
    expect(await t.call('settings.get', {})).toEqual({ language: 'vi', lastEventId: null, delegateColumns: null, delegateColumnWidths: {}, laptopName: null });
    await t.call('settings.update', { language: 'en' });
    expect(await t.call('settings.get', {})).toEqual({ language: 'en', lastEventId: null, delegateColumns: null, delegateColumnWidths: {}, laptopName: null });
    expect(await t.raw('settings.update', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('remembers the delegate table’s column widths, refusing implausible ones and dropping junk read back', async () => {
    const t = await testStore();
    const saved = await t.call('settings.update', { delegateColumnWidths: { title: 260, fullName: 180 } });
    expect(saved.delegateColumnWidths).toEqual({ title: 260, fullName: 180 });
    expect((await t.call('settings.get', {})).delegateColumnWidths).toEqual({ title: 260, fullName: 180 });
    for (const bad of [{ title: 10 }, { title: 99_999 }, { title: 120.5 }, { '': 120 }])
      expect(await t.raw('settings.update', { delegateColumnWidths: bad })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // A value written by hand or by another version: only the plausible widths are kept.
    t.store.sqlite.prepare("UPDATE settings SET value = ? WHERE key = 'delegateColumnWidths'").run(JSON.stringify({ title: 'wide', notes: 5, phone: 140 }));
    expect((await t.call('settings.get', {})).delegateColumnWidths).toEqual({ phone: 140 });
  });
});

describe('birth dates', () => {
  it('take a full date or the year alone, and refuse anything else with a clear message', async () => {
    const t = await testStore();
    const e = await t.call('events.create', event);
    const [cat] = await t.call('categories.list', { eventId: e.id });
    const base = { eventId: e.id, categoryId: cat!.id };
    expect((await t.call('delegates.create', { ...base, fullName: 'Lê Văn Một', birthDate: '1965' })).birthDate).toBe('1965');
    expect((await t.call('delegates.create', { ...base, fullName: 'Lê Văn Hai', birthDate: '1965-07-20' })).birthDate).toBe('1965-07-20');
    for (const bad of ['65', '1965-02-30', '20/07/1965', '2965']) {
      const r = await t.raw('delegates.create', { ...base, fullName: 'Lê Văn Ba', birthDate: bad });
      expect(r).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: { vi: expect.stringContaining('Ngày sinh: cần ngày đầy đủ'), en: expect.stringContaining('Date of birth: needs a full date') },
        },
      });
    }
    expect(await t.call('delegates.list', { eventId: e.id })).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { callNames, contract } from '../../shared/contract';
import { handlers } from '../../electron/handlers';
import { testStore } from './helpers/store';

const event = { name: 'Hội nghị tổng kết năm 2026', kind: 'review', startDate: '2027-01-08' } as const;

async function snapshot(t: Awaited<ReturnType<typeof testStore>>) {
  const count = (table: string) => (t.store.sqlite.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;
  return { events: count('events'), categories: count('categories'), delegates: count('delegates'), settings: count('settings') };
}

describe('dispatch', () => {
  it('has a handler for every contract entry and nothing more', () => {
    expect(Object.keys(handlers).sort()).toEqual([...callNames].sort());
    for (const name of callNames) expect(typeof contract[name].write).toBe('boolean');
  });

  it('answers an unknown call with UNKNOWN_CALL in both languages', async () => {
    const t = await testStore();
    const r = await t.raw('events.dropEverything', {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('UNKNOWN_CALL');
    expect(r.error.message.vi).toContain('Không có thao tác');
    expect(r.error.message.en).toContain('no operation');
    expect(await t.raw('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await t.raw('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it.each([
    ['wrong types', { ...event, name: 42 }, 'name'],
    ['missing fields', { kind: 'review' }, 'name'],
    ['unknown kind', { ...event, kind: 'picnic' }, 'kind'],
    ['bad date', { ...event, startDate: '08/01/2027' }, 'startDate'],
    ['end before start', { ...event, endDate: '2027-01-01' }, 'endDate'],
    ['bad time', { ...event, startTime: '25:00' }, 'startTime'],
    ['oversized string', { ...event, name: 'x'.repeat(5000) }, 'name'],
    ['blank name', { ...event, name: '   \u00a0 ' }, 'name'],
    ['extra fields', { ...event, isAdmin: true }, ''],
    ['not an object', 'DROP TABLE events', ''],
    ['null', null, ''],
  ])('refuses %s with a clear bilingual VALIDATION error and changes nothing', async (_label, input, field) => {
    const t = await testStore();
    const before = await snapshot(t);
    const r = await t.raw('events.create', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message.vi).toMatch(/^Dữ liệu không hợp lệ/);
    expect(r.error.message.en).toMatch(/^Invalid input/);
    const details = r.error.details as { path: string; message: { vi: string; en: string } }[];
    expect(details.length).toBeGreaterThan(0);
    if (field) expect(details.map((d) => d.path)).toContain(field);
    expect(await snapshot(t)).toEqual(before);
  });

  it('names the field and the limit in an oversized-string error', async () => {
    const t = await testStore();
    const r = await t.raw('events.create', { ...event, name: 'x'.repeat(301) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.vi).toContain('Tên: quá dài (tối đa 300 ký tự)');
    expect(r.error.message.en).toContain('Name: too long (at most 300 characters)');
  });

  it('names a hostile unknown key shortened, never repeating megabytes of it', async () => {
    const t = await testStore();
    const key = 'k'.repeat(100_000);
    const r = await t.raw('events.create', { ...event, [key]: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message.vi).toContain('có trường không được hỗ trợ: kkk');
    expect(r.error.message.vi.length).toBeLessThan(300);
    expect(r.error.message.en.length).toBeLessThan(300);
    expect(JSON.stringify(r.error.details).length).toBeLessThan(2_000);
  });

  it('runs a write as one transaction: a failure half-way leaves nothing behind', async () => {
    const t = await testStore();
    // events.create writes the event, then its four categories; make the third category fail.
    t.store.sqlite.exec(`CREATE TRIGGER fail_third AFTER INSERT ON categories
      WHEN (SELECT count(*) FROM categories) >= 3 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = await snapshot(t);
    const r = await t.raw('events.create', event);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot(t)).toEqual(before);
  });

  it('reports an unexpected failure as INTERNAL without leaking internals', async () => {
    const t = await testStore();
    t.store.sqlite.exec('DROP TABLE settings');
    const r = await t.raw('settings.get', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!r.ok) expect(JSON.stringify(r.error)).not.toContain('no such table');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { getProgress, setProgress } from '../../electron/import/progress';
import type { CallInput } from '../../shared/contract';
import type { DuplicateAction, ImportProgress, ImportReport } from '../../shared/contract/import';
import { reportToCsv } from '../../shared/import/report';
import { largeList, largeXlsx, MESSY, messyXlsx } from '../fixtures/messy-xlsx';
import { testStore, type TestStore } from './helpers/store';

const event = { name: 'Hội nghị tổng kết công tác năm 2025', kind: 'review', startDate: '2026-01-08' } as const;

async function setUp(file?: Buffer) {
  const t = await testStore();
  const e = await t.call('events.create', event);
  const base = { eventId: e.id, fileName: 'danh-sach.xlsx', dataBase64: (file ?? (await messyXlsx())).toString('base64') };
  const ins = await t.call('import.inspect', base);
  const mapped = { ...base, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field) };
  const commit = (all: DuplicateAction, byRow: Record<string, DuplicateAction> = {}, extra: Partial<CallInput<'import.commit'>> = {}) =>
    t.call('import.commit', { ...mapped, duplicates: { all, byRow }, ...extra });
  const delegates = () => t.call('delegates.list', { eventId: e.id });
  return { t, e, base, mapped, commit, delegates };
}

const count = (t: TestStore, table: string) => (t.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('import.preview', () => {
  it('counts before anything is written: rows to add, errors, skipped rows, duplicates, new labels', async () => {
    const { t, e, mapped } = await setUp();
    const p = await t.call('import.preview', mapped);
    expect(p).toMatchObject({
      dataRowCount: MESSY.dataRows,
      toAdd: MESSY.valid - 1,
      skipped: { blank: MESSY.blank, totals: 1, repeatedHeaders: 0, sections: MESSY.sections, signatures: MESSY.signatures },
      newCategories: ['Cán bộ hưu trí'],
      newBridgePoints: ['Hà Nội', 'Đà Nẵng'],
    });
    expect(p.errors.map((x) => [x.row, x.reasons[0]!.en])).toEqual([[MESSY.noNameRow, 'No name']]);
    expect(p.warnings.map((x) => x.row)).toEqual([MESSY.badEmailRow, MESSY.thuyRow]);
    expect(p.duplicates).toEqual([expect.objectContaining({ row: MESSY.upperDuplicateRow, sameAsRow: MESSY.anRow, existing: null })]);
    expect(p.sample[0]).toMatchObject({ row: MESSY.anRow, fullName: 'Nguyễn Văn An', phone: '0912 345 678' });
    expect(count(t, 'delegates')).toBe(0);
    expect(count(t, 'bridge_points')).toBe(0);
    expect((await t.call('categories.list', { eventId: e.id })).map((c) => c.code)).toEqual(['delegate', 'guest', 'reporter', 'staff']);
  });

  it('refuses a mapping without a name, or with a field twice, or a header row outside the sheet', async () => {
    const { t, mapped } = await setUp();
    const noName = await t.raw('import.preview', { ...mapped, mapping: mapped.mapping.map((f) => (f === 'fullName' ? null : f)) });
    expect(noName).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringContaining('Họ và tên') } } });
    const twice = await t.raw('import.preview', { ...mapped, mapping: mapped.mapping.map((f) => (f === 'email' ? 'phone' : f)) });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const outside = await t.raw('import.preview', { ...mapped, headerRow: 500 });
    expect(outside).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { en: expect.stringContaining('outside the sheet') } } });
  });
});

describe('import.commit', () => {
  it('writes the clean rows, creates the categories and bridge points they name, and reports every row', async () => {
    const { t, e, commit, delegates } = await setUp();
    const report = await commit('skip');
    expect(report).toMatchObject({
      fileName: 'danh-sach.xlsx',
      sheet: 'Danh sách',
      added: MESSY.valid - 1,
      updated: 0,
      skippedDuplicates: 1,
      skippedErrors: 1,
      skippedOther: MESSY.blank + 1 + MESSY.sections + MESSY.signatures,
      categoriesCreated: ['Cán bộ hưu trí'],
      bridgePointsCreated: ['Hà Nội', 'Đà Nẵng'],
    });
    expect(report.rows.map((r) => [r.row, r.outcome])).toEqual([
      [6, 'skipped'],
      [7, 'added'],
      [8, 'added'],
      [9, 'added'],
      [11, 'added'],
      [12, 'skipped'],
      [13, 'added'],
      [14, 'error'],
      [15, 'skipped'],
      [16, 'added'],
      [17, 'added'],
      [18, 'added'],
      [19, 'added'],
      [21, 'skipped'],
      [23, 'skipped'],
      [24, 'skipped'],
    ]);
    expect(report.rows.find((r) => r.row === MESSY.totalRow)?.reason?.vi).toBe('Dòng tổng cộng');
    expect(report.rows.find((r) => r.row === 24)?.reason?.vi).toBe('Phần ký tên dưới danh sách');

    const list = await delegates();
    expect(list).toHaveLength(MESSY.valid - 1);
    const cats = await t.call('categories.list', { eventId: e.id });
    const points = await t.call('bridgePoints.list', { eventId: e.id });
    const catOf = (id: string) => cats.find((c) => c.id === id)!;
    const an = list.find((d) => d.fullName === 'Nguyễn Văn An' && d.organization === 'Bộ Tài chính')!;
    expect(an).toMatchObject({ phone: '0912 345 678', email: 'an.nv@mof.gov.vn', status: 'invited', birthDate: '1965', notes: null });
    expect(catOf(an.categoryId).code).toBe('guest');
    expect(points.map((p) => p.name)).toEqual(['Hà Nội', 'Đà Nẵng']);
    expect(points.find((p) => p.id === an.bridgePointId)!.name).toBe('Hà Nội');
    const thuy = list.find((d) => d.fullName === 'Đỗ Thị Thủy')!;
    expect(catOf(thuy.categoryId).code).toBe('reporter');
    expect(points.find((p) => p.id === thuy.bridgePointId)!.name).toBe('Đà Nẵng');
    expect(catOf(list.find((d) => d.fullName === 'Hoàng Văn Cường')!.categoryId).label).toBe('Cán bộ hưu trí');
    // Under "I. KHÁCH MỜI" with no category of its own: a guest.
    expect(catOf(list.find((d) => d.fullName === 'Lê Văn Bình')!.categoryId).code).toBe('guest');
    expect(catOf(list.find((d) => d.fullName === 'Vũ Thị Hoa')!.categoryId).code).toBe('delegate');
    // The bad email kept the person: the text is in Notes.
    expect(list.find((d) => d.fullName === 'Phạm Minh Tuấn')).toMatchObject({ email: null, notes: 'Email: tuan@@mof' });
    // The homonym in another unit is a separate delegate; Hòa and Hoa are two people.
    expect(
      list
        .filter((d) => d.fullName === 'Nguyễn Văn An')
        .map((d) => d.organization)
        .sort(),
    ).toEqual(['Bộ Tài chính', 'Sở Tài chính Hà Nội']);
    expect(list.map((d) => d.fullName)).toEqual(expect.arrayContaining(['Vũ Thị Hòa', 'Vũ Thị Hoa', 'Trần Thị Hòa']));
    const keys = t.store.sqlite.prepare('SELECT full_name, name_key FROM delegates').all() as { full_name: string; name_key: string }[];
    for (const k of keys) expect(k.name_key).toBe(k.full_name.toLowerCase());
  });

  it('keepBoth adds the repeat; update merges it into the earlier row', async () => {
    const both = await setUp();
    expect((await both.commit('keepBoth')).added).toBe(MESSY.valid);
    expect(await both.delegates()).toHaveLength(MESSY.valid);

    const merge = await setUp();
    // Even without the title-case option, the merged delegate keeps the proper spelling of row 7.
    const r = await merge.commit('update', {}, { titleCaseNames: false });
    expect(r).toMatchObject({ added: MESSY.valid - 1, updated: 0 });
    const an = (await merge.delegates()).find((d) => d.organization?.toLowerCase() === 'bộ tài chính' && d.fullName.toLowerCase() === 'nguyễn văn an')!;
    // Row 12's values over row 7's; row 12 has no phone, so row 7's stays.
    expect(an).toMatchObject({
      fullName: 'Nguyễn Văn An',
      organization: 'BỘ TÀI CHÍNH',
      email: 'an.nguyen@mof.gov.vn',
      phone: '0912 345 678',
      notes: 'Trưởng đoàn',
    });
  });

  it('against the delegates already there: skip, update or keep both, for all or per row', async () => {
    const s = await setUp();
    await s.commit('skip');
    const before = await s.delegates();

    const again = await s.commit('skip');
    expect(again).toMatchObject({ added: 0, updated: 0, skippedDuplicates: MESSY.valid, categoriesCreated: [], bridgePointsCreated: [] });
    expect(await s.delegates()).toEqual(before);

    const preview = await s.t.call('import.preview', s.mapped);
    expect(preview.toAdd).toBe(0);
    expect(preview.newCategories).toEqual([]);
    const anMatch = preview.duplicates.find((d) => d.row === MESSY.anRow)!;
    expect(anMatch.existing).toMatchObject({
      id: before.find((d) => d.fullName === 'Nguyễn Văn An' && d.organization === 'Bộ Tài chính')!.id,
      phone: '0912 345 678',
    });

    // One row kept as a second delegate, everything else skipped.
    const one = await s.commit('skip', { [String(MESSY.binhRow)]: 'keepBoth' });
    expect(one).toMatchObject({ added: 1, updated: 0 });
    expect((await s.delegates()).filter((d) => d.fullName === 'Lê Văn Bình')).toHaveLength(2);

    // Update: blank cells never erase, filled ones replace.
    const binh = before.find((d) => d.fullName === 'Lê Văn Bình')!;
    s.t.store.sqlite
      .prepare("UPDATE delegates SET phone = '0900 000 001', email = 'binh@mof.gov.vn', notes = 'cũ', status = 'confirmed' WHERE id = ?")
      .run(binh.id);
    const upd = await s.commit('update');
    expect(upd.updated).toBe(MESSY.valid - 1);
    expect(upd.added).toBe(0);
    const after = (await s.delegates()).find((d) => d.id === binh.id)!;
    expect(after).toMatchObject({ phone: '0912 000 111', email: 'binh@mof.gov.vn', notes: 'Đến muộn', status: 'confirmed' });
    expect(after.updatedAt >= binh.updatedAt).toBe(true);
    expect(await s.delegates()).toHaveLength(before.length + 1);
  });

  it('is all or nothing: a failure on a later row leaves no delegate, category, bridge point or memory behind', async () => {
    const { t, e, commit, mapped } = await setUp();
    // A hand-changed mapping would be remembered by a successful commit.
    const byHand = mapped.mapping.map((f) => (f === 'notes' ? null : f));
    t.store.sqlite.exec(`CREATE TEMP TRIGGER fail_fifth BEFORE INSERT ON delegates
      WHEN (SELECT count(*) FROM delegates) >= 4 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const r = await t.raw('import.commit', { ...mapped, mapping: byHand, duplicates: { all: 'skip', byRow: {} }, progressId: 'failing-import-1' });
    expect(r.ok).toBe(false);
    expect(count(t, 'delegates')).toBe(0);
    expect(count(t, 'bridge_points')).toBe(0);
    expect((await t.call('categories.list', { eventId: e.id })).map((c) => c.label)).not.toContain('Cán bộ hưu trí');
    expect(count(t, "settings WHERE key LIKE 'importMapping:%'")).toBe(0);
    expect(await t.call('import.progress', { progressId: 'failing-import-1' })).toBeNull();
    t.store.sqlite.exec('DROP TRIGGER fail_fifth');

    // Updates roll back too: the second update fails after every insert and the first update ran.
    await commit('skip');
    const before = await t.call('delegates.list', { eventId: e.id });
    t.store.sqlite.exec(`CREATE TEMP TABLE seen (n INTEGER);
      CREATE TEMP TRIGGER fail_second_update BEFORE UPDATE ON delegates
      BEGIN INSERT INTO seen VALUES (1); SELECT RAISE(ABORT, 'boom') WHERE (SELECT count(*) FROM seen) >= 2; END`);
    const u = await t.raw('import.commit', { ...mapped, duplicates: { all: 'update', byRow: { [String(MESSY.binhRow)]: 'keepBoth' } } });
    expect(u.ok).toBe(false);
    expect(await t.call('delegates.list', { eventId: e.id })).toEqual(before);
  });

  it('publishes progress while it writes, answers polls meanwhile, and keeps the final state for a minute', async () => {
    const { t, base } = await setUp(await largeXlsx(1200));
    const ins = await t.call('import.inspect', base);
    const progressId = 'progress-test-0001';
    const seen: ImportProgress[] = [];
    let finished = false;
    const running = t
      .call('import.commit', {
        ...base,
        headerRow: ins.headerRow,
        mapping: ins.columns.map((c) => c.field),
        duplicates: { all: 'skip', byRow: {} },
        progressId,
      })
      .finally(() => (finished = true));
    while (!finished) {
      const p = await t.call('import.progress', { progressId });
      if (p) seen.push(p);
      await new Promise((r) => setImmediate(r));
    }
    const report: ImportReport = await running;
    const writing = seen.filter((p) => p.phase === 'writing');
    expect(writing.some((p) => p.done > 0 && p.done < p.total)).toBe(true);
    expect(writing.every((p, i) => i === 0 || p.done >= writing[i - 1]!.done)).toBe(true);
    expect(await t.call('import.progress', { progressId })).toEqual({ phase: 'done', done: report.added, total: report.added });
    expect(await t.call('import.progress', { progressId: 'never-started' })).toBeNull();
  });

  it('imports 5,000 messy rows in one go', async () => {
    const list = largeList(5000);
    const { commit, delegates } = await setUp(await largeXlsx(5000));
    const r = await commit('skip');
    expect(r.skippedDuplicates).toBeGreaterThanOrEqual(list.repeats);
    expect(r.added + r.skippedDuplicates).toBe(list.people + list.repeats);
    expect(r.skippedErrors).toBe(0);
    expect(await delegates()).toHaveLength(r.added);
  });
});

describe('progress entries', () => {
  afterEach(() => vi.useRealTimers());

  it('are dropped a minute after the import is done', () => {
    vi.useFakeTimers();
    setProgress('timer-test-0001', { phase: 'writing', done: 1, total: 2 });
    vi.advanceTimersByTime(120_000);
    expect(getProgress('timer-test-0001')).toEqual({ phase: 'writing', done: 1, total: 2 });
    setProgress('timer-test-0001', { phase: 'done', done: 2, total: 2 });
    vi.advanceTimersByTime(59_000);
    expect(getProgress('timer-test-0001')).not.toBeNull();
    vi.advanceTimersByTime(2_000);
    expect(getProgress('timer-test-0001')).toBeNull();
  });
});

describe('the saved report', () => {
  it('is a CSV Excel opens in Vietnamese, with formula-like cells neutralised', async () => {
    const { commit } = await setUp();
    const report = await commit('skip');
    const csv = reportToCsv({ ...report, fileName: '=HYPERLINK("x")' }, 'vi');
    expect(csv.startsWith('\ufeffTệp,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('Thêm mới,9');
    expect(csv).toContain('13,Phạm Minh Tuấn,Thêm mới,');
    expect(csv).toContain('24,,Bỏ qua,Phần ký tên dưới danh sách');
    // An invisible character in front does not hide a formula from the guard.
    expect(reportToCsv({ ...report, fileName: '\u200b=HYPERLINK("x")' }, 'vi')).toContain(`"'\u200b=HYPERLINK(""x"")"`);
    expect(reportToCsv(report, 'en')).toContain('14,,Error,No name');
  });
});

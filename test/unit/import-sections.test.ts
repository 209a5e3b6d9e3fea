import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../shared/contract';
import type { DuplicateAction } from '../../shared/contract/import';
import { isOneCase, titleCaseVi } from '../../shared/import/name-case';
import { readHeading } from '../../shared/import/sections';
import { SECTIONED, sectionedXlsx } from '../fixtures/messy-xlsx';
import { testStore } from './helpers/store';

const event = { name: 'Hội nghị tổng kết công tác năm 2025', kind: 'review', startDate: '2026-01-08' } as const;

/** The sectioned list through the real inspect, preview and commit, on a fresh event with a custom category. */
async function setUp({ retired = true } = {}) {
  const t = await testStore();
  const e = await t.call('events.create', event);
  if (retired) await t.call('categories.create', { eventId: e.id, label: 'Cán bộ hưu trí' });
  const base = { eventId: e.id, fileName: 'ds-vpqh.xlsx', dataBase64: (await sectionedXlsx()).toString('base64') };
  const ins = await t.call('import.inspect', base);
  const mapped = { ...base, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field) };
  type Extra = Partial<Pick<CallInput<'import.preview'>, 'titleCaseNames' | 'sections'>>;
  const preview = (extra: Extra = {}) => t.call('import.preview', { ...mapped, ...extra });
  const commit = (all: DuplicateAction, extra: Extra = {}) => t.call('import.commit', { ...mapped, ...extra, duplicates: { all, byRow: {} } });
  const delegates = async () => {
    const cats = await t.call('categories.list', { eventId: e.id });
    const name = (id: string) => {
      const c = cats.find((x) => x.id === id)!;
      return c.code ?? c.label;
    };
    return (await t.call('delegates.list', { eventId: e.id })).map((d) => ({ ...d, category: name(d.categoryId) }));
  };
  return { t, e, ins, preview, commit, delegates };
}

describe('section headings', () => {
  it('are never people, and those naming a category or a unit are offered for the rows below them', async () => {
    const { ins, preview } = await setUp();
    expect(ins.headerRow).toBe(SECTIONED.headerRow - 1);
    const p = await preview();
    expect(p.sections).toEqual([
      { row: SECTIONED.guests, text: 'A KHÁCH MỜI', category: 'Khách mời', organization: null, rows: 1, apply: true },
      { row: SECTIONED.partB, text: 'B ĐẠI BIỂU CÁC ĐƠN VỊ THUỘC VĂN PHÒNG QUỐC HỘI', category: 'Đại biểu', organization: null, rows: 4, apply: true },
      { row: SECTIONED.unitTongHop, text: '1. Vụ Tổng hợp', category: null, organization: 'Vụ Tổng hợp', rows: 2, apply: false },
      // In capitals in the heading; the file spells it "Vụ Pháp chế" on row 11, and that spelling is offered.
      { row: SECTIONED.unitPhapChe, text: '2. VỤ PHÁP CHẾ', category: null, organization: 'Vụ Pháp chế', rows: 1, apply: false },
      { row: SECTIONED.staff, text: 'II. PHỤC VỤ', category: 'Phục vụ', organization: null, rows: 2, apply: true },
      { row: SECTIONED.retired, text: 'III. CÁN BỘ HƯU TRÍ', category: 'Cán bộ hưu trí', organization: null, rows: 1, apply: true },
    ]);
    expect(p.skipped).toMatchObject({ sections: 6, signatures: SECTIONED.signatureRows.length });
    const names = [...p.sample.map((c) => c.fullName)];
    expect(names).not.toContain('KHÁCH MỜI');
    expect(names.some((n) => /ĐẠI BIỂU|Đại Biểu/.test(n))).toBe(false);
    expect(p.errors).toEqual([]);
  });

  it('fill the category and unit of the rows without one, as chosen; a row keeps its own value', async () => {
    const { commit, delegates } = await setUp();
    const report = await commit('skip', { sections: { [SECTIONED.unitTongHop]: true, [SECTIONED.unitPhapChe]: true, [SECTIONED.partB]: false } });
    expect(report.skippedErrors).toBe(0);
    const list = await delegates();
    const of = (name: string) => list.filter((d) => d.fullName === name).map((d) => [d.category, d.organization]);
    expect(of('Trần Văn Hùng')).toEqual([['guest', 'Văn phòng Quốc hội']]);
    expect(of('Ngô Thị Mai')).toEqual([['reporter', 'Báo Nhân dân']]);
    // Part B is turned off: the default category; the unit headings are on.
    expect(of('Bùi Minh Ưng')).toEqual([['delegate', 'Vụ Tổng hợp']]);
    expect(of('Đặng Thị Thu')).toEqual([['delegate', 'Vụ Pháp chế']]);
    expect(of('Phan Văn Khải')).toEqual([['delegate', 'Vụ Pháp chế']]);
    expect(of('Hồ Thị Lan')).toEqual([['staff', 'Phòng Hành chính']]);
    expect(of('Hoàng Văn Cường')).toEqual([['Cán bộ hưu trí', 'Bộ Tài chính']]);
    // Row 8 now names Vụ Tổng hợp, so row 15 repeats it: one Lê Đức Bình, with row 8's phone.
    expect(list.filter((d) => d.fullName === 'Lê Đức Bình').map((d) => [d.organization, d.phone])).toEqual([['Vụ Tổng hợp', '0993 393 970']]);
  });

  it('with the defaults: categories applied, units not', async () => {
    const { commit, delegates } = await setUp();
    await commit('skip');
    const list = await delegates();
    expect(list.find((d) => d.fullName === 'Phan Văn Khải')).toMatchObject({ category: 'delegate', organization: null });
    expect(list.find((d) => d.fullName === 'Hoàng Văn Cường')).toMatchObject({ category: 'Cán bộ hưu trí' });
  });

  it('a part naming nothing the event knows still ends the part above it', async () => {
    const { preview } = await setUp({ retired: false });
    const p = await preview();
    // No "Cán bộ hưu trí" category in this event: "III. CÁN BỘ HƯU TRÍ" is not offered, and its row
    // is not filled with part II's "Phục vụ".
    expect(p.sections.map((x) => [x.row, x.rows])).toEqual([
      [3, 1],
      [6, 4],
      [7, 2],
      [10, 1],
      [13, 2],
    ]);
    expect(p.sample.find((c) => c.fullName === 'Hoàng Văn Cường')!.category).toBeNull();
  });
});

describe('the signature block under the list', () => {
  it('is skipped and reported as such: no signer becomes a delegate, nor the other signer a unit', async () => {
    const { commit, delegates } = await setUp();
    const report = await commit('skip');
    const list = await delegates();
    expect(list.map((d) => d.fullName)).not.toContain('Nguyễn Thị Lan');
    expect(list.filter((d) => d.fullName === 'Trần Văn Hùng')).toHaveLength(1);
    expect(list.some((d) => d.organization === 'Trần Văn Hùng' || /NGƯỜI LẬP BIỂU|THỦ TRƯỞNG/i.test(d.fullName))).toBe(false);
    const skipped = report.rows.filter((r) => SECTIONED.signatureRows.includes(r.row as never));
    expect(skipped.map((r) => [r.row, r.outcome, r.reason?.vi])).toEqual(SECTIONED.signatureRows.map((row) => [row, 'skipped', 'Phần ký tên dưới danh sách']));
    expect(report.rows.find((r) => r.row === SECTIONED.partB)).toMatchObject({ outcome: 'skipped', reason: { en: 'Section heading or note row' } });
    expect(report.added).toBe(9);
  });
});

describe('a value that cannot be cleaned keeps the person', () => {
  it('"liên hệ sau" for a phone goes to Notes with a warning naming the row', async () => {
    const { preview, commit, delegates } = await setUp();
    const p = await preview();
    expect(p.warnings).toEqual([
      {
        row: SECTIONED.maiRow,
        fullName: 'Ngô Thị Mai',
        reasons: [
          { vi: 'Số điện thoại không đọc được ("liên hệ sau"), được ghi vào Ghi chú', en: 'Phone number could not be read ("liên hệ sau"); kept in Notes' },
        ],
      },
    ]);
    await commit('skip');
    expect((await delegates()).find((d) => d.fullName === 'Ngô Thị Mai')).toMatchObject({ phone: null, notes: 'Điện thoại: liên hệ sau' });
  });
});

describe('phones typed three ways', () => {
  it('are stored in one format', async () => {
    const { commit, delegates } = await setUp();
    await commit('skip');
    const list = await delegates();
    const phone = (name: string) => list.find((d) => d.fullName === name)?.phone;
    // "+84 993 393 969", 84993393970 (a number cell), "0993.393.971".
    expect(phone('Trần Văn Hùng')).toBe('0993 393 969');
    expect(phone('Lê Đức Bình')).toBe('0993 393 970');
    expect(phone('Bùi Minh Ưng')).toBe('0993 393 971');
  });
});

describe('names in capitals or lower case', () => {
  it('are offered in title case, on by default, with how many it changes', async () => {
    const { preview, commit, delegates } = await setUp();
    const on = await preview();
    expect(on.titleCase).toEqual({
      count: 2,
      examples: [
        { from: 'LÊ ĐỨC BÌNH', to: 'Lê Đức Bình' },
        { from: 'bùi minh ưng', to: 'Bùi Minh Ưng' },
      ],
    });
    expect(on.sample.map((c) => c.fullName)).toEqual(expect.arrayContaining(['Lê Đức Bình', 'Bùi Minh Ưng']));
    const off = await preview({ titleCaseNames: false });
    expect(off.titleCase.count).toBe(2);
    expect(off.sample.map((c) => c.fullName)).toEqual(expect.arrayContaining(['LÊ ĐỨC BÌNH', 'bùi minh ưng']));
    await commit('skip', { titleCaseNames: false });
    expect((await delegates()).map((d) => d.fullName)).toContain('bùi minh ưng');
  });

  it('title case knows đ/Đ, every toned letter and text left in NFD', () => {
    expect(titleCaseVi('LÊ ĐỨC BÌNH')).toBe('Lê Đức Bình');
    expect(titleCaseVi('bùi minh ưng')).toBe('Bùi Minh Ưng');
    expect(titleCaseVi('ĐẶNG THỊ THUỶ')).toBe('Đặng Thị Thuỷ');
    expect(titleCaseVi("H'HEN NIÊ")).toBe("H'Hen Niê");
    expect(titleCaseVi('NGUYỄN ÁNH DƯƠNG'.normalize('NFD')).normalize('NFC')).toBe('Nguyễn Ánh Dương');
    expect(isOneCase('Lê Đức Bình')).toBe(false);
    expect(isOneCase('LÊ ĐỨC BÌNH')).toBe(true);
    expect(isOneCase('đỗ an')).toBe(true);
    expect(isOneCase('A')).toBe(false);
  });
});

describe('reading a heading', () => {
  const none = new Map<string, string>();
  it.each<[string, string | null, string | null]>([
    ['I. KHÁCH MỜI', 'Khách mời', null],
    ['B ĐẠI BIỂU CÁC ĐƠN VỊ THUỘC VĂN PHÒNG QUỐC HỘI', 'Đại biểu', null],
    ['II. ĐẠI BIỂU CÁC VỤ, CỤC', 'Đại biểu', null],
    ['III. PHÓNG VIÊN BÁO CHÍ', 'Phóng viên', null],
    ['2. ĐOÀN BỘ TÀI CHÍNH', null, 'Bộ Tài chính'],
    ['ĐẠI BIỂU VĂN PHÒNG QUỐC HỘI', 'Đại biểu', 'Văn phòng Quốc hội'],
    ['3. Sở Tài chính tỉnh Bắc Ninh', null, 'Sở Tài chính tỉnh Bắc Ninh'],
    ['Bộ trưởng dự và phát biểu', null, null],
    ['(Kèm theo Công văn số 123/VPQH)', null, null],
  ])('%s', (text, category, organization) => {
    expect(readHeading(text, [], none)).toEqual({ category, organization });
  });
});

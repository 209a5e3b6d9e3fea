import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../electron/import/xlsx';
import type { ImportField } from '../../shared/contract/import';
import { cellText, type RawCell } from '../../shared/import/cells';
import { classifyRow } from '../../shared/import/classify';
import { cellClean, cleanDate, cleanEmail, cleanLabel, cleanOrder, cleanPhone, cleanStatus } from '../../shared/import/clean';
import { fastClean, fastIdentityKey } from '../../shared/text-fast';
import { detectMapping } from '../../shared/import/mapping';
import { checkRows } from '../../shared/import/rows';
import { cleanText, identityKey } from '../../shared/text';
import { largeList, MESSY, MESSY_HEADER, messyXlsx } from '../fixtures/messy-xlsx';

const num = (n: string): RawCell => ({ num: n });

describe('phones', () => {
  it.each<[RawCell, string]>([
    [912345678, '0912 345 678'],
    [num('912345678'), '0912 345 678'],
    [num('9.12345678E8'), '0912 345 678'],
    [num('2438251234'), '024 3825 1234'],
    [num('84912345678'), '0912 345 678'],
    ['912345678', '0912 345 678'],
    ['0912 345 678', '0912 345 678'],
    ['0912.345.678', '0912 345 678'],
    ['+84 912 345 678', '0912 345 678'],
    ['(024) 3825 1234', '024 3825 1234'],
    [num('1900'), '1900'],
  ])('%j -> %s', (cell, phone) => {
    expect(cleanPhone(cell)).toEqual({ phone, extra: [], invalid: null });
  });

  it('keeps the first of several numbers and hands the others over for Notes', () => {
    expect(cleanPhone('0912 111 333 / 0988 777 666; 0243 825 1234')).toEqual({
      phone: '0912 111 333',
      extra: ['0988 777 666', '024 3825 1234'],
      invalid: null,
    });
    expect(cleanPhone('912111333 hoặc 988777666').phone).toBe('0912 111 333');
  });

  it('refuses what is not a phone number', () => {
    expect(cleanPhone('gọi thư ký').invalid).toBe('gọi thư ký');
    expect(cleanPhone('0912-abc').phone).toBeNull();
    expect(cleanPhone(null)).toEqual({ phone: null, extra: [], invalid: null });
  });
});

describe('emails, status, rank', () => {
  it('cleans emails and refuses bad ones', () => {
    expect(cleanEmail(' mailto:an.nv@mof.gov.vn ')).toEqual({ email: 'an.nv@mof.gov.vn', extra: [], invalid: null });
    expect(cleanEmail('a@x.vn; b@y.vn')).toEqual({ email: 'a@x.vn', extra: ['b@y.vn'], invalid: null });
    expect(cleanEmail('tuan@@mof').invalid).toBe('tuan@@mof');
    expect(cleanEmail('khong co').email).toBeNull();
  });

  it.each([
    ['Đã xác nhận', 'confirmed'],
    ['XÁC NHẬN', 'confirmed'],
    ['x', 'confirmed'],
    ['confirmed', 'confirmed'],
    ['Từ chối', 'declined'],
    ['Báo vắng', 'declined'],
    ['Đã mời', 'invited'],
    ['invited', 'invited'],
    ['', null],
    ['có lẽ', undefined],
  ])('status "%s" -> %s', (text, status) => {
    expect(cleanStatus(text)).toBe(status);
  });

  it('reads the order within a level as a whole number from 1 to 100,000', () => {
    expect(cleanOrder('12')).toBe(12);
    expect(cleanOrder('12.0')).toBe(12);
    expect(cleanOrder('')).toBeNull();
    expect(cleanOrder('0')).toBeUndefined();
    expect(cleanOrder('1.5')).toBeUndefined();
    expect(cleanOrder('hai')).toBeUndefined();
    expect(cleanOrder('100001')).toBeUndefined();
  });
});

describe('dates', () => {
  it.each<[RawCell, ReturnType<typeof cleanDate>]>([
    [new Date(Date.UTC(1965, 4, 3)), { kind: 'date', iso: '1965-05-03' }],
    [num('23865'), { kind: 'date', iso: '1965-05-03' }],
    ['03/05/1965', { kind: 'date', iso: '1965-05-03' }],
    ['3-5-1965', { kind: 'date', iso: '1965-05-03' }],
    ['03.05.1965', { kind: 'date', iso: '1965-05-03' }],
    ['1965-05-03', { kind: 'date', iso: '1965-05-03' }],
    ['ngày 3 tháng 5 năm 1965', { kind: 'date', iso: '1965-05-03' }],
    [num('1965'), { kind: 'partial', text: '1965' }],
    ['1965', { kind: 'partial', text: '1965' }],
    ['05/2019', { kind: 'partial', text: '05/2019' }],
    ['31/02/1980', { kind: 'invalid', text: '31/02/1980' }],
    ['3/5/65', { kind: 'invalid', text: '3/5/65' }],
    ['không rõ', { kind: 'invalid', text: 'không rõ' }],
    [null, { kind: 'none' }],
  ])('%j', (cell, result) => {
    expect(cleanDate(cell)).toEqual(result);
  });
});

describe('text', () => {
  it('cleans every value: NFC, collapsed spaces of every kind, trimmed', () => {
    expect(cellClean('  Nguye\u0302\u0303n \u00a0 Va\u0306n\u2003An\u200b ')).toBe('Nguyễn Văn An');
    expect(cellClean(num('12'))).toBe('12');
    expect(cellClean(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2025, 11, 1)))).toBe('2025-12-01');
  });

  it('places tones in one style', () => {
    expect(cleanLabel('Trần Thị Hoà', 'old')).toBe('Trần Thị Hòa');
    expect(cleanLabel('Đỗ Thị Thuỷ, Khánh Hoà', 'old')).toBe('Đỗ Thị Thủy, Khánh Hòa');
    expect(cleanLabel('Trần Thị Hòa', 'new')).toBe('Trần Thị Hoà');
    expect(cleanLabel('Hoàng Văn Thuyết', 'new')).toBe('Hoàng Văn Thuyết');
  });

  // The fast paths skip normalisation for text that cannot change: they must never disagree.
  it('fastClean and fastIdentityKey equal cleanText and identityKey on every Vietnamese letter and on messy names', () => {
    const samples: string[] = [];
    for (let c = 0x20; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      samples.push(ch, `a${ch}`, `${ch} b`, `Ho${ch}`, `x ${ch} y`, `Nguy${ch}n`);
    }
    for (const r of largeList(600).rows) for (const cell of r) if (typeof cell === 'string') samples.push(cell, cell.toUpperCase(), cell.normalize('NFD'));
    samples.push('Hoà', 'Hòa', 'HOÀ', 'thuỷ', 'Thủy', 'khoẻ', 'Quý', 'QUÝ', ' A  B ', 'a\u00a0b', 'a\tb', '', '  ');
    for (const s of samples) {
      expect(fastClean(s)).toBe(cleanText(s));
      expect(fastIdentityKey(s)).toBe(identityKey(s));
    }
  });
});

describe('row kinds', () => {
  const mapping: (ImportField | null)[] = ['seq', 'fullName', 'title', 'organization', 'phone'];
  const ctx = { mapping, headerLower: ['stt', 'họ và tên', 'chức vụ', 'đơn vị', 'điện thoại'] };
  const kind = (...cells: string[]) => classifyRow([...cells, '', '', '', '', ''].slice(0, 5), ctx);

  it.each<[string[], string]>([
    [[], 'blank'],
    [['12'], 'blank'],
    [['STT', 'HỌ VÀ TÊN', 'Chức vụ', 'Đơn vị'], 'repeatedHeader'],
    [['Tổng cộng: 25 đại biểu'], 'total'],
    [['', 'TỔNG SỐ'], 'total'],
    [['Cộng', '', '', '', '12'], 'total'],
    [['Cộng: 12'], 'total'],
    [['Tổng (25)'], 'total'],
    [['I. KHÁCH MỜI'], 'section'],
    [['', 'A. Đại biểu Trung ương'], 'section'],
    [['', 'II. ĐOÀN BỘ TÀI CHÍNH'], 'section'],
    [['B', 'ĐẠI BIỂU CÁC ĐƠN VỊ THUỘC VĂN PHÒNG QUỐC HỘI'], 'section'],
    [['', 'ĐẠI BIỂU CÁC VỤ, CỤC'], 'section'],
    [['IV', 'Khách mời'], 'section'],
    [['', '', '', 'Vụ Pháp chế'], 'section'],
    [['', 'NGƯỜI LẬP BIỂU'], 'signature'],
    [['', 'NGƯỜI LẬP BIỂU', '', 'THỦ TRƯỞNG ĐƠN VỊ'], 'signature'],
    [['', 'KT. BỘ TRƯỞNG', '', 'THỨ TRƯỞNG'], 'signature'],
    [['', '(Ký, ghi rõ họ tên)', '', '(Ký tên, đóng dấu)'], 'signature'],
    [['', '', '', 'Hà Nội, ngày 15 tháng 12 năm 2025'], 'signature'],
    [['', '', '', 'Hà Nội, ngày … tháng … năm …'], 'signature'],
    [['', 'NGUYỄN VĂN AN', 'GIÁM ĐỐC'], 'data'],
    [['', 'ĐOÀN VĂN HẢI'], 'data'],
    [['', 'VŨ THỊ HOA'], 'data'],
    [['5', 'ĐẠI BIỂU'], 'data'],
    [['', 'NGUYỄN VĂN AN'], 'data'],
    [['3', 'Tổng Văn Cộng', 'Chuyên viên'], 'data'],
    [['', 'Lê Văn Tám', '', 'Công an tỉnh'], 'data'],
    [['', '', 'Chuyên viên', 'Văn phòng Bộ'], 'data'],
  ])('%j is %s', (cells, expected) => {
    expect(kind(...cells)).toBe(expected);
  });
});

describe('checking the messy list', () => {
  async function checked(style: 'old' | 'new' = 'old') {
    const sheet = await readXlsx(await messyXlsx());
    return checkRows(sheet.rows, MESSY.headerRow - 1, detectMapping(MESSY_HEADER), style);
  }

  it('skips layout rows, reports each bad row with its Excel row number and reason, and cleans the rest', async () => {
    const c = await checked();
    expect(c.dataRowCount).toBe(MESSY.dataRows);
    expect(c.counts).toEqual({ blank: MESSY.blank, totals: 1, repeatedHeaders: 0, sections: MESSY.sections, signatures: MESSY.signatures });
    expect(c.skipped.find((s) => s.kind === 'total')?.row).toBe(MESSY.totalRow);
    expect(c.skipped.filter((s) => s.kind === 'signature').map((s) => s.row)).toEqual([23, 24]);
    // Only a missing name makes a row an error; the bad email is kept in Notes.
    expect(c.errors).toEqual([{ row: MESSY.noNameRow, fullName: null, reasons: [{ vi: 'Thiếu họ và tên', en: 'No name' }] }]);
    expect(c.candidates).toHaveLength(MESSY.valid);
    const byRow = new Map(c.candidates.map((x) => [x.row, x]));
    expect(byRow.get(MESSY.anRow)).toMatchObject({
      fullName: 'Nguyễn Văn An',
      phone: '0912 345 678',
      category: 'Khách mời',
      bridgePoint: 'Hà Nội',
      birthDate: '1965',
      notes: null,
    });
    expect(byRow.get(MESSY.hoaNewStyleRow)!.fullName).toBe('Trần Thị Hòa');
    // Under "I. KHÁCH MỜI" without a category of its own: a guest, by the heading.
    expect(byRow.get(MESSY.binhRow)).toMatchObject({ fullName: 'Lê Văn Bình', phone: '0912 000 111', notes: 'Đến muộn', category: 'Khách mời' });
    expect(byRow.get(MESSY.badEmailRow)).toMatchObject({ fullName: 'Phạm Minh Tuấn', email: null, notes: 'Email: tuan@@mof', category: 'Khách mời' });
    expect(byRow.get(MESSY.upperDuplicateRow)!.fullName).toBe('Nguyễn Văn An');
    expect(byRow.get(MESSY.hoaOldRow)!.category).toBe('Đại biểu');
    expect(byRow.get(MESSY.thuyRow)).toMatchObject({ phone: '0912 111 333', notes: 'Điện thoại: 0988 777 666', bridgePoint: 'Đà Nẵng' });
    expect(byRow.get(MESSY.cuongRow)).toMatchObject({ birthDate: '1950-03-08', category: 'Cán bộ hưu trí' });
    for (const x of c.candidates) for (const v of Object.values(x)) if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
    // A year of birth alone is stored as the year: no warning for it.
    expect(c.warnings.map((w) => [w.row, w.reasons[0]!.en])).toEqual([
      [MESSY.badEmailRow, 'Invalid email ("tuan@@mof"); kept in Notes'],
      [MESSY.thuyRow, 'Extra phone numbers moved to Notes: 0988 777 666'],
    ]);
    expect(c.sections).toEqual([
      { row: 6, text: 'I. KHÁCH MỜI', category: 'Khách mời', organization: null, rows: 4, apply: true },
      { row: 15, text: 'II. ĐẠI BIỂU CÁC ĐƠN VỊ', category: 'Đại biểu', organization: null, rows: 2, apply: true },
    ]);
    expect(c.titleCase).toEqual({ count: 1, examples: [{ from: 'NGUYỄN VĂN AN', to: 'Nguyễn Văn An' }] });
  });

  it('uses the chosen tone style, and gives each name its identity key', async () => {
    const c = await checked('new');
    const names = c.candidates.map((x) => x.fullName);
    expect(names).toContain('Trần Thị Hoà');
    expect(names).toContain('Đỗ Thị Thuỷ');
    expect(names).toContain('Vũ Thị Hoa');
    for (const style of ['old', 'new'] as const) {
      const k = await checked(style);
      expect(k.nameKeys).toEqual(k.candidates.map((x) => identityKey(x.fullName)));
    }
  });

  it('joins split name columns', async () => {
    const sheet = await readXlsx(await messyXlsx(), 'Điểm cầu Đà Nẵng');
    const c = checkRows(sheet.rows, 0, ['seq', 'familyName', 'givenName', 'organization', 'phone', 'email', 'birthDate'], 'old');
    expect(c.candidates.map((x) => [x.fullName, x.phone, x.birthDate])).toEqual([
      ['Nguyễn Thị Thu Hương', '0905 123 456', '1972-05-03'],
      ['Trần Quốc Toản', '0236 3822 111', null],
    ]);
    expect(c.warnings[0]!.reasons[0]!.en).toBe('Birth date could not be read ("31/02/1980"); kept in Notes');
  });
});

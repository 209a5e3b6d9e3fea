import { describe, expect, it } from 'vitest';
import { batchSizes, intoBatches } from '../../shared/awards/batches';
import { readAwardRows } from '../../shared/awards/import-rows';
import { assignPresenters } from '../../shared/awards/presenters';
import { batchLines, recipientLine } from '../../shared/awards/wording';

const none = new Set<string>();
const slot = (chosen: string | null = null, receiving = none) => ({ chosen, receiving });

describe('award batches', () => {
  it('cuts recipients into even batches never larger than the size, never a lone last one', () => {
    expect(batchSizes(0, 8)).toEqual([]);
    expect(batchSizes(3, 8)).toEqual([3]);
    expect(batchSizes(10, 10)).toEqual([10]);
    expect(batchSizes(11, 10)).toEqual([6, 5]);
    expect(batchSizes(17, 8)).toEqual([6, 6, 5]);
    expect(batchSizes(40, 5)).toEqual(Array(8).fill(5));
    for (let n = 1; n <= 60; n++)
      for (let size = 5; size <= 10; size++) {
        const s = batchSizes(n, size);
        expect(s.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.max(...s)).toBeLessThanOrEqual(size);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
        expect(s.length).toBe(Math.ceil(n / size));
      }
  });

  it('keeps the decision’s order across batches', () => {
    const names = Array.from({ length: 13 }, (_, i) => `R${i + 1}`);
    const batches = intoBatches(names, 6);
    expect(batches.map((b) => b.length)).toEqual([5, 4, 4]);
    expect(batches.flat()).toEqual(names);
  });
});

describe('presenters', () => {
  it('goes down the order of precedence, the most senior first, round again after the last', () => {
    expect(assignPresenters([slot(), slot(), slot(), slot()], ['A', 'B', 'C'])).toEqual(['A', 'B', 'C', 'A']);
  });

  it('never gives two batches in a row the same presenter unless chosen by hand', () => {
    expect(assignPresenters([slot(), slot()], ['A'])).toEqual(['A', null]);
    // B chosen for the second batch: the first cannot be B, the third neither.
    expect(assignPresenters([slot(), slot('B'), slot()], ['B', 'A', 'C'])).toEqual(['A', 'B', 'C']);
    // Chosen twice in a row by hand: kept.
    expect(assignPresenters([slot('A'), slot('A'), slot()], ['A', 'B'])).toEqual(['A', 'A', 'B']);
    const many = assignPresenters(
      Array.from({ length: 12 }, () => slot()),
      ['A', 'B'],
    );
    for (let i = 1; i < many.length; i++) expect(many[i]).not.toBe(many[i - 1]);
  });

  it('never has someone present to himself', () => {
    expect(assignPresenters([slot(null, new Set(['A'])), slot()], ['A', 'B', 'C'])).toEqual(['B', 'C']);
  });
});

describe('the MC’s lines', () => {
  it('reads the names in order with their seats, then the presenter', () => {
    const text = batchLines(
      'Bằng khen của Thủ tướng Chính phủ',
      [
        { collective: false, name: 'Nguyễn Văn An', title: 'Vụ trưởng', unit: 'Vụ Pháp chế', seat: 'B-12' },
        { collective: false, name: 'Trần Thị Bình', title: 'Phó Vụ trưởng Vụ Tổng hợp', unit: 'Vụ Tổng hợp', seat: null },
        { collective: true, name: 'Lê Văn Cường', title: 'Cục trưởng', unit: 'Cục Quản trị', seat: 'C-3' },
      ],
      { name: 'Lê Minh Hưng', title: 'Bộ trưởng', organization: 'Bộ Nội vụ' },
    );
    expect(text.split('\n')).toEqual([
      'Xin trân trọng kính mời đại diện các tập thể và các đồng chí có tên sau lên nhận Bằng khen của Thủ tướng Chính phủ:',
      '1. Đồng chí Nguyễn Văn An, Vụ trưởng, Vụ Pháp chế (ghế B-12);',
      '2. Đồng chí Trần Thị Bình, Phó Vụ trưởng Vụ Tổng hợp;',
      '3. Cục Quản trị, đồng chí Lê Văn Cường, Cục trưởng nhận thay (ghế C-3).',
      'Xin kính mời đồng chí Lê Minh Hưng, Bộ trưởng Bộ Nội vụ lên trao thưởng.',
    ]);
  });

  it('says who is invited by what the batch holds, and a collective without its leader by its name alone', () => {
    const unit = { collective: true, name: null, title: null, unit: 'Văn phòng Bộ', seat: null };
    expect(recipientLine(unit)).toBe('Văn phòng Bộ');
    expect(batchLines('Cờ thi đua của Chính phủ', [unit, unit], null)).toMatch(
      /^Xin trân trọng kính mời đại diện các tập thể có tên sau lên nhận Cờ thi đua của Chính phủ:/,
    );
    expect(batchLines('Cờ thi đua', [unit], null)).toContain('Xin kính mời đồng chí lãnh đạo lên trao thưởng.');
    expect(batchLines('Chiến sĩ thi đua', [{ collective: false, name: 'Đỗ Hà', title: null, unit: null, seat: null }], null)).toContain(
      'kính mời đồng chí có tên sau lên nhận Chiến sĩ thi đua:\n1. Đồng chí Đỗ Hà.',
    );
  });
});

describe('reading an award list', () => {
  it('finds the header under the decision’s title, keeps the order, and tells collectives from people', () => {
    const rows = [
      ['DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN'],
      ['(Kèm theo Quyết định số 123/QĐ-TTg)'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
      [1, 'Nguyễn Văn An', 'Vụ trưởng', 'Vụ Pháp che\u0302\u0301'],
      [2, '', '', 'Cục Quản trị'],
      [3, 'Trần Thị Bình', 'Chuyên viên', 'Vụ Tổng hợp'],
      ['', 'Tổng cộng: 3'],
    ];
    const read = readAwardRows(rows);
    expect(read.headerRow).toBe(2);
    expect(read.rows.map((r) => [r.row, r.recipientKind, r.fullName, r.unit])).toEqual([
      [4, 'individual', 'Nguyễn Văn An', 'Vụ Pháp chế'],
      [5, 'collective', null, 'Cục Quản trị'],
      [6, 'individual', 'Trần Thị Bình', 'Vụ Tổng hợp'],
    ]);
    expect(read.skipped).toBe(1);
  });

  it('reads a list of collectives with who receives for each, and a column that says which a row is', () => {
    const units = readAwardRows([
      ['DANH SÁCH TẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA'],
      ['STT', 'Tên tập thể', 'Người nhận thay', 'Chức vụ'],
      [1, 'Vụ Pháp chế', 'Nguyễn Văn An', 'Vụ trưởng'],
      [2, 'Cục Quản trị', '', ''],
    ]);
    expect(units.rows.map((r) => [r.recipientKind, r.unit, r.fullName, r.title])).toEqual([
      ['collective', 'Vụ Pháp chế', 'Nguyễn Văn An', 'Vụ trưởng'],
      ['collective', 'Cục Quản trị', null, null],
    ]);
    const mixed = readAwardRows([
      ['STT', 'Họ và tên', 'Cá nhân/Tập thể', 'Đơn vị'],
      [1, 'Nguyễn Văn An', 'Cá nhân', 'Vụ Tổng hợp'],
      [2, 'Lê Thị Bích', 'Tập thể', 'Phòng Hành chính'],
    ]);
    expect(mixed.rows.map((r) => [r.recipientKind, r.fullName, r.unit])).toEqual([
      ['individual', 'Nguyễn Văn An', 'Vụ Tổng hợp'],
      ['collective', 'Lê Thị Bích', 'Phòng Hành chính'],
    ]);
  });
});

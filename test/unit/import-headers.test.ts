import { describe, expect, it } from 'vitest';
import type { ImportField } from '../../shared/contract/import';
import { matchHeader } from '../../shared/import/headers';
import { detectHeaderRow, detectMapping, mappingMemoryKey, mappingProblem, recallMapping, rememberMapping } from '../../shared/import/mapping';
import { MESSY, MESSY_HEADER, messyXlsx } from '../fixtures/messy-xlsx';
import { testStore } from './helpers/store';

const event = { name: 'Hội nghị tổng kết công tác năm 2025', kind: 'review', startDate: '2026-01-08' } as const;

describe('header names', () => {
  it.each<[string, ImportField]>([
    ['STT', 'seq'],
    ['Số TT', 'seq'],
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Họ tên', 'fullName'],
    ['Họ và tên (*)', 'fullName'],
    ['Họ và tên đại biểu', 'fullName'],
    ['Ho va ten', 'fullName'],
    ['Họ và tên đệm', 'familyName'],
    ['Tên', 'givenName'],
    ['Chức vụ', 'title'],
    ['Chức danh', 'title'],
    ['Chức vụ, đơn vị công tác', 'title'],
    ['Đơn vị', 'organization'],
    ['Cơ quan', 'organization'],
    ['Đơn vị công tác', 'organization'],
    ['Tên đơn vị', 'organization'],
    ['Điểm cầu', 'bridgePoint'],
    ['Điện thoại', 'phone'],
    ['SĐT', 'phone'],
    ['Số điện thoại', 'phone'],
    ['Số điện thoại di động', 'phone'],
    ['Di động', 'phone'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Thư điện tử', 'email'],
    ['Ghi chú', 'notes'],
    ['Đối tượng', 'category'],
    ['Loại', 'category'],
    ['Thành phần', 'category'],
    ['Ngày bổ nhiệm', 'appointmentDate'],
    ['Năm sinh', 'birthDate'],
    ['Ngày sinh', 'birthDate'],
    ['Ngày tháng năm sinh', 'birthDate'],
    ['Trạng thái', 'status'],
    ['Thứ tự ưu tiên', 'precedenceOrder'],
    ['STT ưu tiên', 'precedenceOrder'],
    ['Thứ tự lễ tân', 'precedenceOrder'],
    ['Thứ tự trong cấp', 'precedenceOrder'],
    ['Full name', 'fullName'],
    ['Name', 'fullName'],
    ['Title', 'title'],
    ['Position', 'title'],
    ['Organization', 'organization'],
    ['Unit', 'organization'],
    ['Phone', 'phone'],
    ['Notes', 'notes'],
    ['Category', 'category'],
    ['Bridge point', 'bridgePoint'],
    ['Date of birth', 'birthDate'],
  ])('"%s" is %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
    // NFD text (as Excel on a Mac may bring) and stray spaces change nothing.
    expect(matchHeader(`  ${header.normalize('NFD')} `)?.field).toBe(field);
  });

  it('does not read a header into a sentence or an unrelated column', () => {
    expect(matchHeader('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2025, ghi rõ họ và tên, chức vụ')).toBeNull();
    expect(matchHeader('Giới tính')).toBeNull();
    expect(matchHeader('Chữ ký')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });
});

describe('header row', () => {
  const titles = [
    ['BỘ TÀI CHÍNH', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ (họ và tên, chức vụ, đơn vị)', null, null, null],
    [null, null, null, null],
  ];

  it('skips title rows, merged or not, and finds the header below them', () => {
    expect(detectHeaderRow([...titles, ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'], [1, 'Lê Văn Tám', 'Vụ trưởng', 'Vụ Pháp chế']])).toBe(3);
  });

  it('prefers the row naming more fields, and the upper one on a tie (a header repeated on page 2)', () => {
    const rows = [['Họ và tên', 'Đơn vị'], ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'], ['x'], ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']];
    expect(detectHeaderRow(rows)).toBe(1);
  });

  it('needs a name column: a row of other labels is not the header', () => {
    expect(detectHeaderRow([['Chức vụ', 'Đơn vị', 'Điện thoại']])).toBeNull();
  });

  it('looks only at the first 30 rows', () => {
    const rows: (string | null)[][] = Array.from({ length: 30 }, () => ['ghi chú dài']);
    expect(detectHeaderRow([...rows, ['Họ và tên', 'Đơn vị']])).toBeNull();
    expect(detectHeaderRow([...rows.slice(1), ['Họ và tên', 'Đơn vị']])).toBe(29);
  });
});

describe('column mapping', () => {
  it('maps the usual Vietnamese headers', () => {
    expect(detectMapping(MESSY_HEADER)).toEqual([
      'seq',
      'fullName',
      'title',
      'organization',
      'phone',
      'email',
      'category',
      'bridgePoint',
      'notes',
      'birthDate',
    ]);
  });

  it('keeps split name columns when there is no full-name column', () => {
    expect(detectMapping(['TT', 'Họ và tên đệm', 'Tên', 'Cơ quan'])).toEqual(['seq', 'familyName', 'givenName', 'organization']);
  });

  it('drops split columns next to a full-name column, and reads a lone "Tên" as the full name', () => {
    expect(detectMapping(['Họ và tên', 'Tên', 'Đơn vị'])).toEqual(['fullName', null, 'organization']);
    expect(detectMapping(['Tên', 'Đơn vị'])).toEqual(['fullName', 'organization']);
  });

  it('gives each field one column (the best match), but lets Notes gather several', () => {
    expect(detectMapping(['Họ và tên', 'Đơn vị / địa phương', 'Đơn vị công tác', 'Ghi chú', 'Ghi chú khác'])).toEqual([
      'fullName',
      null,
      'organization',
      'notes',
      'notes',
    ]);
    expect(detectMapping(['Họ tên', 'Điện thoại', 'SĐT'])).toEqual(['fullName', 'phone', null]);
  });

  it('says what is wrong with a mapping the user sent', () => {
    expect(mappingProblem(['fullName', 'organization'])).toBeNull();
    expect(mappingProblem(['familyName', 'givenName'])).toBeNull();
    expect(mappingProblem(['title', 'organization'])?.en).toMatch(/Full name/);
    expect(mappingProblem(['fullName', 'phone', 'phone'])?.vi).toMatch(/Điện thoại/);
    expect(mappingProblem(['fullName', 'givenName'])?.en).toMatch(/do not also map/);
    expect(mappingProblem(['fullName', 'notes', 'notes'])).toBeNull();
  });
});

describe('mapping memory', () => {
  const headers = ['STT', 'Họ và tên', 'Đơn vị', 'Cột lạ'];

  it('names a header set by its folded texts: case, diacritics form, spaces and empty trailing headers do not matter', () => {
    const key = mappingMemoryKey(headers);
    expect(key).toMatch(/^importMapping:[0-9a-z]+$/);
    expect(mappingMemoryKey(['stt', ' HỌ VÀ TÊN ', 'Đơn vị'.normalize('NFD'), 'cột  lạ', '', ''])).toBe(key);
    expect(mappingMemoryKey(['STT', 'Họ và tên', 'Đơn vị', 'Cột khác'])).not.toBe(key);
  });

  it('recalls a mapping only for the same headers and only if it is still valid', () => {
    const mapping: (ImportField | null)[] = [null, 'fullName', 'organization', 'notes'];
    const stored = JSON.parse(JSON.stringify(rememberMapping(headers, mapping)));
    expect(recallMapping(stored, headers, 4)).toEqual(mapping);
    expect(recallMapping(stored, headers, 6)).toEqual([...mapping, null, null]);
    expect(recallMapping(stored, ['STT', 'Họ và tên', 'Đơn vị', 'Khác'], 4)).toBeNull();
    expect(recallMapping({ ...stored, mapping: [null, 'fullName', 'bogus', null] }, headers, 4)).toBeNull();
    expect(recallMapping({ ...stored, mapping: [null, 'organization', null, null] }, headers, 4)).toBeNull();
    expect(recallMapping(null, headers, 4)).toBeNull();
  });
});

describe('import.inspect', () => {
  it('finds the header under the merged title rows and proposes the mapping', async () => {
    const t = await testStore();
    const e = await t.call('events.create', event);
    const buf = await messyXlsx();
    const ins = await t.call('import.inspect', { eventId: e.id, fileName: 'danh-sach.xlsx', dataBase64: buf.toString('base64') });
    expect(ins).toMatchObject({
      fileKind: 'xlsx',
      sheets: ['Danh sách', 'Điểm cầu Đà Nẵng'],
      sheet: 'Danh sách',
      headerRow: MESSY.headerRow - 1,
      mappingSource: 'detected',
      dataRowCount: MESSY.dataRows,
    });
    expect(ins.columns.map((c) => c.field)).toEqual(detectMapping(MESSY_HEADER));
    expect(ins.columns[1]).toMatchObject({ index: 1, header: 'Họ và tên', samples: ['Nguyễn Văn An', 'Trần Thị Hoà', 'Lê Văn Bình'] });
    // Samples skip the section heading under the header.
    expect(ins.columns[0]!.samples).toEqual(['1', '2', '3']);
    expect(ins.topRows[1]![0]).toBe('DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2025');
    expect(ins.topRows).toHaveLength(24);
  });

  it('reads the chosen sheet, with split name columns', async () => {
    const t = await testStore();
    const e = await t.call('events.create', event);
    const buf = await messyXlsx();
    const ins = await t.call('import.inspect', { eventId: e.id, fileName: 'ds.xlsx', dataBase64: buf.toString('base64'), sheet: 'Điểm cầu Đà Nẵng' });
    expect(ins.sheet).toBe('Điểm cầu Đà Nẵng');
    expect(ins.headerRow).toBe(0);
    expect(ins.columns.map((c) => c.field)).toEqual(['seq', 'familyName', 'givenName', 'organization', 'phone', 'email', 'birthDate']);
  });

  it('remembers a hand-made mapping for this header set, and forgets it when detection is accepted again', async () => {
    const t = await testStore();
    const e = await t.call('events.create', event);
    const file = { eventId: e.id, fileName: 'ds.xlsx', dataBase64: (await messyXlsx()).toString('base64') };
    const ins = await t.call('import.inspect', file);
    const detected = ins.columns.map((c) => c.field);
    // By hand: "Ghi chú" ignored, "Điểm cầu" read as Notes.
    const byHand = detected.map((f) => (f === 'notes' ? null : f === 'bridgePoint' ? 'notes' : f));
    const common = { ...file, headerRow: ins.headerRow, duplicates: { all: 'skip' as const } };
    await t.call('import.commit', { ...common, mapping: byHand });

    const again = await t.call('import.inspect', file);
    expect(again.mappingSource).toBe('remembered');
    expect(again.columns.map((c) => c.field)).toEqual(byHand);
    // Another event, same header set: the memory is the organizer's, not the event's.
    const e2 = await t.call('events.create', { ...event, name: 'Hội nghị khác' });
    expect((await t.call('import.inspect', { ...file, eventId: e2.id })).mappingSource).toBe('remembered');

    await t.call('import.commit', { ...common, mapping: detected, duplicates: { all: 'skip' } });
    const back = await t.call('import.inspect', file);
    expect(back.mappingSource).toBe('detected');
    expect(back.columns.map((c) => c.field)).toEqual(detected);
  });
});

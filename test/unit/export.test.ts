import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from '../../shared/csv';
import { testStore } from './helpers/store';

describe('neutralizeCell / toCsv', () => {
  it('prefixes cells that a spreadsheet could run as a formula', () => {
    for (const bad of ['=1+1', '+84 912', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeCell(bad)).toBe(`'${bad}`);
    for (const good of ['Nguyễn Văn An', '0912345678', 'a=b']) expect(neutralizeCell(good)).toBe(good);
  });
  it('writes a BOM, quotes separators and quotes, and neutralises every cell', () => {
    expect(
      toCsv([
        ['Họ và tên', 'Ghi chú'],
        ['Lê "Tám"', '=HYPERLINK("x")'],
        ['A, B', null],
      ]),
    ).toBe('\ufeffHọ và tên,Ghi chú\r\n"Lê ""Tám""","\'=HYPERLINK(""x"")"\r\n"A, B",\r\n');
  });
});

describe('delegates.export', () => {
  async function demo() {
    const t = await testStore();
    const e = await t.call('events.createDemo', {});
    return { t, eventId: e.id };
  }

  it('exports all delegates to .xlsx in precedence order with Vietnamese headers', async () => {
    const t = await testStore();
    const e = await t.call('events.createDemo', {});
    const file = await t.call('delegates.export', { eventId: e.id, format: 'xlsx' });
    expect(file.fileName).toMatch(/^danh-sach-dai-bieu-hoi-nghi-tong-ket.*\.xlsx$/);
    expect(file.rows).toBe(198);
    const [sheet] = await readXlsxFile(Buffer.from(file.dataBase64, 'base64'));
    expect(sheet!.sheet).toBe('Đại biểu');
    expect(sheet!.data[0]).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Đối tượng',
      'Điểm cầu',
      'Trạng thái',
      'Thứ tự ưu tiên',
      'Điện thoại',
      'Email',
      'Ghi chú',
    ]);
    expect(sheet!.data).toHaveLength(199);
    expect(sheet!.data[1]!.slice(0, 3)).toEqual([1, expect.any(String), 'Phó Thủ tướng Chính phủ']);
    // The host minister (Ủy viên Trung ương Đảng: level 200) comes right after the guest of the same level.
    expect(sheet!.data[3]![2]).toBe('Ủy viên Trung ương Đảng, Bí thư Ban cán sự đảng, Bộ trưởng');
    // The rank column is the place in precedence.order; those out of it (declined, press, staff) come last, without one.
    const order = await t.call('precedence.order', { eventId: e.id });
    expect(sheet!.data.slice(1, order.entries.length + 1).map((r) => r[7])).toEqual(order.entries.map((x) => x.position));
    expect(sheet!.data.slice(order.entries.length + 1).every((r) => r[7] === null)).toBe(true);
  });

  it('exports exactly the given ids in the given order and columns, neutralising formulas, to CSV', async () => {
    const t = await testStore();
    const e = await t.call('events.createDemo', {});
    const [cat] = await t.call('categories.list', { eventId: e.id });
    const evil = await t.call('delegates.create', {
      eventId: e.id,
      fullName: 'Trần Văn Ác',
      categoryId: cat!.id,
      notes: "=cmd|' /C calc'!A0",
      title: '@SUM(1)',
    });
    const list = await t.call('delegates.list', { eventId: e.id });
    const ids = [evil.id, list[5]!.id];
    const file = await t.call('delegates.export', { eventId: e.id, format: 'csv', ids, columns: ['fullName', 'title', 'notes'], language: 'en' });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const lines = text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Full name,Title,Notes');
    expect(lines[1]).toBe(`Trần Văn Ác,'@SUM(1),'=cmd|' /C calc'!A0`);
    expect(lines[2]!.startsWith(list[5]!.fullName)).toBe(true);
    expect(lines).toHaveLength(3);
  });

  it('neutralises formula-like text in .xlsx cells too', async () => {
    const t = await testStore();
    const e = await t.call('events.create', { name: 'Đại hội', kind: 'congress', startDate: '2027-03-01' });
    const [cat] = await t.call('categories.list', { eventId: e.id });
    await t.call('delegates.create', { eventId: e.id, fullName: 'Lê Văn Tám', categoryId: cat!.id, notes: '=1+1' });
    const file = await t.call('delegates.export', { eventId: e.id, format: 'xlsx', columns: ['fullName', 'notes'] });
    const [sheet] = await readXlsxFile(Buffer.from(file.dataBase64, 'base64'));
    expect(sheet!.data[1]).toEqual(['Lê Văn Tám', "'=1+1"]);
  });

  it('refuses ids that are not in the event', async () => {
    const { t, eventId } = await demo();
    expect(await t.raw('delegates.export', { eventId, format: 'csv', ids: ['nope'] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

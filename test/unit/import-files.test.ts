import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../electron/import/csv';
import { inspectXlsxZip } from '../../electron/import/zip-guard';
import { MAX_IMPORT_ROWS } from '../../shared/contract/import';
import {
  encode,
  lyingZipBomb,
  manyRowsXlsx,
  messyCsv,
  messyRows,
  messyXlsx,
  miniXlsx,
  oleFile,
  pdfFile,
  pngFile,
  sheetXml,
  toCsvText,
  truncatedXlsx,
  workbookFiles,
  zipBomb,
} from '../fixtures/messy-xlsx';
import { testStore } from './helpers/store';

const event = { name: 'Hội nghị tổng kết công tác năm 2025', kind: 'review', startDate: '2026-01-08' } as const;

async function setUp() {
  const t = await testStore();
  const e = await t.call('events.create', event);
  const inspect = (bytes: Buffer, fileName = 'danh-sach.xlsx', sheet?: string) =>
    t.raw('import.inspect', { eventId: e.id, fileName, dataBase64: bytes.toString('base64'), ...(sheet ? { sheet } : {}) });
  /** Nothing at all may be written by a refused file. */
  const untouched = () => {
    const n = t.store.sqlite
      .prepare("SELECT (SELECT count(*) FROM delegates) + (SELECT count(*) FROM bridge_points) + (SELECT count(*) FROM settings WHERE key LIKE 'import%') AS n")
      .get();
    expect(n).toEqual({ n: 0 });
  };
  return { t, e, inspect, untouched };
}

const refused = (code: 'BAD_FILE' | 'TOO_LARGE' | 'NOT_FOUND', vi: RegExp, en: RegExp) => ({
  ok: false,
  error: { code, message: { vi: expect.stringMatching(vi), en: expect.stringMatching(en) } },
});

describe('files that are refused with a clear message and change nothing', () => {
  it('a picture or a PDF renamed .xlsx', async () => {
    const { inspect, untouched } = await setUp();
    expect(await inspect(pngFile())).toMatchObject(refused('BAD_FILE', /không phải bảng tính \(có vẻ là PNG\)/, /not a spreadsheet \(it looks like PNG\)/));
    expect(await inspect(pdfFile())).toMatchObject(refused('BAD_FILE', /PDF/, /PDF/));
    expect(await inspect(Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)), 'x.csv')).toMatchObject(
      refused('BAD_FILE', /không phải bảng tính/, /not a spreadsheet/),
    );
    untouched();
  });

  it('a damaged workbook (an interrupted download) and a zip that is not a workbook', async () => {
    const { inspect, untouched } = await setUp();
    expect(await inspect(await truncatedXlsx())).toMatchObject(refused('BAD_FILE', /bị hỏng hoặc chưa tải về hết/, /damaged or incomplete/));
    const docx = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }));
    expect(await inspect(docx)).toMatchObject(refused('BAD_FILE', /không phải bảng tính Excel/, /not an Excel workbook/));
    untouched();
  });

  it('an .xls or password-protected workbook (an OLE compound file), and a zip with encrypted entries', async () => {
    const { inspect, untouched } = await setUp();
    expect(await inspect(oleFile())).toMatchObject(refused('BAD_FILE', /mật khẩu.*\.xlsx/s, /password.*\.xlsx/s));
    const zip = Buffer.from(miniXlsx([{ name: 'S', xml: sheetXml([['Họ và tên', 'Đơn vị']]) }]));
    // Set the "encrypted" flag of every central directory entry, as zip encryption does.
    for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4))
      zip.writeUInt16LE(zip.readUInt16LE(i + 8) | 1, i + 8);
    expect(await inspect(zip)).toMatchObject(refused('BAD_FILE', /mật khẩu/, /password/));
    untouched();
  });

  it('a cell pointing at a shared string that is not there', async () => {
    const { inspect } = await setUp();
    const xml = sheetXml([
      ['Họ và tên', 'Đơn vị'],
      ['Lê Văn Tám', { xml: '<c r="REF" t="s"><v>99</v></c>' }],
    ]);
    expect(await inspect(miniXlsx([{ name: 'S', xml }]))).toMatchObject(refused('BAD_FILE', /dữ liệu lỗi/, /damaged data/));
  });

  it('a sheet that is not there', async () => {
    const { inspect } = await setUp();
    expect(await inspect(await messyXlsx(), 'x.xlsx', 'Trang 3')).toMatchObject(refused('NOT_FOUND', /Trang 3.*Danh sách/, /Trang 3.*Danh sách/));
  });

  it('100,000 rows: refused by the count of rows in the sheet, before it is parsed', async () => {
    const { inspect, untouched } = await setUp();
    const r = await inspect(manyRowsXlsx(100_000));
    expect(r).toMatchObject(refused('TOO_LARGE', /100\.001 dòng.*20\.000/, /100,001 rows.*20,000/));
    untouched();
  });

  it('just over the limit of delegate rows, counted after parsing (blank rows at the end not counted)', async () => {
    const { inspect } = await setUp();
    const over = MAX_IMPORT_ROWS + 5;
    const r = await inspect(manyRowsXlsx(over));
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', details: { rows: over } } });
    const ok = await inspect(manyRowsXlsx(MAX_IMPORT_ROWS));
    expect(ok).toMatchObject({ ok: true, value: { dataRowCount: MAX_IMPORT_ROWS } });
  });

  it('a CSV with 100,000 lines', async () => {
    const { inspect, untouched } = await setUp();
    const text = `Họ và tên,Đơn vị\n${'Lê Văn Tám,Vụ Pháp chế\n'.repeat(100_000)}`;
    expect(await inspect(Buffer.from(text), 'ds.csv')).toMatchObject(refused('TOO_LARGE', /100\.002 dòng/, /100,002 rows/));
    untouched();
  });

  it('a CSV in a legacy code page, not UTF-8', async () => {
    const { inspect } = await setUp();
    const latin1 = Buffer.from('Họ và tên;Đơn vị\nLê Văn Tám;Vụ Pháp chế\n'.normalize('NFD').replace(/[^\x00-\x7f]/g, '') + 'Caf\xe9;Unit\n', 'latin1');
    expect(await inspect(latin1, 'ds.csv')).toMatchObject(refused('BAD_FILE', /CSV UTF-8/, /CSV UTF-8/));
  });

  it('an empty file', async () => {
    const { t, e } = await setUp();
    expect(await t.raw('import.inspect', { eventId: e.id, fileName: 'x.csv', dataBase64: '====' })).toMatchObject(refused('BAD_FILE', /trống/, /empty/));
    expect(await t.raw('import.inspect', { eventId: e.id, fileName: 'x.csv', dataBase64: Buffer.from('\n\n;;\n').toString('base64') })).toMatchObject(
      refused('BAD_FILE', /không có dữ liệu/, /no data/),
    );
  });
});

describe('zip bombs', () => {
  // Generated once (a few seconds): a 200 MB sheet in a ~200 KB file.
  let bomb: Buffer;
  beforeAll(() => {
    bomb = zipBomb(200);
  }, 60_000);

  it('a small file that inflates to hundreds of MB is refused, and nothing is written', async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { inspect, untouched } = await setUp();
    expect(await inspect(bomb)).toMatchObject(refused('TOO_LARGE', /giải nén quá lớn/, /unpacks to far too much data/));
    untouched();
  });

  it('also when its central directory lies about the sizes: the inflation itself is capped', async () => {
    const liar = lyingZipBomb(bomb);
    const { inspect, untouched } = await setUp();
    const heapBefore = process.memoryUsage().arrayBuffers;
    expect(await inspect(liar)).toMatchObject(refused('TOO_LARGE', /giải nén quá lớn/, /unpacks to far too much data/));
    // Far less than the 200 MB the sheet holds was ever inflated.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(120 * 1024 * 1024);
    untouched();
  });

  it('the guard itself: declared sizes refused before inflating, lies caught while inflating, honest files pass', async () => {
    const ok = inspectXlsxZip(await messyXlsx());
    expect(ok.sheets.map((s) => [s.name, s.hidden, s.rowCount])).toEqual([
      ['Danh sách', false, 24],
      ['Điểm cầu Đà Nẵng', false, 3],
    ]);
    const limits = { maxInflatedBytes: 4 * 1024 * 1024, maxRatio: 50, ratioFloorBytes: 1024 * 1024, maxEntries: 100 };
    const small = zipBomb(8);
    expect(() => inspectXlsxZip(small, limits)).toThrow(/too much data/);
    expect(() => inspectXlsxZip(lyingZipBomb(small), limits)).toThrow(/too much data/);
    expect(() => inspectXlsxZip(lyingZipBomb(small), { ...limits, maxInflatedBytes: 100 * 1024 * 1024 })).toThrow(/too much data/);
  });

  it('an archive with an entry hidden from its directory is refused as damaged', () => {
    const zip = Buffer.from(zipSync(workbookFiles([{ name: 'S', xml: sheetXml([['Họ và tên', 'Đơn vị']]) }])));
    expect(() => inspectXlsxZip(zip)).not.toThrow();
    // Cut the sheet's record out of the central directory; its data stays in the file, where a
    // streaming reader (as the xlsx parser is) would still find and inflate it.
    const sig = (s: number[]) => Buffer.from(s);
    const records: number[] = [];
    for (let i = zip.indexOf(sig([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(sig([0x50, 0x4b, 0x01, 0x02]), i + 4)) records.push(i);
    const eocd = zip.lastIndexOf(sig([0x50, 0x4b, 0x05, 0x06]));
    const at = records.find((i) => zip.toString('latin1', i + 46, i + 46 + 24) === 'xl/worksheets/sheet1.xml')!;
    const end = records.find((i) => i > at) ?? eocd;
    const cut = Buffer.concat([zip.subarray(0, at), zip.subarray(end)]);
    const e = eocd - (end - at);
    cut.writeUInt16LE(cut.readUInt16LE(e + 8) - 1, e + 8);
    cut.writeUInt16LE(cut.readUInt16LE(e + 10) - 1, e + 10);
    cut.writeUInt32LE(cut.readUInt32LE(e + 12) - (end - at), e + 12);
    // A well-formed zip otherwise: a directory-based reader opens it and sees no sheet.
    expect(Object.keys(unzipSync(cut))).not.toContain('xl/worksheets/sheet1.xml');
    expect(() => inspectXlsxZip(cut)).toThrow(/damaged/);
  });
});

describe('CSV files', () => {
  const expectMessy = async (bytes: Buffer) => {
    const { t, e } = await setUp();
    const base = { eventId: e.id, fileName: 'ds.csv', dataBase64: bytes.toString('base64') };
    const ins = await t.call('import.inspect', base);
    expect(ins.fileKind).toBe('csv');
    expect(ins.sheets).toEqual(['ds']);
    expect(ins.headerRow).toBe(4);
    const p = await t.call('import.preview', { ...base, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field) });
    expect(p.sample.map((c) => c.fullName)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Hòa',
      'Lê Văn Bình',
      'Nguyễn Văn An',
      'Nguyễn Văn An',
      'Phạm Minh Tuấn',
      'Đỗ Thị Thủy',
      'Hoàng Văn Cường',
      'Vũ Thị Hòa',
      'Vũ Thị Hoa',
    ]);
    // Excel's CSV lost the phone's leading 0: it is back, in the one stored format.
    expect(p.sample[0]!.phone).toBe('0912 345 678');
    expect(p.sample[7]!.birthDate).toBe('1950-03-08');
    expect(p.errors.map((x) => x.row)).toEqual([14]);
    expect(p.skipped).toEqual({ blank: 3, totals: 1, repeatedHeaders: 0, sections: 2, signatures: 2 });
  };

  it('UTF-8 with a BOM and semicolons (Excel in a Vietnamese locale)', () => expectMessy(messyCsv('utf8bom', ';')));
  it('UTF-8 without a BOM, commas', () => expectMessy(messyCsv('utf8', ',')));
  it('UTF-16 LE with a BOM, tabs (Excel\'s "Unicode Text")', () => expectMessy(messyCsv('utf16le', '\t')));
  it('UTF-16 BE with a BOM', () => expectMessy(messyCsv('utf16be', ',')));
  it('UTF-16 LE without a BOM, told by its NUL bytes', () => expectMessy(messyCsv('utf16le-nobom', ';')));
  it('with Excel\'s "sep=;" line (row numbers still match)', () => expectMessy(encode(`sep=;\r\n${toCsvText(messyRows().slice(1), ';')}`, 'utf8bom')));

  it('picks the delimiter that splits the most lines alike, respecting quotes', () => {
    expect(detectDelimiter('DANH SÁCH, ĐẠI BIỂU\nHọ và tên;Đơn vị;Điện thoại\nA;"Hà Nội, VN";1\nB;C;2\n')).toBe(';');
    expect(detectDelimiter('Họ và tên\tĐơn vị\nA\tB, C\n')).toBe('\t');
    expect(detectDelimiter('Họ và tên,Đơn vị\n"Lê, Văn",B\n')).toBe(',');
  });
});

describe('reading a file again', () => {
  it('never serves one file for another with the same name (the parse cache is keyed by content)', async () => {
    const { inspect } = await setUp();
    const a = miniXlsx([
      {
        name: 'S',
        xml: sheetXml([
          ['Họ và tên', 'Đơn vị'],
          ['Lê Văn Tám', 'Vụ A'],
        ]),
      },
    ]);
    const b = miniXlsx([
      {
        name: 'S',
        xml: sheetXml([
          ['Họ và tên', 'Đơn vị'],
          ['Trần Văn Chín', 'Vụ B'],
        ]),
      },
    ]);
    const first = await inspect(a, 'ds.xlsx');
    const second = await inspect(b, 'ds.xlsx');
    expect(first).toMatchObject({ ok: true, value: { columns: [{ samples: ['Lê Văn Tám'] }, { samples: ['Vụ A'] }] } });
    expect(second).toMatchObject({ ok: true, value: { columns: [{ samples: ['Trần Văn Chín'] }, { samples: ['Vụ B'] }] } });
  });
});

describe('workbooks laid out in other ways', () => {
  it('opens on the first visible sheet, and counts rows as Excel numbers them even when the first rows are absent', async () => {
    const { t, e } = await setUp();
    const hidden = sheetXml([
      ['Họ và tên', 'Đơn vị'],
      ['Bí mật', 'X'],
    ]);
    const data = sheetXml(
      [
        ['STT', 'Họ và tên', 'Đơn vị'],
        [1, 'Lê Văn Tám', 'Vụ Pháp chế'],
        [2, null, 'Vụ Pháp chế'],
      ],
      4,
    );
    const file = miniXlsx([
      { name: 'Ẩn', xml: hidden, hidden: true },
      { name: 'Danh sách & khách', xml: data },
    ]);
    const base = { eventId: e.id, fileName: 'ds.xlsx', dataBase64: file.toString('base64') };
    const ins = await t.call('import.inspect', base);
    expect(ins).toMatchObject({ sheets: ['Ẩn', 'Danh sách & khách'], sheet: 'Danh sách & khách', headerRow: 3 });
    const p = await t.call('import.preview', { ...base, headerRow: 3, mapping: ['seq', 'fullName', 'organization'] });
    expect(p.sample.map((c) => [c.row, c.fullName])).toEqual([[5, 'Lê Văn Tám']]);
    expect(p.errors.map((x) => x.row)).toEqual([6]);
    const other = await t.call('import.inspect', { ...base, sheet: 'Ẩn' });
    expect(other.columns.map((c) => c.field)).toEqual(['fullName', 'organization']);
  });
});

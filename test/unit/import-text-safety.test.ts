import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from '../../shared/csv';
import { delegateInput } from '../../shared/contract/delegates';
import { cleanText, foldForSearch, foldReference, identityKey, normalizeTones } from '../../shared/text';
import { fastClean, fastIdentityKey, fastTones } from '../../shared/text-fast';
import { miniXlsx, sheetXml } from '../fixtures/messy-xlsx';
import { testStore } from './helpers/store';

const event = { name: 'Hội nghị tổng kết công tác năm 2025', kind: 'review', startDate: '2026-01-08' } as const;

async function setUp() {
  const t = await testStore();
  const e = await t.call('events.create', event);
  const inspect = (bytes: Buffer, fileName: string) => t.raw('import.inspect', { eventId: e.id, fileName, dataBase64: bytes.toString('base64') });
  const importAll = async (bytes: Buffer, fileName: string) => {
    const base = { eventId: e.id, fileName, dataBase64: bytes.toString('base64') };
    const ins = await t.call('import.inspect', base);
    return t.call('import.commit', { ...base, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field), duplicates: { all: 'skip', byRow: {} } });
  };
  const count = () => (t.store.sqlite.prepare('SELECT count(*) AS n FROM delegates').get() as { n: number }).n;
  return { t, e, inspect, importAll, count };
}

const LONE = '\ud800';

describe('text cleaning never stores damaged text', () => {
  it('replaces lone surrogates with U+FFFD and drops control characters; a proper pair stays', () => {
    expect(cleanText(`Lê${LONE} Văn\udc00 Tám`)).toBe('Lê\ufffd Văn\ufffd Tám');
    expect(cleanText('Lê\u0000 Văn\u001b Tám\u007f')).toBe('Lê Văn Tám');
    expect(cleanText('Ngô 😀 Mai')).toBe('Ngô 😀 Mai');
    expect(cleanText('\ud83d\ude00\ud83d')).toBe('😀\ufffd');
  });

  it('the fast paths equal the reference on such text', () => {
    const samples = [`a${LONE}b`, '\udc00x', 'x\u0000y', 'Lê\u0007Văn', 'Hoà\u001f', '😀 Hòa', `${LONE}`, 'An\u007fTâm', 'a\ud83d\ude00b'];
    for (const s of samples) {
      expect(fastClean(s)).toBe(cleanText(s));
      expect(fastIdentityKey(s)).toBe(identityKey(s));
      expect(foldForSearch(s)).toBe(foldReference(s));
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(cleanText(s))).toBe(false);
    }
  });

  it('through the contract: a delegate named with a lone surrogate is stored with U+FFFD', async () => {
    expect(delegateInput.parse({ eventId: 'e', fullName: `Trần${LONE} Hùng`, categoryId: 'c', notes: `x\u0000${LONE}` })).toMatchObject({
      fullName: 'Trần\ufffd Hùng',
      notes: 'x\ufffd',
    });
    const { t, e } = await setUp();
    const [cat] = await t.call('categories.list', { eventId: e.id });
    const d = await t.call('delegates.create', { eventId: e.id, fullName: `Trần${LONE} Hùng`, categoryId: cat!.id, title: `Vụ\udc00 trưởng` });
    expect([d.fullName, d.title]).toEqual(['Trần\ufffd Hùng', 'Vụ\ufffd trưởng']);
    const stored = t.store.sqlite.prepare('SELECT full_name, title FROM delegates').get();
    expect(stored).toEqual({ full_name: 'Trần\ufffd Hùng', title: 'Vụ\ufffd trưởng' });
  });

  it('through an import: a workbook cell holding a lone surrogate (&#xD800;) is stored with U+FFFD', async () => {
    const { t, e, importAll } = await setUp();
    const xml = sheetXml([
      ['Họ và tên', 'Đơn vị'],
      [{ xml: '<c r="REF" t="inlineStr"><is><t>Lê&#xD800; Văn Tám</t></is></c>' }, 'Vụ Pháp chế'],
    ]);
    const r = await importAll(miniXlsx([{ name: 'DS', xml }]), 'ds.xlsx');
    expect(r.added).toBe(1);
    const [d] = await t.call('delegates.list', { eventId: e.id });
    expect(d!.fullName).toBe('Lê\ufffd Văn Tám');
  });
});

describe('cells too long for any field', () => {
  it('an 8 MB CSV cell is refused with its row and column, not an internal error', async () => {
    const { inspect, count } = await setUp();
    const csv = Buffer.from(`Họ và tên,Ghi chú\r\nLê Văn Tám,ok\r\nTrần Văn Hùng,${'a'.repeat(8 * 1024 * 1024)}\r\n`);
    const r = await inspect(csv, 'ds.csv');
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'TOO_LARGE',
        message: {
          vi: expect.stringMatching(/^Ô B3 \(dòng 3, cột B\) chứa 8\.388\.608 ký tự, vượt quá giới hạn 32\.767/),
          en: expect.stringMatching(/^Cell B3 \(row 3, column B\) holds 8,388,608 characters/),
        },
        details: { row: 3, column: 'B', length: 8 * 1024 * 1024 },
      },
    });
    expect(count()).toBe(0);
  });

  it('cleaning stays fast and safe on huge text (no backtracking regular expression)', () => {
    const huge = 'a'.repeat(8 * 1024 * 1024);
    expect(fastClean(huge)).toBe(huge);
    const words = `hoa ${'b'.repeat(200_000)} thuy`;
    const started = performance.now();
    expect(fastTones(words, 'new')).toBe(normalizeTones(words, 'new'));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('a long title or notes cell under the cell limit keeps the person: moved to Notes or cut, with a warning', async () => {
    const { t, e } = await setUp();
    const csv = Buffer.from(`Họ và tên,Chức vụ,Ghi chú\r\nLê Văn Tám,${'Chuyên viên '.repeat(30)},ok\r\nTrần Văn Hùng,Vụ trưởng,${'x'.repeat(5000)}\r\n`);
    const base = { eventId: e.id, fileName: 'ds.csv', dataBase64: csv.toString('base64') };
    const ins = await t.call('import.inspect', base);
    const p = await t.call('import.preview', { ...base, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field) });
    expect(p.errors).toEqual([]);
    expect(p.warnings.map((w) => [w.row, w.reasons.map((x) => x.en)])).toEqual([
      [2, ['Title is longer than 300 characters; kept in Notes']],
      [3, ['Notes longer than 2000 characters; the rest was cut']],
    ]);
    expect(p.sample[1]!.notes).toHaveLength(2000);
  });
});

describe('a file named .xlsx that is not a workbook', () => {
  it('is refused as not an Excel file, in both languages, rather than read as a CSV', async () => {
    const { inspect, count } = await setUp();
    const text = Buffer.from('Họ và tên,Đơn vị\r\nLê Văn Tám,Vụ Pháp chế\r\n');
    expect(await inspect(text, 'Danh sách.xlsx')).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_FILE',
        message: { vi: expect.stringContaining('“Danh sách.xlsx” không phải tệp Excel'), en: expect.stringContaining('“Danh sách.xlsx” is not an Excel file') },
      },
    });
    // The same bytes named .csv are a CSV.
    expect(await inspect(text, 'Danh sách.csv')).toMatchObject({ ok: true, value: { fileKind: 'csv' } });
    expect(count()).toBe(0);
  });
});

describe('the export guard against formulas (OWASP CSV injection)', () => {
  it.each([
    '=1+1',
    '+84 912',
    '-2+3',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '\u0000=1+1',
    '\u200b=HYPERLINK("http://x")',
    '\ufeff+1',
    '\u202e-1',
    '\u200e@x',
    '\u00ad=1',
    '\u2060=1',
    ' =1',
    '\u00a0=1',
    '\u3000@x',
    '\u034f=1',
    '＝1+1',
    '＋1',
    '\u2212 1',
  ])('neutralises %j', (bad) => expect(neutralizeCell(bad)).toBe(`'${bad}`));

  it.each(['Nguyễn Văn An', '0912 345 678', 'a=b', '\u200bNguyễn', '', '(024) 3823 4567'])('leaves %j alone', (good) =>
    expect(neutralizeCell(good)).toBe(good),
  );

  it('in a whole CSV', () => {
    expect(toCsv([['\u200b=1+1', 'ok']])).toBe("\ufeff'\u200b=1+1,ok\r\n");
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDesign, type BadgeDesign } from '../../shared/badges/design';
import { drawBadge, type BadgeData } from '../../shared/badges/draw';
import { fitBadge, sheetFor, type BadgeValues } from '../../shared/badges/layout';
import { writeBadgesPdf } from '../../renderer/print/badges/badge-pdf';

const fonts = Object.fromEntries([400, 500, 600, 700].map((w) => [w, new Uint8Array(fs.readFileSync(`renderer/fonts/be-vietnam-pro-${w}.woff`))])) as never;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-badge-pdf-'));
afterAll(() => process.env.KEEP || fs.rmSync(dir, { recursive: true, force: true }));
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

const NAMES = [
  'Nguyễn Thị Ánh Tuyết',
  'Trần Đức Lượng',
  'Hoàng Thị Thu Hương',
  'Phạm Ngọc Ẩn',
  'Lê Văn Đoàn',
  'Đặng Thị Ửng',
  'Võ Văn Thưởng',
  'Bùi Thị Xuân',
  'Ông Ích Khiêm',
];
const valuesOf = (fullName: string): BadgeValues => ({
  fullName,
  title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  organization: 'Sở Kế hoạch và Đầu tư',
  category: 'Đại biểu',
  bridgePoint: '',
  seat: '',
  eventName: 'Hội nghị tổng kết',
  eventDate: '18/12/2026',
});
// Widths of the real font are not needed here: the writer draws the fitted lines it is given.
const measure = () => (t: string) => t.length * 0.5;
const badgesFor = (design: BadgeDesign): BadgeData[] =>
  NAMES.map((n, i) => ({ values: valuesOf(n), fit: fitBadge(design, valuesOf(n), measure), colour: '#1f4e8c', code: `HN1.E.D${i}.1` }));

async function write(design: BadgeDesign, name: string, progress?: [number, number][]) {
  const file = path.join(dir, `${name}.pdf`);
  const pdf = await writeBadgesPdf({ design, sheet: sheetFor('a7x8', design, 0), marks: true, badges: badgesFor(design), title: 'Thẻ' }, fonts, (d, t) =>
    progress?.push([d, t]),
  );
  fs.writeFileSync(file, pdf);
  return file;
}
const pdftotext = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });

describe('the badges’ PDF (pdfkit, the bundled font)', () => {
  it('prints every name with its diacritics as text, 8 to a landscape A4 sheet, a sheet at a time', async () => {
    const progress: [number, number][] = [];
    const file = await write(defaultDesign(), 'one-side', progress);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.276? pts/);
    const text = pdftotext(file, '-raw');
    for (const n of NAMES) expect(text).toContain(n);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    // One embedded font a weight, the bundled one, never a fallback.
    const fontsUsed = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fontsUsed).toMatch(/BeVietnamPro-Bold/);
    expect(fontsUsed).not.toMatch(/Helvetica|Times|Arial/);
  });

  it('puts each line where the drawing operations say: the centre of the name within 0.3 mm', async () => {
    const design = defaultDesign();
    const file = await write(design, 'positions');
    const sheet = sheetFor('a7x8', design, 0);
    const ops = drawBadge(design, 'front', badgesFor(design)[0]!);
    const name = ops.find((o) => o.op === 'text' && o.text === NAMES[0]);
    if (name?.op !== 'text') throw new Error('no name');
    // pdftotext -bbox: each word's box in points from the top left.
    const html = pdftotext(file, '-bbox', '-f', '1', '-l', '1');
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]) * (25.4 / 72),
      y0: Number(m[2]) * (25.4 / 72),
      x1: Number(m[3]) * (25.4 / 72),
      y1: Number(m[4]) * (25.4 / 72),
      w: m[5],
    }));
    const parts = NAMES[0]!.split(' ');
    const first = words.find((w) => w.w === parts[0])!;
    const last = words.find((w) => w.w === parts.at(-1) && Math.abs(w.y0 - first.y0) < 0.1)!;
    const cell = sheet.cells[0]!;
    expect(Math.abs((first.x0 + last.x1) / 2 - (cell.x + name.x))).toBeLessThan(0.3);
    expect(first.y0).toBeLessThan(cell.y + name.y);
    expect(first.y1).toBeGreaterThan(cell.y + name.y);
  });

  it('prints two-sided: each front sheet followed by its back, the backs mirrored, a picture embedded once', async () => {
    const design: BadgeDesign = {
      ...defaultDesign(),
      sides: 2,
      back: {
        elements: [
          { kind: 'image', id: 'logo', x: 27, y: 5, width: 20, height: 20, src: PNG, fit: 'contain' },
          {
            kind: 'text',
            id: 'back-name',
            field: 'fullNameUpper',
            text: '',
            x: 5,
            y: 40,
            width: 64,
            height: 12,
            size: 16,
            minSize: 8,
            maxLines: 2,
            align: 'center',
            weight: 700,
            colour: '#111111',
          },
        ],
      },
    };
    const file = await write(design, 'two-sides');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+4\b/);
    // Page 2 is page 1's back: the same delegates, their names in capitals.
    const back = pdftotext(file, '-raw', '-f', '2', '-l', '2');
    expect(back).toContain('NGUYỄN THỊ ÁNH TUYẾT');
    expect(back).not.toContain('Phó Chủ tịch');
    // Mirrored: the first badge's back is the top right one.
    const bbox = pdftotext(file, '-bbox', '-f', '2', '-l', '2');
    const x = Number(/xMin="([\d.]+)"[^>]*>NGUYỄN</.exec(bbox)![1]) * (25.4 / 72);
    expect(x).toBeGreaterThan(297 / 2);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // Drawn on every back (with its transparency mask), stored once.
    expect(images.length).toBe(NAMES.length * 2);
    expect(new Set(images.map((l) => l.trim().split(/\s+/).slice(10, 12).join(' '))).size).toBe(1);
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/main/dispatch';
import type { Store } from '../../db/connection';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { readBadgeCode } from '../../shared/badges/qr-payload';
import { expect, test } from './fixtures';
import { seedLargeEvent } from './seed';

const SHOTS = '/tmp/shots';
const MM = 25.4 / 72;

async function call<N extends CallName>(store: Store, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** The badges' PDF as the app writes it (pdfkit in a worker, handed to the browser's downloads): its text, page count and first page as a picture. */
async function printed(page: Page, name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-badges-'));
  const file = path.join(dir, `${name}.pdf`);
  const download = page.waitForEvent('download');
  await page.getByTestId('print-save').click();
  await (await download).saveAs(file);
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(SHOTS, name)]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // The QR codes as a scanner sees them, where zbar is installed (Debian's zbar-tools): page 1 at 200 dpi.
  let codes: string[] | null = null;
  try {
    execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'qr')]);
    codes = execFileSync('zbarimg', ['-q', '--raw', path.join(dir, 'qr.png')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    codes = null;
  }
  const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]) * MM,
    y0: Number(m[2]) * MM,
    x1: Number(m[3]) * MM,
    y1: Number(m[4]) * MM,
    w: m[5]!,
  }));
  return {
    codes,
    /** The box of the first line of page 1 made of these words, in mm: its centre. */
    lineBox(text: string) {
      const parts = text.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++)
        if (parts.every((p, k) => words[i + k]!.w === p)) {
          const run = words.slice(i, i + parts.length);
          return { cx: (run[0]!.x0 + run.at(-1)!.x1) / 2, cy: (Math.min(...run.map((w) => w.y0)) + Math.max(...run.map((w) => w.y1))) / 2 };
        }
      throw new Error(`no line “${text}” on page 1`);
    },
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    raw: execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    images: execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/))
      .map((c) => ({ page: Number(c[0]), type: c[2]! })),
    size: /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number),
  };
}

test('designs a badge, exports the demo event’s badges to PDF with every name, records them and reprints one', async ({ app, page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 860 });
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  const [event] = await call(app.store, 'events.list', {});
  const eventId = event!.id;
  const people = (await call(app.store, 'delegates.list', { eventId })).filter((d) => d.status !== 'declined');

  await page.getByTestId('nav-badges').click();
  await page.getByTestId('badges-create').click();
  await expect(page.getByTestId('badges-designer')).toBeVisible();
  // The live preview: real delegates, the longest name first.
  const longest = [...people].sort((a, b) => b.fullName.length - a.fullName.length)[0]!;
  await expect(page.getByTestId('badges-preview').getByTestId('badge').first()).toContainText(longest.fullName);

  // Typed numbers: the name a little larger; the QR code dragged (snapped to the grid).
  await page.getByTestId('badges-el-name').click();
  await page.getByTestId('badges-font-size').fill('22');
  await page.getByTestId('badges-el-qr').click();
  await page.getByTestId('badges-x').fill('6');
  const qr = page.getByTestId('badges-preview').locator('[data-el="qr"]').first();
  const box = (await qr.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 20 * 7.56, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByTestId('badges-save').click();
  await expect
    .poll(async () => (await call(app.store, 'badges.list', { eventId })).templates[0]!.design.front.elements.find((e) => e.id === 'qr')!.x)
    .not.toBe(6);
  const saved = (await call(app.store, 'badges.list', { eventId })).templates[0]!.design;
  const q = saved.front.elements.find((e) => e.id === 'qr')!;
  expect(q.x).toBeGreaterThan(6);
  expect((q.x * 2) % 1).toBe(0);
  expect(saved.front.elements.find((e) => e.id === 'name')).toMatchObject({ size: 22 });

  // The print: 8 A7 to a landscape A4 sheet, every name with its diacritics.
  await page.getByTestId('badges-print').click();
  await expect(page.getByTestId('print-pages')).toBeVisible();
  await expect(page.getByTestId('badges-count')).toContainText(`${people.length} thẻ`);
  await expect(page.getByTestId('badges-missing')).toHaveCount(0);
  const tight = page.getByTestId('badges-approve');
  if (await tight.count()) await tight.check();
  // What the preview draws, in mm from its sheet's corner: the first badge's name.
  const onScreen = await page
    .locator('.badge-sheet')
    .first()
    .evaluate((sheet) => {
      const s = sheet.getBoundingClientRect();
      const badge = sheet.querySelector('svg.badge')!;
      const texts = [...badge.querySelectorAll('text.badge-line')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
      const mm = 297 / s.width;
      return texts.map((t) => ({ text: t.text, cx: ((t.r.left + t.r.right) / 2 - s.left) * mm, cy: ((t.r.top + t.r.bottom) / 2 - s.top) * mm }));
    });
  expect(onScreen.length).toBeGreaterThan(3);
  const pdf = await printed(page, 'badges-a7');
  expect(pdf.pages).toBe(Math.ceil(people.length / 8));
  expect(Math.abs(pdf.size[0]! - 841.89)).toBeLessThan(1.5);
  const flat = pdf.raw.replace(/\s+/g, ' ');
  for (const d of people) expect(flat, d.fullName).toContain(d.fullName);
  expect(pdf.text).toContain(event!.name.split(' ')[0]!);
  // What you see is what prints: the first badge's longest line, on screen and in the PDF, within 0.2 mm across, 0.4 mm down (a browser and poppler box a line a little differently).
  const line = [...onScreen].sort((a, b) => b.text.length - a.text.length)[0]!;
  const inPdf = pdf.lineBox(line.text);
  expect(Math.abs(inPdf.cx - line.cx), line.text).toBeLessThan(0.2);
  expect(Math.abs(inPdf.cy - line.cy), line.text).toBeLessThan(0.4);
  if (pdf.codes) {
    // Each of page 1's 8 codes read back: this event's, a delegate of it, the first issue.
    expect(pdf.codes).toHaveLength(8);
    const ids = new Set(people.map((d) => d.id));
    for (const c of pdf.codes) expect(readBadgeCode(c)).toMatchObject({ eventId, issue: 1, delegateId: expect.stringMatching(/./) as unknown as string });
    expect(pdf.codes.every((c) => ids.has(readBadgeCode(c)!.delegateId))).toBe(true);
  }

  // Saving recorded each badge as issue 1.
  await expect.poll(async () => (await call(app.store, 'badges.list', { eventId })).latest.length).toBe(people.length);
  expect((await call(app.store, 'badges.list', { eventId })).latest.every((p) => p.issue === 1)).toBe(true);

  // A lost badge reprinted alone: issue 2, on one card-printer page.
  await page.getByTestId('badges-who-one').check();
  await page.getByTestId('badges-pick').selectOption(longest.id);
  await page.getByTestId('badges-sheet-single').check();
  await expect(page.getByTestId('badges-count')).toContainText('1 thẻ, 1 trang');
  if (await tight.count()) await tight.check();
  const reprint = await printed(page, 'badges-reprint');
  expect(reprint.pages).toBe(1);
  if (reprint.codes) expect(reprint.codes.map(readBadgeCode)).toEqual([{ eventId, delegateId: longest.id, issue: 2 }]);
  await expect.poll(async () => (await call(app.store, 'badges.list', { eventId })).latest.find((p) => p.delegateId === longest.id)!.issue).toBe(2);
});

test('stops the export when the font lacks a character, naming the delegate', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  const [event] = await call(app.store, 'events.list', {});
  const cats = await call(app.store, 'categories.list', { eventId: event!.id });
  await call(app.store, 'delegates.create', { eventId: event!.id, fullName: 'Trương 張 Minh', categoryId: cats[0]!.id });
  await call(app.store, 'badges.createTemplate', { eventId: event!.id, name: 'Thẻ' });
  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-badges').click();
  await page.getByTestId('badges-print').click();
  await expect(page.getByTestId('badges-missing')).toContainText('Trương 張 Minh');
  await expect(page.getByTestId('badges-missing')).toContainText('U+5F35');
  await expect(page.getByTestId('print-save')).toBeDisabled();
});

// A 2 × 2 PNG with an alpha channel (most logos have one: it takes pdfkit's other decoding path).
const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFUlEQVR4nGP4z8DwHwgbGIA0CDAAAEPTCHnJFRwPAAAAAElFTkSuQmCC', 'base64');

test('two-sided badges with a logo on the back; a run of thousands shows its progress and can be cancelled', async ({ app, page }) => {
  test.setTimeout(150_000);
  const { eventId } = await seedLargeEvent(app.store.db, 3000);
  await call(app.store, 'badges.createTemplate', { eventId, name: 'Thẻ hai mặt' });
  await page.setViewportSize({ width: 1366, height: 860 });
  await app.open(page);
  await page.getByTestId('nav-badges').click();
  await expect(page.getByTestId('badges-designer')).toBeVisible();

  // Two sides: the back beside the front; a click on it edits it.
  await page.getByTestId('badges-sides').selectOption('2');
  await page.getByTestId('badges-other-side').click();
  await expect(page.getByTestId('badges-other-side')).toContainText('Mặt trước');
  await page.getByTestId('badges-add-image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
  await expect(page.getByTestId('badges-image-fit')).toBeVisible();
  await page.getByTestId('badges-x').fill('27');
  await page.getByTestId('badges-y').fill('10');
  // A file that is not a picture is refused, in words.
  await page.getByTestId('badges-add-image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await expect(page.getByText('Chỉ nhận ảnh PNG hoặc JPEG.')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm chữ' }).click();
  await page.getByTestId('badges-field').selectOption('fullNameUpper');
  await page.getByTestId('badges-y').fill('40');
  await page.getByTestId('badges-save').click();
  await expect
    .poll(async () => (await call(app.store, 'badges.list', { eventId })).templates[0]!.design.back.elements.map((e) => e.kind))
    .toEqual(['image', 'text']);
  const design = (await call(app.store, 'badges.list', { eventId })).templates[0]!.design;
  expect(design.sides).toBe(2);
  expect(design.back.elements[0]).toMatchObject({
    kind: 'image',
    x: 27,
    y: 10,
    fit: 'contain',
    src: expect.stringMatching(/^data:image\/png;base64,iVBOR/) as unknown as string,
  });

  // Thousands of badges: a progress bar counting sheets, and Cancel saves and records nothing.
  const people = (await call(app.store, 'delegates.list', { eventId })).filter((d) => d.status !== 'declined');
  await page.getByTestId('badges-print').click();
  await expect(page.getByTestId('badges-count')).toContainText(
    `${people.length.toLocaleString('vi-VN')} thẻ, ${(Math.ceil(people.length / 8) * 2).toLocaleString('vi-VN')} trang`,
  );
  const approve = page.getByTestId('badges-approve');
  if (await approve.count()) await approve.check();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('print-save').click();
  await expect(page.getByTestId('print-progress')).toContainText(
    new RegExp(`Đang tạo PDF: [1-9][\\d.]* / ${Math.ceil(people.length / 8).toLocaleString('vi-VN')} tờ`),
  );
  await page.getByTestId('print-cancel').click();
  await expect(page.getByTestId('print-progress')).toHaveCount(0);
  await expect(page.getByTestId('print-save')).toBeEnabled();
  expect(downloads).toBe(0);
  expect((await call(app.store, 'badges.list', { eventId })).latest).toEqual([]);

  // One delegate, both sides: the front sheet, then its back with the logo and the name in capitals.
  const one = people[0]!;
  await page.getByTestId('badges-who-one').check();
  await page.getByTestId('badges-pick').selectOption(one.id);
  await expect(page.getByTestId('badges-count')).toContainText('1 thẻ, 2 trang');
  const pdf = await printed(page, 'badges-two-sided');
  expect(pdf.pages).toBe(2);
  const [front, back] = pdf.raw.split('\f');
  expect(front).toContain(one.fullName);
  expect(back).toContain(one.fullName.toLocaleUpperCase('vi'));
  expect(pdf.images.filter((i) => i.page === 2 && i.type === 'image')).toHaveLength(1);
  expect(pdf.images.filter((i) => i.page === 1)).toHaveLength(0);
  await expect.poll(async () => (await call(app.store, 'badges.list', { eventId })).latest.map((p) => [p.delegateId, p.issue])).toEqual([[one.id, 1]]);
});

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

const SHOTS = '/tmp/shots';

async function call<N extends CallName>(store: Store, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** The open print as Electron's printToPDF would print it: its text, page count and first page as a picture. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-badges-'));
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
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
  return {
    codes,
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    raw: execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
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
  const pdf = await printed(page, 'badges-a7');
  expect(pdf.pages).toBe(Math.ceil(people.length / 8));
  expect(Math.abs(pdf.size[0]! - 841.89)).toBeLessThan(1.5);
  const flat = pdf.raw.replace(/\s+/g, ' ');
  for (const d of people) expect(flat, d.fullName).toContain(d.fullName);
  expect(pdf.text).toContain(event!.name.split(' ')[0]!);
  if (pdf.codes) {
    // Each of page 1's 8 codes read back: this event's, a delegate of it, the first issue.
    expect(pdf.codes).toHaveLength(8);
    const ids = new Set(people.map((d) => d.id));
    for (const c of pdf.codes) expect(readBadgeCode(c)).toMatchObject({ eventId, issue: 1, delegateId: expect.stringMatching(/./) as unknown as string });
    expect(pdf.codes.every((c) => ids.has(readBadgeCode(c)!.delegateId))).toBe(true);
  }

  // Saving records each badge as issue 1.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  const tight = page.getByTestId('badges-approve');
  if (await tight.count()) await tight.check();
  await page.getByTestId('print-save').click();
  await expect.poll(async () => (await call(app.store, 'badges.list', { eventId })).latest.length).toBe(people.length);
  expect((await call(app.store, 'badges.list', { eventId })).latest.every((p) => p.issue === 1)).toBe(true);

  // A lost badge reprinted alone: issue 2, on one card-printer page.
  await page.getByTestId('badges-who-one').check();
  await page.getByTestId('badges-pick').selectOption(longest.id);
  await page.getByTestId('badges-sheet-single').check();
  await expect(page.getByTestId('badges-count')).toContainText('1 thẻ, 1 trang');
  if (await tight.count()) await tight.check();
  await page.getByTestId('print-save').click();
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

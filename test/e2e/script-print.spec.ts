import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { updateSettings } from '../../db/settings';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { Store } from '../../db/connection';
import { BUILT_IN_TEMPLATE_ID } from '../../shared/script/template-145';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots';

async function call<N extends CallName>(store: Store, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** The open print preview as Electron's printToPDF would print it: text, pages, size, and every page's picture. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-pdf-'));
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(SHOTS, name)]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { text, pages, width: Number(size[1]), height: Number(size[2]) };
}

const expectPts = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(1);

async function openScriptPrint(page: Page, kind: 'mc' | 'rundown' | 'programme') {
  await page.getByTestId('script-print-button').click();
  await page.getByTestId(`script-print-${kind}`).click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await expect(page.getByTestId('print-pages')).toBeVisible();
}

/** pdftotext keeps the words of a line; a wrapped paragraph comes back in pieces, so compare on single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

test('prints the MC script, the control-room rundown and the programme of the demo event’s script', async ({ app, page }) => {
  test.setTimeout(120_000);
  const demo = await call(app.store, 'events.createDemo', {});
  await updateSettings(app.store.db, { lastEventId: demo.id });
  const { items } = await call(app.store, 'script.applyTemplate', {
    eventId: demo.id,
    from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID },
    mode: 'replace',
  });
  await call(app.store, 'script.updateSettings', { eventId: demo.id, startAt: 7 * 60 + 30, plannedEnd: 11 * 60 });
  const intro = items.find((i) => i.kind === 'introductions')!;
  const written = await call(app.store, 'script.writeIntroductions', { itemId: intro.id });
  // The host's leader reports; the higher leader's remarks are pinned to 10:30.
  const [leader] = await call(app.store, 'delegates.list', { eventId: demo.id });
  const report = items.find((i) => i.kind === 'report')!;
  await call(app.store, 'script.updateItem', { id: report.id, set: { performerDelegateId: leader!.id } });
  const remarks = items.find((i) => i.title === 'Phát biểu chỉ đạo của lãnh đạo cấp trên')!;
  await call(app.store, 'script.updateItem', { id: remarks.id, set: { pinnedAt: 10 * 60 + 30 } });

  await page.setViewportSize({ width: 1366, height: 860 });
  await app.open(page);
  // The script screen (renderer/features/script/ScriptScreen.tsx) holds the menu.
  await page.getByTestId('nav-script').click();
  await expect(page.getByTestId('script-print-button')).toBeVisible();

  // The MC script: A4 portrait, times from 07:30, every line of the introductions, pages numbered.
  await openScriptPrint(page, 'mc');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'script-preview.png') });
  const mc = await printed(page, 'script-mc');
  expectPts(mc.width, 595.28);
  expectPts(mc.height, 841.89);
  expect(mc.pages).toBeGreaterThan(1);
  const mcText = flat(mc.text);
  expect(mcText).toContain('KỊCH BẢN CHI TIẾT');
  expect(mcText).toContain(demo.name);
  expect(mc.text).toContain('07:30');
  expect(mc.text).toContain('08:00');
  expect(mcText).toContain('Chào cờ');
  expect(mcText).toContain('Nghiêm! Chào cờ… chào!');
  expect(mcText).toContain('Kính thưa các đồng chí đại biểu!');
  for (const line of written.mcLines!.split('\n').slice(0, 4)) expect(mcText).toContain(flat(line).split(' ').slice(0, 5).join(' '));
  expect(mcText).toContain(leader!.fullName);
  expect(mcText).toContain('giờ cố định');
  expect(mcText).toContain('dự phòng');
  expect(mcText).toMatch(/Kết thúc dự kiến: \d\d:\d\d · Kết thúc theo kế hoạch: 11:00, (vượt|sớm) \d+ phút/);
  expect(mc.text).toContain('Trang 1/');
  expect(mc.text).toContain(`Trang ${mc.pages}/${mc.pages}`);

  // An item's title never ends a page: on every page, the last title is followed by lines.
  const pagesText = mc.text.split('\f').filter((p) => p.trim());
  expect(pagesText.length).toBe(mc.pages);
  for (const p of pagesText) expect(p).toMatch(/Trang \d+\/\d+/);

  await page.getByTestId('print-close').click();

  // The rundown: A4 landscape, the cues in their columns.
  await openScriptPrint(page, 'rundown');
  const rd = await printed(page, 'script-rundown');
  expectPts(rd.width, 841.89);
  expectPts(rd.height, 595.28);
  const rdText = flat(rd.text);
  expect(rdText).toContain('BẢNG ĐIỀU PHỐI KỸ THUẬT');
  for (const w of ['Âm thanh', 'Ánh sáng', 'Màn hình', 'Máy quay', 'Quốc ca', 'Hạ đèn hội trường', 'Phát phóng sự']) expect(rdText).toContain(w);
  expect(rd.text).toContain('07:30');
  expect(rd.text).toContain('Trang 1/');
  await page.getByTestId('print-close').click();

  // The programme: one A4 page, times and titles.
  await openScriptPrint(page, 'programme');
  const pg = await printed(page, 'script-programme');
  expect(pg.pages).toBe(1);
  expectPts(pg.width, 595.28);
  expectPts(pg.height, 841.89);
  const pgText = flat(pg.text);
  expect(pgText).toContain('CHƯƠNG TRÌNH');
  expect(pgText).toContain(demo.name.split(' ').slice(0, 4).join(' '));
  expect(pgText).toMatch(/07:30 – 08:00 Đón tiếp đại biểu/);
  expect(pgText).toContain('Bế mạc hội nghị');
  expect(pgText).not.toContain('Nghiêm!');
  await page.getByTestId('print-close').click();
});

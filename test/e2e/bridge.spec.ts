import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { expect, test, type PreviewApp } from './fixtures';

const SHOTS = '/tmp/shots';

async function api<N extends CallName>(app: PreviewApp, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store: app.store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** The open print preview as printToPDF would print it: its text, and its first page as a picture to look at. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-pdf-')), `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', file, path.join(SHOTS, name)]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

async function addPoint(page: Page, fields: Record<string, string>) {
  await page.getByTestId('bridge-add').click();
  if (fields.name === 'Cần Thơ') await page.screenshot({ path: path.join(SHOTS, 'bridge-form.png') });
  for (const [k, v] of Object.entries(fields)) await page.getByTestId(`point-${k}`).fill(v);
  await page.getByTestId('point-save').click();
  await expect(page.getByTestId('point-title')).toContainText(fields.name!);
}

async function logTest(page: Page, result: 'passed' | 'failed', problem = '') {
  await page.getByTestId('tests-log-extra').click();
  await page.getByTestId(`log-result-${result}`).check();
  if (problem) await page.getByTestId('log-problem').fill(problem);
  await page.getByTestId('log-online').fill('Anh Tâm (VNPT Cần Thơ)');
  await page.getByTestId('log-save').click();
  await expect(page.getByTestId('log-form')).toHaveCount(0);
}

const boardState = (page: Page, name: string) => page.locator(`[data-testid="board-row"][data-point="${name}"]`);

test('bridge points: two remote points added, delegates assigned, a failed then a passed test on the board, the point sheet printed', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  const [event] = await api(app, 'events.list', {});
  const eventId = event!.id;

  await page.getByTestId('nav-bridge').click();
  await expect(page.getByTestId('bridge-item')).toHaveCount(3);
  await addPoint(page, {
    name: 'Cần Thơ',
    hostUnit: 'Sở Khoa học và Công nghệ Cần Thơ',
    techName: 'Nguyễn Hữu Tâm',
    techPhone: '0292 3812 345',
    line: 'VNPT 100 Mbps',
    backupLine: '4G Viettel',
  });
  await addPoint(page, { name: 'Hải Phòng', techPhone: '0225 3842 111' });
  await expect(page.getByTestId('bridge-item')).toHaveCount(5);

  // Two delegates of Hà Nội moved to Cần Thơ, found without diacritics.
  await page.getByTestId('bridge-item').filter({ hasText: 'Cần Thơ' }).click();
  const people = await api(app, 'delegates.list', { eventId });
  const moved = people.filter((d) => d.status !== 'declined').slice(0, 2);
  for (const d of moved) {
    await page.getByTestId('assign-search').fill(d.fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd'));
    await page.getByTestId('assign-pick').first().check();
  }
  await page.getByTestId('assign-go').click();
  await expect(page.getByTestId('point-delegates').locator('li')).toHaveCount(2);
  for (const d of moved) await expect(page.getByTestId('point-delegates')).toContainText(d.fullName);
  await expect(page.getByTestId('point-counts')).toBeVisible();
  await page.getByTestId('bridge-screen').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'bridge-detail.png') });

  await page.getByTestId('tests-generate').click();
  await expect(page.getByTestId('test-row')).toHaveCount(4);
  await expect(page.getByTestId('test-kind').nth(1)).toHaveValue('rehearsal');
  // The rehearsal moved by hand to 15:30: written when the field is left.
  // Typed as offices write it, whatever the browser's locale.
  await expect(page.getByTestId('test-planned-at-day').nth(1)).toHaveValue('07/01/2027');
  const rehearsal = page.getByTestId('test-planned-at-time').nth(1);
  await expect(rehearsal).toHaveValue('14h00');
  await rehearsal.fill('15h30');
  await rehearsal.blur();
  const [ev] = await api(app, 'events.list', {});
  await expect
    .poll(async () => (await api(app, 'bridgeTests.list', { eventId: ev!.id })).filter((x) => x.kind === 'rehearsal').map((x) => x.plannedAt))
    .toContain('2027-01-07T15:30');

  // The board: nothing tested yet (the demo is in January 2027, the schedule still ahead).
  await page.getByTestId('bridge-board').click();
  await expect(page.getByTestId('board-screen')).toHaveAttribute('data-board-ready', 'true');
  await expect(boardState(page, 'Cần Thơ')).toHaveAttribute('data-state', 'pending');
  await expect(boardState(page, 'Cần Thơ')).toContainText('0292 3812 345');
  await expect(page.getByTestId('board-row').first()).toContainText('Điểm cầu chính');
  await page.keyboard.press('Escape');

  await page.getByTestId('bridge-item').filter({ hasText: 'Cần Thơ' }).click();
  await logTest(page, 'failed', 'Mất tiếng ở điểm cầu');
  await expect(page.locator('[data-testid="test-row"][data-result="failed"]')).toHaveCount(1);
  await page.getByTestId('bridge-board').click();
  await expect(boardState(page, 'Cần Thơ')).toHaveAttribute('data-state', 'alert');
  await expect(boardState(page, 'Cần Thơ')).toContainText('Lần kiểm tra gần nhất không đạt');
  await expect(boardState(page, 'Hải Phòng')).toHaveAttribute('data-state', 'pending');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'bridge-board-alert.png') });

  // A test logged elsewhere (another laptop, through the same main process): the board follows by polling.
  const ct = (await api(app, 'bridgePoints.list', { eventId })).find((p) => p.name === 'Cần Thơ')!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = new Date();
  const now = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  await api(app, 'bridgeTests.log', { bridgePointId: ct.id, result: 'passed', loggedAt: now, picture: 'good', sound: 'good' });
  await expect(boardState(page, 'Cần Thơ')).toHaveAttribute('data-state', 'ok', { timeout: 10_000 });
  await expect(boardState(page, 'Cần Thơ')).toContainText('Sẵn sàng');
  await page.screenshot({ path: path.join(SHOTS, 'bridge-board-ok.png') });
  await page.keyboard.press('Escape');

  // And one more from the form: the log shows both results.
  await page.getByTestId('bridge-item').filter({ hasText: 'Cần Thơ' }).click();
  await logTest(page, 'passed');
  await expect(page.locator('[data-testid="test-row"][data-result="passed"]')).toHaveCount(2);
  await page.screenshot({ path: path.join(SHOTS, 'bridge-screen.png'), fullPage: true });

  // The point sheet for the Cần Thơ team.
  await page.getByTestId('bridge-print-button').click();
  await page.getByTestId('bridge-print-sheet').click();
  await expect(page.getByTestId('print-pages')).toBeVisible();
  const sheet = await printed(page, 'bridge-point-sheet');
  // Two delegates fit under the schedule: one page.
  expect(sheet.pages).toBe(1);
  for (const text of [
    'PHIẾU ĐIỂM CẦU',
    'Cần Thơ',
    'Sở Khoa học và Công nghệ Cần Thơ',
    'Nguyễn Hữu Tâm · 0292 3812 345',
    'VNPT 100 Mbps',
    'Tổng duyệt',
    'Không đạt',
    'Mất tiếng ở điểm cầu',
    ...moved.map((m) => m.fullName),
  ])
    expect(sheet.text).toContain(text);
  await page.getByTestId('print-close').click();

  await page.getByTestId('bridge-print-button').click();
  await page.getByTestId('bridge-print-board').click();
  await expect(page.getByTestId('print-pages')).toBeVisible();
  const board = await printed(page, 'bridge-board-print');
  for (const text of ['BẢNG THEO DÕI ĐIỂM CẦU', 'Cần Thơ', 'Hải Phòng', 'Sẵn sàng', 'Chưa kiểm tra', '0225 3842 111']) expect(board.text).toContain(text);
  await page.getByTestId('print-close').click();

  // The main hall's 171 delegates run on over several pages, every one of them listed.
  await page.getByTestId('bridge-item').filter({ hasText: 'Hà Nội' }).click();
  await expect(page.getByTestId('point-title')).toContainText('Hà Nội');
  await page.getByTestId('bridge-print-button').click();
  await page.getByTestId('bridge-print-sheet').click();
  await expect(page.getByTestId('print-pages')).toBeVisible();
  const hall = await printed(page, 'bridge-main-sheet');
  const hallPeople = (await api(app, 'bridgePoints.detail', { id: (await api(app, 'bridgePoints.list', { eventId })).find((p) => p.isMain)!.id })).delegates;
  expect(hall.pages).toBeGreaterThan(3);
  expect(hall.text).toContain(`Trang ${hall.pages}/${hall.pages}`);
  for (const d of [hallPeople[0]!, hallPeople.at(-1)!]) expect(hall.text).toContain(d.fullName);
  await page.getByTestId('print-close').click();

  // English as a switch: the screen and the board in English.
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('nav-bridge')).toHaveText('Bridge points');
  await page.getByTestId('bridge-item').filter({ hasText: 'Cần Thơ' }).click();
  await expect(page.getByTestId('bridge-tests')).toContainText('Full rehearsal');
  await page.getByTestId('bridge-board').click();
  await expect(boardState(page, 'Cần Thơ')).toContainText('Ready');
  await expect(boardState(page, 'Hải Phòng')).toContainText('Not tested');
  await page.screenshot({ path: path.join(SHOTS, 'bridge-board-en.png') });
});

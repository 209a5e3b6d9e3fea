import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import writeXlsxFile from 'write-excel-file/node';
import { dispatch } from '../../electron/main/dispatch';
import type { Store } from '../../db/connection';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { BUILT_IN_TEMPLATE_ID } from '../../shared/script/template-145';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots';

async function call<N extends CallName>(store: Store, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** The open print as Electron's printToPDF would print it: its text, and its first page as a picture. */
async function printed(page: Page, dir: string, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(SHOTS, name)]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('adds two awards with recipients, typed and imported, gets the batches, writes them into the script and prints the award list', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 860 });
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();

  // The demo event with a script from the template and its hall seated, so the lines can name seats.
  const [event] = await call(app.store, 'events.list', {});
  const eventId = event!.id;
  await call(app.store, 'script.applyTemplate', { eventId, from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID }, mode: 'replace' });
  const plan = await call(app.store, 'seating.createPlan', {
    eventId,
    name: 'Hội trường',
    numbers: { presidium: { rows: 1, seats: 7 }, areas: [{ name: 'Khu A', rows: 14, seatsPerRow: 20, aisles: 1 }] },
  });
  await call(app.store, 'seating.autoSeat', { planId: plan.id, mode: 'all' });
  const places = await call(app.store, 'seating.places', { eventId });
  const seated = new Set(places.map((p) => p.delegateId));
  const people = (await call(app.store, 'delegates.list', { eventId })).filter((d) => d.status !== 'declined' && d.organization && seated.has(d.id));
  const typed = people.at(-1)!;

  await page.getByTestId('nav-awards').click();
  await expect(page.getByTestId('awards-empty')).toBeVisible();

  // The first award, typed in with its decision.
  await page.getByTestId('award-add-kind').click();
  await page.locator('#award-kind-name').fill('Bằng khen của Thủ tướng Chính phủ');
  await page.locator('#award-kind-number').fill('2150/QĐ-TTg');
  await page.locator('#award-kind-date').fill('2026-11-20');
  await page.locator('#award-kind-signer').fill('Thủ tướng Chính phủ');
  await page.locator('#award-kind-size').selectOption('5');
  await page.getByTestId('award-kind-save').click();
  await expect(page.getByTestId('award-kind-title')).toHaveText('Bằng khen của Thủ tướng Chính phủ');

  // A delegate picked from the list, a name not in it, and a collective received by its leader.
  await page.getByTestId('award-add-recipient').click();
  await page.locator('#award-recipient-person').fill(`${typed.fullName} — ${typed.organization}`);
  await page.getByTestId('award-recipient-save').click();
  await page.getByTestId('award-add-recipient').click();
  await page.locator('#award-recipient-person').fill('Đinh Thị Ngọc Ánh');
  await page.locator('#award-recipient-title').fill('Chuyên gia');
  await page.locator('#award-recipient-unit').fill('Viện Khoa học Tổ chức nhà nước');
  await page.getByTestId('award-recipient-save').click();
  const leader = people.at(-2)!;
  await page.getByTestId('award-add-recipient').click();
  await page.getByTestId('award-recipient-collective').check();
  await page.locator('#award-recipient-unit').fill('Phòng Tổng hợp');
  await page.locator('#award-recipient-person').fill(`${leader.fullName} — ${leader.organization}`);
  await page.getByTestId('award-recipient-save').click();
  const rows = page.getByTestId('award-recipient');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(typed.fullName);

  // Reordered with the keyboard: the collective goes up one place.
  await rows.nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(1)).toContainText('Phòng Tổng hợp');
  await expect(page.getByTestId('award-batch')).toHaveCount(1);

  // The second award, its recipients imported from the decision's spreadsheet.
  await page.getByTestId('award-add-kind').click();
  await page.locator('#award-kind-name').fill('Lao động tiên tiến');
  await page.locator('#award-kind-size').selectOption('5');
  await page.getByTestId('award-kind-save').click();
  await expect(page.getByTestId('award-kind-title')).toHaveText('Lao động tiên tiến');
  const listed = people.slice(-9, -4);
  const sheet = [
    ['DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU LAO ĐỘNG TIÊN TIẾN', null, null, null],
    ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
    ...listed.map((d, i) => [i + 1, d.fullName, d.title, d.organization]),
    [6, 'Vương Đình Huệ', 'Chuyên viên', 'Sở Nội vụ tỉnh Nghệ An'],
    [7, 'Lò Thị Mai', 'Nhân viên', 'Trung tâm Hội nghị'],
  ];
  const xlsx = path.join(app.dataDir, 'lao-dong-tien-tien.xlsx');
  fs.writeFileSync(xlsx, await writeXlsxFile(sheet).toBuffer());
  await page.getByTestId('award-import').click();
  await page.getByTestId('award-import-file').setInputFiles(xlsx);
  await expect(page.getByTestId('award-import-summary')).toContainText('7 người nhận mới (5 là đại biểu trong danh sách)');
  await expect(page.getByTestId('award-import-row')).toHaveCount(7);
  await page.getByTestId('award-import-commit').click();
  await expect(page.getByTestId('award-import-dialog')).toBeHidden();
  await expect(rows).toHaveCount(7);
  // Seven in fives: 4 and 3, each with its presenter.
  const batches = page.getByTestId('award-batch');
  await expect(batches).toHaveCount(2);
  const order = await call(app.store, 'precedence.order', { eventId });
  const byId = new Map(people.concat(await call(app.store, 'delegates.list', { eventId })).map((d) => [d.id, d]));
  const ranked = order.entries.filter((e) => e.level !== null).map((e) => byId.get(e.id)!);
  // The second batch's presenter chosen by hand: the fourth most senior.
  await batches.nth(1).getByTestId('award-presenter').selectOption(ranked[3]!.id);
  await expect(batches.nth(1)).toContainText('Chọn tay');

  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'awards-screen.png') });

  // Into the script, right after its awards item, from the highest award down.
  await page.getByTestId('award-write-script').click();
  await expect(page.getByText('Đã đưa 3 đợt trao thưởng vào kịch bản.')).toBeVisible();
  const script = await call(app.store, 'script.get', { eventId });
  const anchor = script.items.findIndex((i) => i.kind === 'awards' && i.awardBatch === null);
  const awardItems = script.items.slice(anchor + 1, anchor + 4);
  expect(awardItems.map((i) => i.title)).toEqual([
    'Trao Bằng khen của Thủ tướng Chính phủ',
    'Trao Lao động tiên tiến (đợt 1/2)',
    'Trao Lao động tiên tiến (đợt 2/2)',
  ]);
  expect(script.items.filter((i) => i.awardBatch !== null)).toHaveLength(3);
  const first = awardItems[0]!.mcLines!;
  const seatOf = (id: string) => places.find((p) => p.delegateId === id)!;
  expect(first).toMatch(/^Xin trân trọng kính mời đại diện các tập thể và các đồng chí có tên sau lên nhận Bằng khen của Thủ tướng Chính phủ:/);
  expect(first).toContain(`1. Đồng chí ${typed.fullName}`);
  expect(first).toContain(`(ghế ${seatOf(typed.id).rowLabel}-${seatOf(typed.id).number})`);
  expect(first).toContain(`2. Phòng Tổng hợp, đồng chí ${leader.fullName}`);
  expect(first).toContain('3. Đồng chí Đinh Thị Ngọc Ánh, Chuyên gia, Viện Khoa học Tổ chức nhà nước.');
  expect(first).toContain(`Xin kính mời đồng chí ${ranked[0]!.fullName}`);
  expect(awardItems[0]!.performerDelegateId).toBe(ranked[0]!.id);
  expect(awardItems[2]!.performerDelegateId).toBe(ranked[3]!.id);
  expect(awardItems[1]!.performerDelegateId).not.toBe(ranked[0]!.id);

  // Lines edited by hand in the script: writing again asks first.
  await call(app.store, 'script.updateItem', { id: awardItems[1]!.id, set: { mcLines: `${awardItems[1]!.mcLines}\nXin một tràng pháo tay!` } });
  await page.getByTestId('award-write-script').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('đã được sửa tay');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('confirm-dialog')).toBeHidden();
  const rewritten = (await call(app.store, 'script.get', { eventId })).items.filter((i) => i.awardBatch !== null);
  expect(rewritten).toHaveLength(3);
  expect(rewritten.some((i) => i.mcLines?.includes('pháo tay'))).toBe(false);

  // The award list for the presenters and ushers.
  await page.getByTestId('award-print').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await expect(page.getByTestId('print-save')).toBeEnabled();
  await page.screenshot({ path: path.join(SHOTS, 'awards-print-preview.png') });
  const text = await printed(page, app.dataDir, 'awards-list');
  expect(text).toContain('DANH SÁCH TRAO THƯỞNG');
  expect(text).toContain('Bằng khen của Thủ tướng Chính phủ');
  expect(text).toContain('Quyết định số 2150/QĐ-TTg ngày 20/11/2026');
  expect(text).toContain('Lao động tiên tiến');
  expect(text).toMatch(/Đợt 2\/2 · Người trao: /);
  expect(text).toContain(ranked[3]!.fullName);
  for (const d of [typed, ...listed]) expect(text).toContain(d.fullName);
  expect(text).toContain('Vương Đình Huệ');
  expect(text).toContain(`${seatOf(typed.id).rowLabel}-${seatOf(typed.id).number}`);
  expect(text).toMatch(/Trang 1\/1/);

  // The same screen in English on a small laptop's screen, the first award's lines open.
  await page.getByTestId('print-close').click();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByTestId('lang-en').click();
  await page.getByTestId('award-kind').first().click();
  await expect(page.getByTestId('award-kind-title')).toHaveText('Bằng khen của Thủ tướng Chính phủ');
  await page.getByTestId('award-batch').first().locator('summary').click();
  await expect(page.getByTestId('award-batch-lines').first()).toContainText('lên trao thưởng.');
  await expect(page.getByTestId('awards-screen')).toContainText('Batches on stage');
  await page.screenshot({ path: path.join(SHOTS, 'awards-screen-en-1024.png') });
});

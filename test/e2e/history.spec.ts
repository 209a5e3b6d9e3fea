import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { messyXlsx } from '../fixtures/messy-xlsx';
import { expect, test, type PreviewApp } from './fixtures';
import { seedPeople } from './seed';

const names = (page: Page) => page.getByTestId('delegate-row').locator('.col-name');

/** Every delegate row of the file, to compare exactly. */
const rows = (app: PreviewApp) => app.store.db.selectFrom('delegates').selectAll().orderBy('id').execute();

test('an import undone with Ctrl+Z leaves the list exactly as before; Ctrl+Shift+Z brings it back', async ({ app, page }) => {
  await seedPeople(app.store.db, [
    { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng Bộ Tài chính', organization: 'Bộ Tài chính', category: 'guest' },
    { fullName: 'Đặng Thị Thủy', title: 'Chuyên viên chính', organization: 'Vụ Hợp tác quốc tế' },
  ]);
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Đặng Thị Thủy']);
  const before = await rows(app);

  const file = path.join(app.dataDir, 'danh-sach.xlsx');
  fs.writeFileSync(file, await messyXlsx());
  await page.getByTestId('delegates-import').click();
  await page.getByTestId('import-file-input').setInputFiles(file);
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
  await page.getByTestId('import-done').click();
  const after = await rows(app);
  expect(after.length).toBeGreaterThan(before.length);
  await expect(page.getByTestId('delegates-count')).toHaveText(`${after.length} / ${after.length} đại biểu`);
  await expect(page.getByTestId('undo-button')).toHaveText(`Hoàn tác: Nhập ${after.length - before.length} đại biểu từ danh-sach.xlsx`);

  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã hoàn tác: Nhập');
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Đặng Thị Thủy']);
  expect(await rows(app)).toEqual(before);
  await expect(page.getByTestId('redo-button')).toBeVisible();

  await page.locator('body').press('Control+Shift+z');
  await expect(page.getByTestId('delegates-count')).toHaveText(`${after.length} / ${after.length} đại biểu`);
  expect(await rows(app)).toEqual(after);

  // Typing in a field, Ctrl+Z is the field's own: the list is not touched.
  await page.getByTestId('delegates-search').fill('an');
  await page.getByTestId('delegates-search').press('Control+z');
  expect(await rows(app)).toEqual(after);
});

test('a deleted event comes back with its delegates from the events list', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, [
    { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng', organization: 'Bộ Tài chính' },
    { fullName: 'Lê Thị Bình', title: 'Vụ trưởng', organization: 'Vụ Pháp chế' },
  ]);
  await app.open(page);
  await page.getByTestId('nav-events').click();
  const before = await rows(app);
  await page.getByTestId('event-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
  await expect(page.getByTestId('undo-button')).toHaveText('Hoàn tác: Xóa hội nghị “Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026”');
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('event-row')).toHaveCount(1);
  await expect(page.getByTestId('event-row').getByTestId('event-delegate-count')).toHaveText('2');
  expect(await rows(app)).toEqual(before);
  expect((await app.store.db.selectFrom('events').select('id').execute()).map((e) => e.id)).toEqual([eventId]);
});

test("the event's history lists every change, opens one field by field, and a delegate's panel shows its own", async ({ app, page }) => {
  await seedPeople(app.store.db, [{ fullName: 'Nguyễn Văn An', title: 'Thứ trưởng', organization: 'Bộ Tài chính' }]);
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegate-row').first().click();
  await page.getByTestId('delegate-title').fill('Bộ trưởng Bộ Tài chính');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Lê Thị Bình');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();

  await page.getByTestId('nav-history').click();
  await expect(page.getByTestId('history-label')).toHaveText(['Thêm đại biểu Lê Thị Bình', 'Sửa đại biểu Nguyễn Văn An']);
  await page.getByTestId('history-entry').nth(1).getByRole('button').click();
  const field = page.getByTestId('history-detail').locator('[data-testid="history-field"][data-column="title"]');
  await expect(field).toContainText('Chức vụ');
  await expect(field.locator('.hist-before')).toHaveText('Thứ trưởng');
  await expect(field.locator('.hist-after')).toHaveText('Bộ trưởng Bộ Tài chính');
  await page.getByTestId('history-search').fill('binh');
  await expect(page.getByTestId('history-label')).toHaveText(['Thêm đại biểu Lê Thị Bình']);
  await page.getByTestId('history-search').fill('');

  // Undone from the header: the history says so, struck through.
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('history-label').first()).toHaveText('Hoàn tác: Thêm đại biểu Lê Thị Bình');
  await expect(page.getByTestId('history-entry').nth(1)).toHaveClass(/is-undone/);

  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegate-row').first().click();
  await page.getByTestId('row-history').locator('summary').click();
  await expect(page.getByTestId('row-history-entry')).toHaveCount(1);
  await expect(page.getByTestId('row-history-entry')).toContainText('Sửa đại biểu Nguyễn Văn An');
  await expect(page.getByTestId('row-history-entry').locator('.hist-after')).toHaveText('Bộ trưởng Bộ Tài chính');
});

test("this laptop's name, set on the History screen, is written beside the changes made after it", async ({ app, page }) => {
  await seedPeople(app.store.db, [{ fullName: 'Nguyễn Văn An', title: 'Thứ trưởng', organization: 'Bộ Tài chính' }]);
  await app.open(page);
  await page.getByTestId('nav-history').click();
  await page.getByTestId('laptop-rename').click();
  await page.getByTestId('laptop-name-input').fill('Bàn đón tiếp số 2');
  await page.getByTestId('laptop-name-input').press('Enter');
  await expect(page.getByTestId('laptop-name-value')).toHaveText('Bàn đón tiếp số 2');

  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegate-row').first().click();
  await page.getByTestId('delegate-title').fill('Bộ trưởng Bộ Tài chính');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();
  await page.getByTestId('nav-history').click();
  await expect(page.getByTestId('history-entry').first()).toContainText('Sửa đại biểu Nguyễn Văn An');
  await expect(page.getByTestId('history-entry').first()).toContainText('trên máy Bàn đón tiếp số 2');
  const stored = await app.store.db.selectFrom('changeSets').select('laptop').orderBy('seq', 'desc').executeTakeFirstOrThrow();
  expect(stored.laptop).toBe('Bàn đón tiếp số 2');
});

test('a backup made now is restored from the Backups screen, after the current data is backed up', async ({ app, page }) => {
  await seedPeople(app.store.db, [
    { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng', organization: 'Bộ Tài chính' },
    { fullName: 'Lê Thị Bình', title: 'Vụ trưởng', organization: 'Vụ Pháp chế' },
  ]);
  await app.open(page);
  await page.getByTestId('nav-backups').click();
  await page.getByTestId('backups-now').click();
  await expect(page.getByTestId('toast-success')).toContainText('Đã sao lưu: hoi-nghi-');
  const manual = page.locator('[data-testid="backup-row"][data-reason="manual"]');
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Sao lưu thủ công');
  const before = await rows(app);

  // A bad afternoon: the delegates gone (straight in the file, as a crash or another tool would).
  app.store.sqlite.exec('DELETE FROM delegates');
  await manual.getByTestId('backup-restore').click();
  await expect(page.getByTestId('backup-restore-confirm')).toContainText('Dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu lúc');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã khôi phục dữ liệu của bản sao lưu lúc');
  expect(await rows(app)).toEqual(before);
  await page.getByTestId('nav-backups').click();
  await expect(page.locator('[data-testid="backup-row"][data-reason="before-restore"]')).toHaveCount(1);
  await page.getByTestId('nav-delegates').click();
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Lê Thị Bình']);
});

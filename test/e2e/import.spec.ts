import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { listCategories } from '../../db/categories';
import { newId, nowIso } from '../../db/clock';
import { createEvent } from '../../db/events';
import { updateSettings } from '../../db/settings';
import { identityKey } from '../../shared/text';
import { MESSY, messyCsv, messyXlsx } from '../fixtures/messy-xlsx';
import { expect, test, type PreviewApp } from './fixtures';

/** An open event (no bridge points yet) with one delegate the messy file repeats: Vũ Thị Hoà of Vụ Pháp chế. */
async function seedEvent(app: PreviewApp): Promise<{ eventId: string; hoaId: string }> {
  const event = await createEvent(app.store.db, {
    name: 'Hội nghị tổng kết công tác năm 2025 ngành Tài chính',
    kind: 'review',
    startDate: '2026-01-10',
    endDate: null,
    startTime: '08:00',
    venue: 'Hội trường Bộ Tài chính',
    organizer: 'Văn phòng Bộ',
    description: null,
  });
  const [cat] = await listCategories(app.store.db, event.id);
  const at = nowIso();
  const hoaId = newId();
  await app.store.db
    .insertInto('delegates')
    .values({
      id: hoaId, eventId: event.id, fullName: 'Vũ Thị Hoà', nameKey: identityKey('Vũ Thị Hoà'), title: 'Chuyên viên', organization: 'Vụ Pháp chế',
      categoryId: cat!.id, precedenceRank: null, phone: null, email: null, notes: null, status: 'confirmed', bridgePointId: null,
      appointmentDate: null, birthDate: null, createdAt: at, updatedAt: at,
    })
    .execute();
  await updateSettings(app.store.db, { lastEventId: event.id });
  return { eventId: event.id, hoaId };
}

async function startImport(app: PreviewApp, page: Page, name: string, bytes: Buffer) {
  const file = path.join(app.dataDir, name);
  fs.writeFileSync(file, bytes);
  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegates-import').click();
  await expect(page.getByTestId('import-dropzone')).toBeVisible();
  await page.getByTestId('import-file-input').setInputFiles(file);
}

const stat = (page: Page, id: string) => page.getByTestId(id);

test('import a messy .xlsx through the wizard: header found, columns mapped, counts, duplicates resolved, one write, report saved', async ({ app, page }) => {
  const { eventId, hoaId } = await seedEvent(app);
  await app.open(page);
  await startImport(app, page, 'Danh sách đại biểu BTC.xlsx', await messyXlsx());

  // Step 2: the header found under the title rows, both sheets offered, columns mapped from their headers.
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await expect(page.getByTestId('import-file-name')).toHaveText(`Danh sách đại biểu BTC.xlsx · ${MESSY.dataRows} dòng dưới dòng tiêu đề`);
  await expect(page.getByTestId('import-top-row').nth(MESSY.headerRow - 1)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('import-sheet').locator('option')).toHaveText(['Danh sách', 'Điểm cầu Đà Nẵng']);
  await expect(page.getByTestId('import-mapping-source')).toHaveAttribute('data-source', 'detected');
  const fieldOf = (header: string) => page.getByLabel(`Nhập vào: ${header}`, { exact: true });
  await expect(fieldOf('Họ và tên')).toHaveValue('fullName');
  await expect(fieldOf('Đơn vị công tác')).toHaveValue('organization');
  await expect(fieldOf('Điện thoại')).toHaveValue('phone');
  // Leaving no name column is refused before anything is sent.
  await fieldOf('Họ và tên').selectOption('');
  await expect(page.getByTestId('import-mapping-problem')).toBeVisible();
  await expect(page.getByTestId('import-next')).toBeDisabled();
  await fieldOf('Họ và tên').selectOption('fullName');
  await page.getByTestId('import-next').click();

  // Step 3: the counts, the errors by row, the duplicates (one repeats an earlier row, one an existing delegate).
  await expect(stat(page, 'count-add')).toHaveAttribute('data-value', String(MESSY.valid - 2));
  await expect(stat(page, 'count-duplicates')).toHaveAttribute('data-value', '2');
  await expect(stat(page, 'count-errors')).toHaveAttribute('data-value', '2');
  await expect(stat(page, 'count-skipped')).toHaveAttribute('data-value', String(MESSY.blank + 1 + MESSY.sections));
  await expect(page.getByTestId('count-skipped-detail')).toContainText(`${MESSY.blank} dòng trống`);
  await expect(page.getByTestId('count-skipped-detail')).toContainText('1 dòng tổng cộng');
  const errors = page.getByTestId('import-errors').getByTestId('import-issue');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toHaveAttribute('data-row', String(MESSY.badEmailRow));
  await expect(errors.nth(0)).toContainText('Email không hợp lệ');
  await expect(errors.nth(1)).toHaveAttribute('data-row', String(MESSY.noNameRow));
  await expect(errors.nth(1)).toContainText('Thiếu họ và tên');
  await expect(page.getByTestId('import-new-categories')).toContainText('Cán bộ hưu trí');
  await expect(page.getByTestId('import-new-bridge-points')).toContainText('Hà Nội');
  const dups = page.getByTestId('import-duplicate');
  await expect(dups).toHaveCount(2);
  const repeat = page.locator(`[data-testid="import-duplicate"][data-row="${MESSY.upperDuplicateRow}"]`);
  await expect(repeat).toContainText(`dòng ${MESSY.anRow} của tệp`);
  const existing = page.locator(`[data-testid="import-duplicate"][data-row="${MESSY.hoaOldRow}"]`);
  await expect(existing).toContainText('Vũ Thị Hoà');
  await expect(existing).toContainText('đã có trong danh sách');
  // The homonym in another unit (row 11) is not a duplicate.
  await expect(page.locator(`[data-testid="import-duplicate"][data-row="${MESSY.homonymRow}"]`)).toHaveCount(0);

  // Keep both for all, then update the existing delegate for the one row that matches her.
  await page.getByTestId('dup-all-keepBoth').click();
  await expect(dups.first()).toHaveAttribute('data-action', 'keepBoth');
  await existing.getByTestId('dup-action').selectOption('update');
  await expect(existing).toHaveAttribute('data-action', 'update');
  await expect(page.getByTestId('import-commit')).toHaveText('Nhập 8 đại biểu, cập nhật 1');
  expect(await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', eventId).execute()).toHaveLength(1);

  // Step 4: written, reported.
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(stat(page, 'report-added')).toHaveAttribute('data-value', '8');
  await expect(stat(page, 'report-updated')).toHaveAttribute('data-value', '1');
  await expect(stat(page, 'report-skipped-errors')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('report-categories')).toContainText('Cán bộ hưu trí');
  await expect(page.locator(`[data-testid="import-report-row"][data-row="${MESSY.hoaOldRow}"]`)).toHaveAttribute('data-outcome', 'updated');
  await page.getByTestId('report-filter-error').click();
  await expect(page.getByTestId('import-report-row')).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-save-report').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const report = fs.readFileSync(await download.path()).toString('utf8');
  expect(report.startsWith('\ufeff')).toBe(true);
  expect(report).toContain('Dòng,Họ và tên,Kết quả,Lý do');
  expect(report).toContain(`${MESSY.badEmailRow},Phạm Minh Tuấn,Lỗi,`);
  expect(report).toContain(`${MESSY.hoaOldRow},Vũ Thị Hòa,Cập nhật,Cập nhật đại biểu đã có`);

  // In the list (names cleaned: NFC, one tone style) and in the database.
  await page.getByTestId('import-done').click();
  await expect(page.getByTestId('delegates-count')).toHaveText('9 / 9 đại biểu');
  await page.getByTestId('delegates-search').fill('tran thi hoa');
  await expect(page.getByTestId('delegate-row').locator('.col-name')).toHaveText(['Trần Thị Hòa']);
  await page.getByTestId('delegates-search').fill('nguyen van an');
  // Three of them (two in Bộ Tài chính: the repeat was kept; one homonym elsewhere), and the former
  // deputy minister Hoàng Văn Cường, whose title ("Nguyên …") holds the same words.
  await expect(page.getByTestId('delegate-row').filter({ hasText: /nguyễn văn an/i })).toHaveCount(3);

  const rows = await app.store.db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).execute();
  expect(rows).toHaveLength(9);
  expect(rows.find((d) => d.id === hoaId)).toMatchObject({ fullName: 'Vũ Thị Hòa', title: 'Phó Vụ trưởng', organization: 'Vụ Pháp chế', status: 'confirmed' }); // the file's values, in the event's tone style
  expect(rows.filter((d) => d.nameKey === identityKey('Nguyễn Văn An'))).toHaveLength(3); // row 7, the kept repeat (row 12), the homonym (row 11)
  expect(rows.find((d) => d.fullName === 'Trần Thị Hòa')).toBeTruthy();
  expect(rows.find((d) => d.organization === 'Bộ Tài chính' && d.title === 'Bộ trưởng' && d.phone)?.phone).toBe('0912345678');
  const points = await app.store.db.selectFrom('bridgePoints').select('name').where('eventId', '=', eventId).execute();
  expect(points.map((p) => p.name).sort()).toEqual(['Hà Nội', 'Đà Nẵng'].sort());
});

test('a bad file shows the reason on step 1 and changes nothing; a file of another kind is refused before reading', async ({ app, page }) => {
  const { eventId } = await seedEvent(app);
  await app.open(page);
  const before = await app.store.db.selectFrom('categories').select('id').where('eventId', '=', eventId).execute();

  // A workbook cut short: starts like a zip, then garbage.
  await startImport(app, page, 'danh-sach-hong.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]));
  const banner = page.getByTestId('import-file-error');
  await expect(banner).toContainText('Không đọc được tệp “danh-sach-hong.xlsx”.');
  await expect(banner).toContainText('Tệp Excel bị hỏng');
  await expect(banner).toContainText('Danh sách đại biểu không thay đổi.');
  await expect(page.getByTestId('import-wizard')).toHaveAttribute('data-step', 'file');

  // A PDF by its name: refused in the page, nothing sent.
  const pdf = path.join(app.dataDir, 'giay-moi.pdf');
  fs.writeFileSync(pdf, '%PDF-1.7');
  await page.getByTestId('import-file-input').setInputFiles(pdf);
  await expect(banner).toContainText('không phải .xlsx hoặc .csv');

  expect(await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', eventId).execute()).toHaveLength(1);
  expect(await app.store.db.selectFrom('categories').select('id').where('eventId', '=', eventId).execute()).toHaveLength(before.length);
  expect(await app.store.db.selectFrom('bridgePoints').select('id').where('eventId', '=', eventId).execute()).toHaveLength(0);

  // Back to the list: it is as it was.
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('delegates-count')).toHaveText('1 / 1 đại biểu');
});

/** Drops a file on the wizard's zone, as dragging it from the file manager does. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  await page.getByTestId('import-dropzone').evaluate(
    (zone, { name, b64 }) => {
      const bin = atob(b64);
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(bin, (c) => c.charCodeAt(0))], name));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

test('a UTF-16 CSV dropped on the wizard: the mapping changed by hand is remembered for the next file with the same headers', async ({ app, page }) => {
  await seedEvent(app);
  await app.open(page);
  const csv = messyCsv('utf16le', '\t');
  fs.writeFileSync(path.join(app.dataDir, 'danh-sach.csv'), csv);
  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegates-import').click();
  await dropFile(page, 'danh-sach.csv', csv);
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  const notes = page.getByLabel('Nhập vào: Ghi chú', { exact: true });
  await expect(notes).toHaveValue('notes');
  await notes.selectOption('');
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(page.locator('[data-testid="import-report-row"][data-row="9"]')).toHaveAttribute('data-outcome', 'added');
  const binh = await app.store.db.selectFrom('delegates').selectAll().where('fullName', '=', 'Lê Văn Bình').executeTakeFirstOrThrow();
  expect(binh.notes).toBeNull(); // "Đến muộn" was in the ignored column

  // The next file with these headers opens with the same mapping, and says why.
  await page.getByTestId('import-again').click();
  await page.getByTestId('import-file-input').setInputFiles(path.join(app.dataDir, 'danh-sach.csv'));
  await expect(page.getByTestId('import-mapping-source')).toHaveAttribute('data-source', 'remembered');
  await expect(page.getByTestId('import-mapping-source')).toHaveText('Cách ghép cột này được nhớ từ lần nhập trước với cùng bộ tiêu đề.');
  await expect(page.getByLabel('Nhập vào: Ghi chú', { exact: true })).toHaveValue('');
});

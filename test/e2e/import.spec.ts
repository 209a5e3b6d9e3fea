import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { listCategories } from '../../db/categories';
import { newId, nowIso } from '../../db/clock';
import { createEvent } from '../../db/events';
import { updateSettings } from '../../db/settings';
import { identityKey } from '../../shared/text';
import { MESSY, messyCsv, messyXlsx, SECTIONED, sectionedXlsx } from '../fixtures/messy-xlsx';
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
      id: hoaId,
      eventId: event.id,
      fullName: 'Vũ Thị Hoà',
      nameKey: identityKey('Vũ Thị Hoà'),
      title: 'Chuyên viên',
      organization: 'Vụ Pháp chế',
      categoryId: cat!.id,
      precedenceLevel: null,
      precedenceLevelOf: null,
      precedenceOrder: null,
      precedenceOrderLevel: null,
      phone: null,
      email: null,
      notes: null,
      status: 'confirmed',
      bridgePointId: null,
      appointmentDate: null,
      birthDate: null,
      createdAt: at,
      updatedAt: at,
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
  await expect(stat(page, 'count-errors')).toHaveAttribute('data-value', '1');
  await expect(stat(page, 'count-skipped')).toHaveAttribute('data-value', String(MESSY.blank + 1 + MESSY.sections + MESSY.signatures));
  await expect(page.getByTestId('count-skipped-detail')).toContainText(`${MESSY.blank} dòng trống`);
  await expect(page.getByTestId('count-skipped-detail')).toContainText('1 dòng tổng cộng');
  await expect(page.getByTestId('count-skipped-detail')).toContainText('2 dòng ký tên');
  // Only a missing name is an error; the bad email keeps the person, with a warning.
  const errors = page.getByTestId('import-errors').getByTestId('import-issue');
  await expect(errors).toHaveCount(1);
  await expect(errors.nth(0)).toHaveAttribute('data-row', String(MESSY.noNameRow));
  await expect(errors.nth(0)).toContainText('Thiếu họ và tên');
  const warning = page.locator(`[data-testid="import-warnings"] [data-testid="import-issue"][data-row="${MESSY.badEmailRow}"]`);
  await expect(warning).toContainText('Email không hợp lệ ("tuan@@mof"), được ghi vào Ghi chú');
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
  await expect(page.getByTestId('import-commit')).toHaveText('Nhập 9 đại biểu, cập nhật 1');
  expect(await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', eventId).execute()).toHaveLength(1);

  // Step 4: written, reported.
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(stat(page, 'report-added')).toHaveAttribute('data-value', '9');
  await expect(stat(page, 'report-updated')).toHaveAttribute('data-value', '1');
  await expect(stat(page, 'report-skipped-errors')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('report-categories')).toContainText('Cán bộ hưu trí');
  await expect(page.locator(`[data-testid="import-report-row"][data-row="${MESSY.hoaOldRow}"]`)).toHaveAttribute('data-outcome', 'updated');
  await page.getByTestId('report-filter-error').click();
  await expect(page.getByTestId('import-report-row')).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-save-report').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const report = fs.readFileSync(await download.path()).toString('utf8');
  expect(report.startsWith('\ufeff')).toBe(true);
  expect(report).toContain('Dòng,Họ và tên,Kết quả,Lý do');
  expect(report).toContain(`${MESSY.badEmailRow},Phạm Minh Tuấn,Thêm mới,`);
  expect(report).toContain(`${MESSY.noNameRow},,Lỗi,Thiếu họ và tên`);
  expect(report).toContain(`${MESSY.hoaOldRow},Vũ Thị Hòa,Cập nhật,Cập nhật đại biểu đã có`);

  // In the list (names cleaned: NFC, one tone style) and in the database.
  await page.getByTestId('import-done').click();
  await expect(page.getByTestId('delegates-count')).toHaveText('10 / 10 đại biểu');
  await page.getByTestId('delegates-search').fill('tran thi hoa');
  await expect(page.getByTestId('delegate-row').locator('.col-name')).toHaveText(['Trần Thị Hòa']);
  await page.getByTestId('delegates-search').fill('nguyen van an');
  // Three of them (two in Bộ Tài chính: the repeat was kept; one homonym elsewhere), and the former
  // deputy minister Hoàng Văn Cường, whose title ("Nguyên …") holds the same words.
  await expect(page.getByTestId('delegate-row').filter({ hasText: /nguyễn văn an/i })).toHaveCount(3);

  const rows = await app.store.db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).execute();
  expect(rows).toHaveLength(10);
  expect(rows.find((d) => d.id === hoaId)).toMatchObject({ fullName: 'Vũ Thị Hòa', title: 'Phó Vụ trưởng', organization: 'Vụ Pháp chế', status: 'confirmed' }); // the file's values, in the event's tone style
  expect(rows.filter((d) => d.nameKey === identityKey('Nguyễn Văn An'))).toHaveLength(3); // row 7, the kept repeat (row 12), the homonym (row 11)
  expect(rows.find((d) => d.fullName === 'Trần Thị Hòa')).toBeTruthy();
  expect(rows.find((d) => d.organization === 'Bộ Tài chính' && d.title === 'Bộ trưởng' && d.phone)?.phone).toBe('0912 345 678');
  expect(rows.find((d) => d.fullName === 'Phạm Minh Tuấn')).toMatchObject({ email: null, notes: 'Email: tuan@@mof' });
  // Row 12 was typed in capitals: stored in title case (the option is on by default).
  expect(rows.filter((d) => d.fullName === 'NGUYỄN VĂN AN')).toHaveLength(0);
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

const SHOTS = process.env.IMPORT_SHOTS_DIR;
/** Screenshots for a person to look at, when IMPORT_SHOTS_DIR names a folder. */
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/** Nothing inside the wizard is wider than the wizard: no table pushed off-screen. */
async function expectNoSidewaysOverflow(page: Page) {
  const over = await page.getByTestId('import-wizard').evaluate((wizard) => {
    const box = wizard.getBoundingClientRect();
    const out: string[] = [];
    // The cleaned-data table may scroll sideways inside its card (it has many columns); these may not.
    for (const el of wizard.querySelectorAll<HTMLElement>('.issues, .report-rows, .dups, .table-card, .import-section, .check-options-card')) {
      const r = el.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1) out.push(`${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    const body = wizard.querySelector<HTMLElement>('.import-body');
    if (body && body.scrollWidth > body.clientWidth + 1) out.push(`import-body scrolls sideways ${body.scrollWidth} > ${body.clientWidth}`);
    for (const card of wizard.querySelectorAll<HTMLElement>('.table-card')) {
      if (card.querySelector('.sample-table')) continue;
      if (card.scrollWidth > card.clientWidth + 1) out.push(`table card scrolls sideways ${card.scrollWidth} > ${card.clientWidth}`);
    }
    return out;
  });
  expect(over).toEqual([]);
}

test('a list in parts: headings fill category and unit as chosen, names in capitals rewritten, both spellings of a repeat shown, signers skipped', async ({
  app,
  page,
}) => {
  const { eventId } = await seedEvent(app);
  await page.setViewportSize({ width: 1366, height: 820 });
  await app.open(page);
  await startImport(app, page, 'DS VPQH.xlsx', await sectionedXlsx());
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await page.getByTestId('import-next').click();

  const options = page.getByTestId('import-options');
  await expect(options).toBeVisible();
  const titleCase = page.getByTestId('import-title-case');
  await expect(titleCase).toContainText('Viết lại 2 họ tên gõ toàn chữ hoa hoặc toàn chữ thường');
  await expect(titleCase).toContainText('LÊ ĐỨC BÌNH → Lê Đức Bình');
  await expect(titleCase).toContainText('bùi minh ưng → Bùi Minh Ưng');
  await expect(page.getByTestId('import-title-case-toggle')).toBeChecked();
  const section = (row: number) => page.locator(`[data-testid="import-section-option"][data-row="${row}"]`);
  // "III. CÁN BỘ HƯU TRÍ" names no category of this event: not offered.
  await expect(page.getByTestId('import-section-option')).toHaveCount(5);
  await expect(section(SECTIONED.guests)).toContainText('Điền đối tượng “Khách mời” cho 1 dòng bên dưới');
  await expect(section(SECTIONED.guests).getByRole('checkbox')).toBeChecked();
  await expect(section(SECTIONED.unitTongHop)).toContainText('Điền đơn vị “Vụ Tổng hợp” cho 2 dòng bên dưới');
  await expect(section(SECTIONED.unitTongHop).getByRole('checkbox')).not.toBeChecked();
  // Part II ends at "III. …": its category fills rows 14 and 15 only.
  await expect(section(SECTIONED.staff)).toContainText('Điền đối tượng “Phục vụ” cho 2 dòng bên dưới');
  await expect(page.getByTestId('count-skipped-detail')).toContainText('6 dòng tiêu đề mục');
  await expect(page.getByTestId('count-skipped-detail')).toContainText('4 dòng ký tên');
  // "liên hệ sau" keeps the person, with a warning naming the row.
  await expect(page.locator(`[data-testid="import-warnings"] [data-testid="import-issue"][data-row="${SECTIONED.maiRow}"]`)).toContainText(
    'Số điện thoại không đọc được ("liên hệ sau"), được ghi vào Ghi chú',
  );
  await expect(stat(page, 'count-errors')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('import-sample')).toContainText('Lê Đức Bình');
  await expect(page.getByTestId('import-sample')).toContainText('0993 393 969');
  // The cleaned-data table has the width of its card, not the 240 px of a value chip.
  const sampleWidth = (await page.getByTestId('import-sample').boundingBox())!.width;
  expect(sampleWidth).toBeGreaterThan(600);
  await shot(page, 'check-1366');
  await page.getByTestId('import-sample').scrollIntoViewIfNeeded();
  await shot(page, 'sample-1366');
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectNoSidewaysOverflow(page);
  await shot(page, 'sample-1024');
  await page.setViewportSize({ width: 1366, height: 820 });

  // Names as typed, and the unit heading on: row 8 then repeats row 15, and both spellings are shown.
  await page.getByTestId('import-title-case-toggle').uncheck();
  await expect(page.getByTestId('import-sample')).toContainText('LÊ ĐỨC BÌNH');
  await section(SECTIONED.unitTongHop).getByRole('checkbox').check();
  await expect(section(SECTIONED.unitTongHop)).toHaveAttribute('data-apply', 'true');
  const dup = page.locator(`[data-testid="import-duplicate"][data-row="${SECTIONED.binhRow}"]`);
  await expect(dup.getByTestId('dup-incoming')).toContainText('Lê Đức Bình');
  await expect(dup.getByTestId('dup-other')).toContainText('LÊ ĐỨC BÌNH');
  await expect(dup.getByTestId('dup-other')).toContainText(`dòng ${SECTIONED.binhCapsRow} của tệp`);
  await expect(dup.getByTestId('dup-kept')).toHaveText('Giữ cách viết: Lê Đức Bình');
  await dup.scrollIntoViewIfNeeded();
  await shot(page, 'duplicates-1366');
  await expect(page.getByTestId('import-commit')).toBeEnabled();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(page.locator(`[data-testid="import-report-row"][data-row="${SECTIONED.signatureRows[3]}"]`)).toContainText('Phần ký tên dưới danh sách');

  const rows = await app.store.db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).execute();
  expect(rows.filter((d) => d.fullName === 'Lê Đức Bình').map((d) => [d.organization, d.phone])).toEqual([['Vụ Tổng hợp', '0993 393 970']]);
  expect(rows.find((d) => d.fullName === 'bùi minh ưng')).toMatchObject({ organization: 'Vụ Tổng hợp', phone: '0993 393 971' });
  expect(rows.map((d) => d.fullName)).not.toContain('Nguyễn Thị Lan');
  expect(rows.filter((d) => d.fullName === 'Trần Văn Hùng').map((d) => d.organization)).toEqual(['Văn phòng Quốc hội']);

  // Found in the list by any way of typing the number.
  await page.getByTestId('import-done').click();
  for (const q of ['+84 993 393 969', '84993393969', '0993.393.969']) {
    await page.getByTestId('delegates-search').fill(q);
    await expect(page.getByTestId('delegate-row').locator('.col-name')).toHaveText(['Trần Văn Hùng']);
  }
});

test('long names wrap inside the error and report tables; a file named .xlsx that is not one is refused', async ({ app, page }) => {
  await seedEvent(app);
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.open(page);
  await startImport(app, page, 'khong-phai-excel.xlsx', Buffer.from('Họ và tên,Đơn vị\r\nLê Văn Tám,Vụ Pháp chế\r\n'));
  await expect(page.getByTestId('import-file-error')).toContainText('không phải tệp Excel');
  await expect(page.getByTestId('import-wizard')).toHaveAttribute('data-step', 'file');

  const long = `${'Nguyễn Thị Phương Thảo Ngọc Ánh '.repeat(8)}Hằng`.slice(0, 250);
  const longTitle = 'Phó Trưởng ban Ban Quản lý dự án đầu tư xây dựng công trình '.repeat(6);
  const csv = `Họ và tên,Chức vụ,Đơn vị\r\n${long},Chuyên viên,Vụ Pháp chế\r\nLê Văn Tám,${longTitle},Vụ Pháp chế\r\nTrần Văn Hùng,Vụ trưởng,${'Vụ Tổng hợp '.repeat(20)}\r\n`;
  fs.writeFileSync(path.join(app.dataDir, 'dai.csv'), csv);
  await page.getByTestId('import-file-input').setInputFiles(path.join(app.dataDir, 'dai.csv'));
  await page.getByTestId('import-next').click();
  const error = page.getByTestId('import-errors').getByTestId('import-issue');
  await expect(error).toHaveCount(1);
  await expect(error.locator('.clamp')).toHaveAttribute('title', long);
  await expectNoSidewaysOverflow(page);
  await shot(page, 'long-errors-1024');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expectNoSidewaysOverflow(page);
  await expect(page.locator('[data-testid="import-report-row"][data-row="3"]')).toContainText('Chức vụ dài quá 300 ký tự, được ghi vào Ghi chú');
  await shot(page, 'long-report-1024');
  await page.setViewportSize({ width: 1366, height: 820 });
  await expectNoSidewaysOverflow(page);
  await shot(page, 'long-report-1366');
});

import type { Download, Page } from '@playwright/test';
import fs from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { expect, test } from './fixtures';
import { seedPeople, type PersonSeed } from './seed';

const PEOPLE: PersonSeed[] = [
  { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng Bộ Tài chính', organization: 'Bộ Tài chính', category: 'guest', status: 'confirmed', phone: '0912345678' },
  { fullName: 'Đặng Thị Thủy', title: 'Chuyên viên chính', organization: 'Vụ Hợp tác quốc tế', bridgePoint: 1 },
  // Formula-like text from somebody's spreadsheet must come out as text, never as a formula.
  { fullName: 'Trần Văn Ác', title: '=1+1', organization: '@Công ty ABC', notes: '-2+3' },
  { fullName: 'Lê Thị Hoà', title: 'Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế', status: 'declined' },
];

async function exportAs(page: Page, format: 'xlsx' | 'csv', scope?: 'all' | 'view'): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-button').click();
  if (scope) await page.getByTestId(`export-scope-${scope}`).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
  const file = await download.path();
  return { download, bytes: fs.readFileSync(file) };
}

test('export the whole list to .xlsx: Vietnamese headers, the columns and order on screen, formulas neutralised', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegate-row')).toHaveCount(4);

  const { download, bytes } = await exportAs(page, 'xlsx');
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByTestId('toast-success')).toContainText(`Đã xuất tệp ${download.suggestedFilename()}.`);
  const [sheet] = await readXlsxFile(bytes);
  const rows = sheet!.data;
  // The default columns on screen, after the number and the name.
  expect(rows[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Đối tượng', 'Trạng thái', 'Thứ tự ưu tiên', 'Điện thoại']);
  // precedence.order: Thứ trưởng (300), Chuyên viên chính (910), then a title no rule knows; the
  // delegate who declined is out of the order, last and without a place.
  expect(rows.slice(1).map((r) => r[1])).toEqual(['Nguyễn Văn An', 'Đặng Thị Thủy', 'Trần Văn Ác', 'Lê Thị Hoà']);
  expect(rows[1]).toEqual([1, 'Nguyễn Văn An', 'Thứ trưởng Bộ Tài chính', 'Bộ Tài chính', 'Khách mời', 'Đã xác nhận', 1, '0912345678']);
  expect(rows.slice(1).map((r) => r[6])).toEqual([1, 2, 3, null]);
  expect(rows[3]![2]).toBe("'=1+1");
  expect(rows[3]![3]).toBe("'@Công ty ABC");
});

test('export the filtered view to CSV, in the order on screen, with the chosen columns', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('columns-button').click();
  await page.getByTestId('column-notes').check();
  await page.getByTestId('column-phone').uncheck();
  await page.keyboard.press('Escape');
  await page.getByTestId('sort-name').click();
  await page.getByTestId('filter-status').click();
  await page.getByTestId('filter-status-menu').locator('[data-value="invited"]').check();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('delegates-count')).toHaveText('2 / 4 đại biểu');

  const { download, bytes } = await exportAs(page, 'csv', 'view');
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = bytes.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true); // so Excel reads the diacritics
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines).toEqual([
    'STT,Họ và tên,Chức vụ,Đơn vị,Đối tượng,Trạng thái,Thứ tự ưu tiên,Ghi chú',
    "1,Trần Văn Ác,'=1+1,'@Công ty ABC,Đại biểu,Đã mời,3,'-2+3",
    '2,Đặng Thị Thủy,Chuyên viên chính,Vụ Hợp tác quốc tế,Đại biểu,Đã mời,2,',
  ]);

  // The whole list from the same menu.
  const all = await exportAs(page, 'csv', 'all');
  expect(all.bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(5);
});

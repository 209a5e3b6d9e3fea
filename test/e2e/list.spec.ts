import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedPeople, type PersonSeed } from './seed';

const PEOPLE: PersonSeed[] = [
  { fullName: 'Đặng Thị Thủy', title: 'Chuyên viên chính', organization: 'Vụ Hợp tác quốc tế', status: 'confirmed', bridgePoint: 0, phone: '0912345678' },
  { fullName: 'Trần Văn Đức', title: 'Phóng viên', organization: 'Báo Nhân Dân', category: 'reporter', bridgePoint: 1 },
  { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng Bộ Tài chính', organization: 'Bộ Tài chính', category: 'guest', status: 'confirmed', bridgePoint: 0 },
  { fullName: 'Lê Thị Hoà', title: 'Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế', status: 'declined' },
  { fullName: 'Phạm Minh Tuấn', title: 'Chuyên viên', organization: 'Văn phòng Bộ' },
  { fullName: 'Hoàng Văn Bình', title: 'Phó Vụ trưởng', organization: 'Vụ Pháp chế', bridgePoint: 1 },
  { fullName: 'Vũ Thị Lan', title: 'Nhân viên phục vụ', organization: 'Văn phòng Bộ', category: 'staff' },
  { fullName: 'Bùi Quang Huy', title: 'Bộ trưởng Bộ Tài chính', organization: 'Bộ Tài chính', category: 'guest', status: 'confirmed', precedenceLevel: 200 },
];

const names = (page: Page) => page.getByTestId('delegate-row').locator('.col-name');
const count = (page: Page) => page.getByTestId('delegates-count');

async function openList(page: Page, open: (p: Page) => Promise<void>) {
  await open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegate-row').first()).toBeVisible();
}

test('search without diacritics, filters with counts, sort by a column, chosen columns kept after a reload', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await openList(page, app.open);

  // The list follows precedence.order: a level set by hand (200), then the rules (Thứ trưởng 300, Phó Vụ trưởng
  // 600, Chuyên viên chính 910, Chuyên viên 920); the declined, the reporter and the staff are out of the order, last.
  await expect(names(page)).toHaveText([
    'Bùi Quang Huy',
    'Nguyễn Văn An',
    'Hoàng Văn Bình',
    'Đặng Thị Thủy',
    'Phạm Minh Tuấn',
    'Trần Văn Đức',
    'Lê Thị Hoà',
    'Vũ Thị Lan',
  ]);
  const anRank = page.getByTestId('delegate-row').filter({ hasText: 'Nguyễn Văn An' }).locator('[data-col="rank"] .rank');
  await expect(anRank).toHaveText(/^2/);
  await expect(anRank).toHaveAttribute('title', 'Cấp 300 · Theo quy tắc «Thứ trưởng»');
  await expect(page.getByTestId('delegate-row').filter({ hasText: 'Lê Thị Hoà' }).locator('[data-col="rank"] .rank')).toHaveCount(0);
  await expect(anRank).toHaveAttribute('data-rank-source', 'rule');
  await expect(page.getByTestId('delegate-row').first().locator('[data-col="rank"] .rank')).toHaveAttribute('data-rank-source', 'hand');

  // Search ignores case and diacritics (đ = d), over name, title, unit and phone.
  const search = page.getByTestId('delegates-search');
  await search.fill('dang thi thuy');
  await expect(names(page)).toHaveText(['Đặng Thị Thủy']);
  await search.fill('DUC');
  await expect(names(page)).toHaveText(['Trần Văn Đức']);
  await search.fill('le thi hoa');
  await expect(names(page)).toHaveText(['Lê Thị Hoà']);
  await search.fill('hoa'); // Hoà, and Hoàng: a word is found inside a longer one; in precedence order (Hoà declined, last)
  await expect(names(page)).toHaveText(['Hoàng Văn Bình', 'Lê Thị Hoà']);
  await search.fill('phap che');
  await expect(names(page)).toHaveText(['Hoàng Văn Bình', 'Lê Thị Hoà']);
  await search.fill('0912 345');
  await expect(names(page)).toHaveText(['Đặng Thị Thủy']);
  await search.fill('');
  await expect(count(page)).toHaveText('8 / 8 đại biểu');

  // Filters: the menu counts what each choice would show; choices combine.
  await page.getByTestId('filter-status').click();
  const statusMenu = page.getByTestId('filter-status-menu');
  await expect(statusMenu.locator('[data-value="confirmed"]').locator('xpath=..')).toContainText('3');
  await statusMenu.locator('[data-value="confirmed"]').check();
  await page.keyboard.press('Escape');
  await expect(count(page)).toHaveText('3 / 8 đại biểu');
  await expect(page.getByTestId('filter-status')).toContainText('Đã xác nhận');
  await page.getByTestId('filter-bridgePoint').click();
  await page.getByTestId('filter-bridgePoint-menu').getByText('Hà Nội').click();
  await page.keyboard.press('Escape');
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Đặng Thị Thủy']);
  // A search on top of the filters.
  await search.fill('thuy');
  await expect(names(page)).toHaveText(['Đặng Thị Thủy']);
  await search.fill('');
  await page.getByTestId('filters-clear').click();
  await expect(count(page)).toHaveText('8 / 8 đại biểu');

  // Units are many: the menu has a find box; the category menu counts per category.
  await page.getByTestId('filter-organization').click();
  await page.getByTestId('filter-organization-menu').getByText('Vụ Pháp chế').click();
  await page.keyboard.press('Escape');
  await expect(names(page)).toHaveText(['Hoàng Văn Bình', 'Lê Thị Hoà']);
  await page.getByTestId('filter-category').click();
  await page.getByTestId('filter-category-menu').getByText('Khách mời').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('delegates-no-match')).toContainText('Không có đại biểu nào khớp với bộ lọc đang chọn.');
  await page.getByTestId('delegates-no-match').getByRole('button', { name: 'Xoá lọc' }).click();
  await expect(count(page)).toHaveText('8 / 8 đại biểu');

  // Sort by any column header; a second click turns the order round, empty values staying last.
  await page.getByTestId('sort-col-organization').click();
  const units = page.getByTestId('delegate-row').locator('[data-col="organization"]');
  // Vietnamese collation: Báo < Bộ < Văn < Vụ H… < Vụ P…
  await expect(units).toHaveText([
    'Báo Nhân Dân',
    'Bộ Tài chính',
    'Bộ Tài chính',
    'Văn phòng Bộ',
    'Văn phòng Bộ',
    'Vụ Hợp tác quốc tế',
    'Vụ Pháp chế',
    'Vụ Pháp chế',
  ]);
  await page.getByTestId('sort-col-organization').click();
  await expect(units.first()).toHaveText('Vụ Pháp chế');
  await expect(units.last()).toHaveText('Báo Nhân Dân');
  await page.getByTestId('sort-col-name').click();
  await expect(names(page).first()).toHaveText('Nguyễn Văn An'); // An, then Bình, Đức, Hoà, Huy, Lan, Thủy, Tuấn
  await expect(names(page).last()).toHaveText('Phạm Minh Tuấn');

  // Columns: add the bridge point, drop the phone; the choice is remembered.
  await page.getByTestId('columns-button').click();
  await page.getByTestId('column-bridgePoint').check();
  await page.getByTestId('column-phone').uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('delegate-row').filter({ hasText: 'Trần Văn Đức' }).locator('[data-col="bridgePoint"]')).toHaveText('Đà Nẵng');
  await expect(page.locator('[data-col="phone"]')).toHaveCount(0);
  await expect
    .poll(async () => (await app.store.db.selectFrom('settings').select('value').where('key', '=', 'delegateColumns').executeTakeFirst())?.value)
    .toContain('bridgePoint');
  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('sort-col-bridgePoint')).toBeVisible();
  await expect(page.getByTestId('sort-col-phone')).toHaveCount(0);
});

test('select many (shift-click a range), set their status; delete them and undo', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openList(page, app.open);
  await page.getByTestId('sort-name').click();
  // Name order: An, Bình, Đức, Hoà, Huy, Lan, Thủy, Tuấn.
  await expect(names(page).first()).toHaveText('Nguyễn Văn An');

  const tick = (i: number) => page.getByTestId('delegate-select').nth(i);
  await tick(1).check();
  await tick(3).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('Đã chọn 3 đại biểu');
  await page.getByTestId('bulk-status').click();
  await page.getByTestId('bulk-status-menu').getByRole('menuitem', { name: 'Từ chối' }).click();
  await expect(page.getByTestId('toast-success')).toContainText('Đã cập nhật 3 đại biểu.');
  for (const name of ['Hoàng Văn Bình', 'Trần Văn Đức', 'Lê Thị Hoà'])
    await expect(page.getByTestId('delegate-row').filter({ hasText: name }).locator('.status')).toHaveText('Từ chối');
  const declined = await app.store.db.selectFrom('delegates').select('fullName').where('eventId', '=', eventId).where('status', '=', 'declined').execute();
  expect(declined.map((d) => d.fullName).sort()).toEqual(['Hoàng Văn Bình', 'Lê Thị Hoà', 'Trần Văn Đức'].sort());

  // The same three get a bridge point; then the selection is cleared.
  await page.getByTestId('bulk-bridgePoint').click();
  await page.getByTestId('bulk-bridgePoint-menu').getByRole('menuitem', { name: 'Hà Nội' }).click();
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã cập nhật 3 đại biểu.');
  await page.getByTestId('bulk-clear').click();
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);

  // Select all shown (after a search), delete with a confirmation, then undo from the toast.
  await page.getByTestId('delegates-search').fill('bo tai chinh');
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Bùi Quang Huy']);
  await page.getByTestId('delegates-select-all').check();
  await expect(page.getByTestId('bulk-count')).toHaveText('Đã chọn 2 đại biểu');
  const before = await app.store.db
    .selectFrom('delegates')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('organization', '=', 'Bộ Tài chính')
    .orderBy('id')
    .execute();
  await page.getByTestId('bulk-delete').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('2 đại biểu đã chọn sẽ bị xoá khỏi danh sách của hội nghị.');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('delegates-no-match')).toBeVisible();
  await expect(count(page)).toHaveText('0 / 6 đại biểu');
  expect(await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', eventId).execute()).toHaveLength(6);

  await page.getByTestId('undo-delete').click();
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã khôi phục 2 đại biểu.');
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Bùi Quang Huy']);
  await expect(count(page)).toHaveText('2 / 8 đại biểu');
  // Back exactly as they were: same ids, same hand-set rank, same status.
  const after = await app.store.db
    .selectFrom('delegates')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('organization', '=', 'Bộ Tài chính')
    .orderBy('id')
    .execute();
  expect(after).toEqual(before);
});

test('status, bridge point (added from the form) and dates are edited in the form; the level hint shows the rule', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openList(page, app.open);
  await page.getByTestId('delegate-row').filter({ hasText: 'Phạm Minh Tuấn' }).click();
  const hint = page.locator('#delegate-precedenceLevel-hint');
  await expect(hint).toHaveText('Theo quy tắc chức vụ: cấp 920 («Chuyên viên»).');
  await page.getByTestId('delegate-title').fill('Trưởng ban Quản lý dự án');
  await expect(hint).toHaveText('Chức vụ này chưa khớp quy tắc nào: đại biểu sẽ đứng cuối thứ tự ưu tiên cho tới khi được đặt cấp.');
  await page.getByTestId('delegate-title').fill('Thứ trưởng Bộ Tài chính');
  await expect(hint).toHaveText('Theo quy tắc chức vụ: cấp 300 («Thứ trưởng»).');
  await page.getByTestId('delegate-status').selectOption({ label: 'Đã xác nhận' });
  await page.getByTestId('delegate-bridgePointId').selectOption({ label: '+ Thêm điểm cầu…' });
  await expect(page.getByTestId('delegate-newBridgePoint')).toBeFocused();
  await page.getByTestId('delegate-newBridgePoint').fill('TP. Hồ Chí Minh');
  await page.getByTestId('delegate-newBridgePoint').press('Enter');
  await expect(page.getByTestId('delegate-bridgePointId').locator('option:checked')).toHaveText('TP. Hồ Chí Minh');
  await page.getByTestId('delegate-appointmentDate').fill('1/3/2021');
  await page.getByTestId('delegate-birthDate').fill('31/02/1970');
  await page.getByTestId('delegate-birthDate').blur();
  await expect(page.getByTestId('delegate-appointmentDate')).toHaveValue('01/03/2021');
  await expect(page.getByTestId('error-delegate-birthDate')).toContainText('Ngày sinh không hợp lệ');
  // Lists often give only the year of birth: the year alone is a valid birth date.
  await page.getByTestId('delegate-birthDate').fill('1968');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();

  const row = page.getByTestId('delegate-row').filter({ hasText: 'Phạm Minh Tuấn' });
  await expect(row.locator('.status')).toHaveText('Đã xác nhận');
  await expect(row.locator('[data-col="rank"] .rank')).toHaveAttribute('title', 'Cấp 300 · Theo quy tắc «Thứ trưởng»');
  const saved = await app.store.db
    .selectFrom('delegates')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('fullName', '=', 'Phạm Minh Tuấn')
    .executeTakeFirstOrThrow();
  const point = await app.store.db
    .selectFrom('bridgePoints')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('name', '=', 'TP. Hồ Chí Minh')
    .executeTakeFirstOrThrow();
  expect(saved).toMatchObject({ status: 'confirmed', bridgePointId: point.id, appointmentDate: '2021-03-01', birthDate: '1968', precedenceLevel: null });
});

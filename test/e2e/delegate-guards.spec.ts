import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedPeople, type PersonSeed } from './seed';

const PEOPLE: PersonSeed[] = [
  { fullName: 'Nguyễn Thị Hòa', title: 'Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế', phone: '0912345678' },
  { fullName: 'Trần Văn Đức', title: 'Phóng viên', organization: 'Báo Nhân Dân', category: 'reporter' },
  { fullName: 'Phạm Minh Tuấn', title: 'Chuyên viên', organization: 'Văn phòng Bộ' },
];

const rows = (page: Page) => page.getByTestId('delegate-row');
const count = (page: Page) => page.getByTestId('delegates-count');

async function openList(page: Page, open: (p: Page) => Promise<void>) {
  await open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(rows(page).first()).toBeVisible();
}

test('a hand-added copy of someone already there: warned with a link to the existing one, and both can be kept', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openList(page, app.open);

  // Typed differently (case, spaces, the other tone placement): still the same person.
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('nguyễn thị  hoà');
  await page.getByTestId('delegate-organization').fill('VỤ PHÁP CHẾ ');
  await page.getByTestId('delegate-form-submit').click();
  const warning = page.getByTestId('same-delegate-dialog');
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId('same-delegate')).toHaveCount(1);
  await expect(warning.getByTestId('same-delegate')).toContainText('Nguyễn Thị Hòa');
  await expect(warning.getByTestId('same-delegate')).toContainText('Vụ trưởng Vụ Pháp chế · Vụ Pháp chế');
  await expect(warning.getByTestId('same-delegate-keep-both')).toHaveText('Vẫn thêm (giữ cả hai)');
  // Nothing is written while the warning is open.
  expect(await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', eventId).execute()).toHaveLength(3);

  // The link opens the existing delegate in the form.
  await warning.getByTestId('same-delegate-open').click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('delegate-form')).toContainText('Sửa thông tin đại biểu');
  await expect(page.getByTestId('delegate-fullName')).toHaveValue('Nguyễn Thị Hòa');
  await expect(page.getByTestId('delegate-phone')).toHaveValue('0912345678');
  await page.getByTestId('delegate-form-cancel').click();

  // Again, and this time keep both: the second one is saved.
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Nguyễn Thị Hòa');
  await page.getByTestId('delegate-organization').fill('Vụ Pháp chế');
  await page.getByTestId('delegate-title').fill('Chuyên viên');
  await page.getByTestId('delegate-form-submit').click();
  await page.getByTestId('same-delegate-keep-both').click();
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);
  await expect(count(page)).toHaveText('4 / 4 đại biểu');
  const hoa = await app.store.db.selectFrom('delegates').select(['title']).where('eventId', '=', eventId).where('fullName', '=', 'Nguyễn Thị Hòa').execute();
  expect(hoa.map((d) => d.title).sort()).toEqual(['Chuyên viên', 'Vụ trưởng Vụ Pháp chế']);

  // Another unit is another person: no warning.
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Trần Văn Đức');
  await page.getByTestId('delegate-organization').fill('Văn phòng Bộ');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);
  await expect(count(page)).toHaveText('5 / 5 đại biểu');
});

test('an edit that makes a delegate collide with another warns; an edit of other fields does not', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await openList(page, app.open);
  await rows(page).filter({ hasText: 'Phạm Minh Tuấn' }).click();
  await page.getByTestId('delegate-phone').fill('0987654321');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);
  await expect(page.getByTestId('same-delegate-dialog')).toHaveCount(0);

  await rows(page).filter({ hasText: 'Phạm Minh Tuấn' }).click();
  await page.getByTestId('delegate-fullName').fill('Trần Văn Đức');
  await page.getByTestId('delegate-organization').fill('Báo Nhân Dân');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('same-delegate-dialog')).toContainText('Trần Văn Đức');
  await expect(page.getByTestId('same-delegate-keep-both')).toHaveText('Vẫn lưu (giữ cả hai)');
  // Back to editing keeps what was typed.
  await page.getByTestId('same-delegate-back').click();
  await expect(page.getByTestId('delegate-fullName')).toHaveValue('Trần Văn Đức');
  await page.getByTestId('delegate-form-submit').click();
  await page.getByTestId('same-delegate-keep-both').click();
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);
  await expect(rows(page).filter({ hasText: 'Trần Văn Đức' })).toHaveCount(2);
});

test('Esc on a changed form asks before losing it; an untouched form just closes', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openList(page, app.open);

  // Untouched: Esc closes at once.
  await page.getByTestId('delegates-add').click();
  await expect(page.getByTestId('delegate-fullName')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);

  // Filled: Esc asks; Keep editing (the default button) keeps everything.
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Lê Văn Mới');
  await page.getByTestId('delegate-title').fill('Chuyên viên chính');
  await page.keyboard.press('Escape');
  const ask = page.getByTestId('discard-dialog');
  await expect(ask).toContainText('Bỏ các thay đổi?');
  await expect(ask.getByTestId('discard-keep')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('delegate-form')).toBeVisible();
  await expect(page.getByTestId('delegate-fullName')).toHaveValue('Lê Văn Mới');
  // The × asks too; Discard closes and saves nothing.
  await page.getByTestId('delegate-form').getByRole('button', { name: 'Đóng' }).first().click();
  await page.getByTestId('discard-ok').click();
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);
  expect(await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', eventId).execute()).toHaveLength(3);

  // An edit: changed and Esc asks; Keep editing, then save.
  await rows(page).filter({ hasText: 'Phạm Minh Tuấn' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);
  await rows(page).filter({ hasText: 'Phạm Minh Tuấn' }).click();
  await page.getByTestId('delegate-notes').fill('Ăn chay');
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await ask.getByTestId('discard-keep').click();
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toHaveCount(0);

  // The event form asks the same way.
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('overview-edit').click();
  await expect(page.getByTestId('event-form')).toBeVisible();
  await page.getByTestId('event-venue').fill('Hội trường A, Trung tâm Hội nghị Quốc gia');
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await ask.getByTestId('discard-ok').click();
  await expect(page.getByTestId('event-form')).toHaveCount(0);
});

test('a toast shown while a dialog is open is above it and clickable, and never over its footer', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openList(page, app.open);
  await page.getByTestId('delegates-add').click();
  const category = page.getByTestId('delegate-categoryId');
  await category.selectOption({ index: (await category.locator('option').count()) - 1 });
  await expect(page.locator('#delegate-newCategory')).toBeFocused();
  await page.keyboard.type('Khách quốc tế');
  await page.keyboard.press('Enter');
  const toast = page.getByTestId('toast-success');
  await expect(toast).toContainText('Đã thêm đối tượng “Khách quốc tế”.');
  // Inside the open modal (not behind its backdrop), clear of the footer's buttons.
  expect(await toast.evaluate((el) => !!el.closest('dialog[open]'))).toBe(true);
  const t = (await toast.boundingBox())!;
  const footer = (await page.getByTestId('delegate-form').locator('.dialog-footer').boundingBox())!;
  expect(t.y + t.height).toBeLessThan(footer.y);
  // The primary button under the toasts' strip still takes the click, and × on the toast works.
  const submit = (await page.getByTestId('delegate-form-submit').boundingBox())!;
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid]')?.getAttribute('data-testid'),
    [submit.x + submit.width / 2, submit.y + submit.height / 2],
  );
  expect(hit).toBe('delegate-form-submit');
  await toast.getByRole('button', { name: 'Đóng thông báo' }).click();
  await expect(toast).toHaveCount(0);
});

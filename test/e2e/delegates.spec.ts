import type { Page } from '@playwright/test';
import { listCategories } from '../../db/categories';
import { createDelegate } from '../../db/delegates';
import { createEvent } from '../../db/events';
import { updateSettings } from '../../db/settings';
import { expect, test, type PreviewApp } from './fixtures';
import { AWARDS_EVENT } from './seed';

async function seedEvent(app: PreviewApp): Promise<string> {
  const event = await createEvent(app.store.db, AWARDS_EVENT);
  await updateSettings(app.store.db, { lastEventId: event.id });
  return event.id;
}

/** An empty event, already open, with its delegate list on screen. */
async function openEmptyEvent(app: PreviewApp, page: Page): Promise<string> {
  const eventId = await seedEvent(app);
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  return eventId;
}

/** The names in the list, in order; asserted with toHaveText, which waits for the list to settle. */
const names = (page: Page) => page.getByTestId('delegate-row').locator('.col-name');

async function addDelegate(
  page: Page,
  d: { fullName: string; title?: string; organization?: string; category?: string; level?: string; phone?: string; email?: string },
) {
  await page.getByTestId('delegates-add').click();
  await expect(page.getByTestId('delegate-fullName')).toBeFocused();
  await page.getByTestId('delegate-fullName').fill(d.fullName);
  if (d.title) await page.getByTestId('delegate-title').fill(d.title);
  if (d.organization) await page.getByTestId('delegate-organization').fill(d.organization);
  if (d.category) await page.getByTestId('delegate-categoryId').selectOption({ label: d.category });
  if (d.level) await page.getByTestId('delegate-precedenceLevel').selectOption(d.level);
  if (d.phone) await page.getByTestId('delegate-phone').fill(d.phone);
  if (d.email) await page.getByTestId('delegate-email').fill(d.email);
  await page.getByTestId('delegate-fullName').press('Enter');
  await expect(page.getByTestId('delegate-form')).toBeHidden();
}

test('add delegates with inline validation; find them without diacritics; both orders', async ({ app, page }) => {
  const eventId = await openEmptyEvent(app, page);
  await expect(page.getByTestId('delegates-empty')).toBeVisible();

  // Inline validation: an empty name and a bad email are refused before anything is sent.
  await page.getByTestId('delegates-add').click();
  await expect(page.getByTestId('delegate-fullName')).toBeFocused();
  await page.getByTestId('delegate-email').fill('thuy@');
  await page.getByTestId('delegate-email').blur();
  await expect(page.getByTestId('error-delegate-email')).toHaveText('Địa chỉ email không hợp lệ');
  await page.getByTestId('delegate-email').press('Enter');
  await expect(page.getByTestId('error-delegate-fullName')).toHaveText('Không được để trống');
  await expect(page.getByTestId('delegate-fullName')).toBeFocused();
  expect(await app.store.db.selectFrom('delegates').selectAll().execute()).toHaveLength(0);

  // Fixing the fields clears the messages and saves; the new row is shown highlighted.
  await page.getByTestId('delegate-fullName').fill('Đặng Thị Thủy');
  await page.getByTestId('delegate-title').fill('Chuyên viên chính');
  await page.getByTestId('delegate-organization').fill('Vụ Hợp tác quốc tế');
  // The form says what the rules give the title as it is typed; a level can still be set by hand.
  await expect(page.locator('#delegate-precedenceLevel-hint')).toHaveText('Theo quy tắc chức vụ: cấp 910 («Chuyên viên chính»).');
  await page.getByTestId('delegate-precedenceLevel').selectOption('300');
  await page.getByTestId('delegate-email').fill('dtthuy@most.gov.vn');
  await expect(page.getByTestId('error-delegate-email')).toHaveCount(0);
  await page.getByTestId('delegate-fullName').press('Enter');
  await expect(page.getByTestId('delegate-form')).toBeHidden();
  const thuyRow = page.getByTestId('delegate-row').filter({ hasText: 'Đặng Thị Thủy' });
  await expect(thuyRow).toHaveAttribute('data-highlighted', 'true');
  await expect(page.getByTestId('delegates-count')).toHaveText('1 / 1 đại biểu');

  await addDelegate(page, { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng Bộ Khoa học và Công nghệ', category: 'Khách mời', phone: '0912345678' });
  await addDelegate(page, { fullName: 'Trần Văn Đức', title: 'Phóng viên', organization: 'Báo Nhân Dân', category: 'Phóng viên' });
  await expect(page.getByTestId('delegates-count')).toHaveText('3 / 3 đại biểu');
  const stored = await app.store.db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).execute();
  expect(stored.map((d) => d.fullName).sort()).toEqual(['Nguyễn Văn An', 'Trần Văn Đức', 'Đặng Thị Thủy'].sort());
  expect(stored.find((d) => d.fullName === 'Đặng Thị Thủy')).toMatchObject({ precedenceLevel: 300, email: 'dtthuy@most.gov.vn' });

  // Precedence: An (Thứ trưởng, 300 by the rules) and Thủy (300 by hand) tie, the guest first; the reporter is out of the order, last.
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Đặng Thị Thủy', 'Trần Văn Đức']);
  await expect(page.getByTestId('delegate-row').first()).toContainText('0912 345 678');
  await page.getByTestId('sort-name').click();
  await expect(names(page)).toHaveText(['Nguyễn Văn An', 'Trần Văn Đức', 'Đặng Thị Thủy']);

  // Search ignores case and diacritics, over name, title, unit and phone.
  const search = page.getByTestId('delegates-search');
  await search.fill('dang thi thuy');
  await expect(page.getByTestId('delegates-count')).toHaveText('1 / 3 đại biểu');
  await expect(names(page)).toHaveText(['Đặng Thị Thủy']);
  await search.fill('DUC');
  await expect(names(page)).toHaveText(['Trần Văn Đức']);
  await search.fill('nhan dan');
  await expect(names(page)).toHaveText(['Trần Văn Đức']);
  await search.fill('0912345');
  await expect(names(page)).toHaveText(['Nguyễn Văn An']);
  await search.fill('khong ai');
  await expect(page.getByTestId('delegates-no-match')).toBeVisible();
  await search.press('Escape');
  await expect(page.getByTestId('delegates-count')).toHaveText('3 / 3 đại biểu');
});

test('edit a delegate, see the edit kept after a reload, then delete with confirmation', async ({ app, page }) => {
  const eventId = await seedEvent(app);
  const categories = await listCategories(app.store.db, eventId);
  const delegateCat = categories.find((c) => c.code === 'delegate')!.id;
  for (const [fullName, title, level] of [
    ['Đặng Thị Thủy', 'Chuyên viên chính', 500],
    ['Nguyễn Văn An', 'Thứ trưởng', null],
    ['Trần Văn Đức', 'Phóng viên', null],
  ] as const)
    await createDelegate(app.store.db, eventId, {
      fullName,
      title,
      organization: 'Vụ Hợp tác quốc tế',
      categoryId: delegateCat,
      precedenceLevel: level,
      phone: null,
      email: null,
      notes: null,
      status: 'invited',
      bridgePointId: null,
      appointmentDate: null,
      birthDate: null,
    });
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegates-count')).toHaveText('3 / 3 đại biểu');
  const thuyRow = page.getByTestId('delegate-row').filter({ hasText: 'Đặng Thị Thủy' });

  // Edit: find the row, open it, change the title; Enter saves and the list shows it at once.
  await page.getByTestId('delegates-search').fill('thuy');
  await page.getByTestId('delegate-row').first().click();
  await expect(page.getByTestId('delegate-fullName')).toHaveValue('Đặng Thị Thủy');
  await expect(page.getByTestId('delegate-precedenceLevel')).toHaveValue('500');
  await page.getByTestId('delegate-title').fill('Phó Vụ trưởng Vụ Hợp tác quốc tế');
  await page.getByTestId('delegate-title').press('Enter');
  await expect(page.getByTestId('delegate-form')).toBeHidden();
  await expect(thuyRow).toContainText('Phó Vụ trưởng Vụ Hợp tác quốc tế');
  await expect(thuyRow).toHaveAttribute('data-highlighted', 'true');
  const edited = await app.store.db.selectFrom('delegates').selectAll().where('fullName', '=', 'Đặng Thị Thủy').executeTakeFirstOrThrow();
  expect(edited.title).toBe('Phó Vụ trưởng Vụ Hợp tác quốc tế');

  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-delegates').click();
  await expect(thuyRow).toContainText('Phó Vụ trưởng Vụ Hợp tác quốc tế');

  // Delete asks first; cancelling keeps the delegate, confirming removes it.
  await thuyRow.click();
  await page.getByTestId('delegate-delete').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('Đại biểu Đặng Thị Thủy sẽ bị xoá khỏi danh sách của hội nghị.');
  await confirm.getByTestId('confirm-cancel').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('delegate-form')).toBeVisible();
  await page.getByTestId('delegate-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();
  await expect(thuyRow).toHaveCount(0);
  await expect(page.getByTestId('delegates-count')).toHaveText('2 / 2 đại biểu');
  await expect(page.getByTestId('toast-success')).toContainText('Đã xoá đại biểu Đặng Thị Thủy.');
  expect((await app.store.db.selectFrom('delegates').select('fullName').where('eventId', '=', eventId).execute()).map((d) => d.fullName).sort()).toEqual([
    'Nguyễn Văn An',
    'Trần Văn Đức',
  ]);
});

test('a custom category is added from the form and used', async ({ app, page }) => {
  const eventId = await openEmptyEvent(app, page);
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Lê Hoàng Nam');
  await page.getByTestId('delegate-categoryId').selectOption({ label: '+ Thêm đối tượng khác…' });
  await expect(page.getByTestId('delegate-newCategory')).toBeFocused();
  await page.getByTestId('delegate-newCategory').fill('Đại biểu điểm cầu Đà Nẵng');
  // Enter here adds the category; it does not save the delegate.
  await page.getByTestId('delegate-newCategory').press('Enter');
  await expect(page.getByTestId('delegate-newCategory')).toHaveCount(0);
  await expect(page.getByTestId('delegate-categoryId').locator('option:checked')).toHaveText('Đại biểu điểm cầu Đà Nẵng');
  await expect(page.getByTestId('delegate-form')).toBeVisible();
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-row')).toContainText('Đại biểu điểm cầu Đà Nẵng');

  const category = await app.store.db
    .selectFrom('categories')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('label', 'is not', null)
    .executeTakeFirstOrThrow();
  expect(category.label).toBe('Đại biểu điểm cầu Đà Nẵng');
  const saved = await app.store.db.selectFrom('delegates').selectAll().where('eventId', '=', eventId).executeTakeFirstOrThrow();
  expect(saved.categoryId).toBe(category.id);
});

test('the server’s validation details land on their fields, in the current language; other failures are shown', async ({ app, page }) => {
  await openEmptyEvent(app, page);
  // The server may refuse what the client let through (a rule the client does not know yet).
  await page.route('**/rpc/delegates.create', (route) =>
    route.fulfill({
      json: {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: { vi: 'Dữ liệu không hợp lệ — Điện thoại: số này đã được dùng.', en: 'Invalid input — Phone: already in use.' },
          details: [{ path: 'phone', message: { vi: 'số này đã được dùng', en: 'already in use' } }],
        },
      },
    }),
  );
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Phạm Minh Chính');
  await page.getByTestId('delegate-phone').fill('0912 345 678');
  await page.getByTestId('delegate-fullName').press('Enter');
  await expect(page.getByTestId('error-delegate-phone')).toHaveText('Số này đã được dùng');
  await expect(page.getByTestId('delegate-phone')).toBeFocused();
  // Editing the field clears the server's message for it.
  await page.getByTestId('delegate-phone').fill('0912 345 679');
  await expect(page.getByTestId('error-delegate-phone')).toHaveCount(0);

  // The same refusal in English (the switch sits behind the modal panel: close, switch, retry).
  // The form was filled, so Esc asks before losing it.
  await page.keyboard.press('Escape');
  await page.getByTestId('discard-ok').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Phạm Minh Chính');
  await page.getByTestId('delegate-phone').fill('0912 345 678');
  await page.getByTestId('delegate-fullName').press('Enter');
  await expect(page.getByTestId('error-delegate-phone')).toHaveText('Already in use');

  // A failure no field explains is shown in the form, not swallowed.
  await page.route('**/rpc/delegates.create', (route) =>
    route.fulfill({
      json: { ok: false, error: { code: 'INTERNAL', message: { vi: 'Đã xảy ra lỗi không mong muốn.', en: 'Something unexpected went wrong.' } } },
    }),
  );
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('form-error')).toHaveText('Something unexpected went wrong.');
  await expect(page.getByTestId('delegate-form')).toBeVisible();
  expect(await app.store.db.selectFrom('delegates').selectAll().execute()).toHaveLength(0);
});

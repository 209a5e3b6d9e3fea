import { createDemoEvent } from '../../db/demo';
import { getSettings } from '../../db/settings';
import { expect, test } from './fixtures';

test('first run: the welcome screen offers the sample event, which opens with its delegates', async ({ app, page }) => {
  await app.open(page);

  const welcome = page.getByTestId('welcome');
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Chào mừng đến với Hội Nghị');
  await expect(page.getByTestId('welcome-create-event')).toContainText('Tạo hội nghị mới');
  await page.getByTestId('welcome-open-demo').click();

  // The demo is created in the store and opened: the header names it, the overview counts it.
  await expect(page.getByTestId('header-event-name')).toHaveText('Hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027');
  await expect(page.getByTestId('header-event-date')).toHaveText('Thứ Sáu, 08/01/2027 · 08:00');
  const [event] = await app.store.db.selectFrom('events').selectAll().execute();
  const { n } = await app.store.db
    .selectFrom('delegates')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(n)).toBeGreaterThan(150);
  await expect(page.getByTestId('overview-delegate-total')).toHaveText(String(n));
  expect((await getSettings(app.store.db)).lastEventId).toBe(event!.id);

  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegates-count')).toHaveText(`${n} / ${n} đại biểu`);
  // Precedence order: the first ranked guest heads the list.
  const first = page.getByTestId('delegate-row').first();
  await expect(first).toContainText('Phó Thủ tướng Chính phủ');
  await expect(first).toContainText('Khách mời');
});

test('create, edit and delete events through the forms; every change survives a reload', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('welcome-create-event').click();
  const form = page.getByTestId('event-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('event-name')).toBeFocused();

  // Nothing is sent while the required fields are empty; the form says which ones.
  await page.getByTestId('event-form-submit').click();
  await expect(form.getByTestId('error-event-name')).toHaveText('Không được để trống');
  await expect(form.getByTestId('error-event-startDate')).toHaveText('Không được để trống');
  expect(await app.store.db.selectFrom('events').selectAll().execute()).toHaveLength(0);

  await page.getByTestId('event-name').fill('Đại hội Chi bộ Văn phòng Bộ nhiệm kỳ 2027–2032');
  await page.getByTestId('event-kind').selectOption('congress');
  await page.getByTestId('event-startDate').fill('15/3/2027');
  await page.getByTestId('event-endDate').fill('16/03/2027');
  await page.getByTestId('event-startTime').fill('7h30');
  await page.getByTestId('event-venue').fill('Hội trường tầng 3, 113 Trần Duy Hưng, Hà Nội');
  await page.getByTestId('event-organizer').fill('Văn phòng Bộ');
  await page.getByTestId('event-startTime').blur();
  // Dates are read day first, and the weekday confirms it.
  await expect(page.getByTestId('event-startDate')).toHaveValue('15/03/2027');
  await expect(page.getByTestId('event-startTime')).toHaveValue('07:30');
  await expect(form).toContainText('Thứ Hai, 15/03/2027');
  await page.getByTestId('event-form-submit').click();
  await expect(form).toBeHidden();

  await expect(page.getByTestId('header-event-name')).toHaveText('Đại hội Chi bộ Văn phòng Bộ nhiệm kỳ 2027–2032');
  await expect(page.getByTestId('overview-kind')).toHaveText('Đại hội');
  const created = await app.store.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
  expect(created).toMatchObject({ kind: 'congress', startDate: '2027-03-15', endDate: '2027-03-16', startTime: '07:30', organizer: 'Văn phòng Bộ' });

  // Edit from the overview; Enter saves.
  await page.getByTestId('overview-edit').click();
  await expect(page.getByTestId('event-name')).toHaveValue('Đại hội Chi bộ Văn phòng Bộ nhiệm kỳ 2027–2032');
  await page.getByTestId('event-venue').fill('Hội trường A, Trụ sở Bộ');
  await page.getByTestId('event-name').fill('Đại hội Đảng bộ Văn phòng Bộ nhiệm kỳ 2027–2032');
  await page.getByTestId('event-name').press('Enter');
  await expect(page.getByTestId('event-form')).toBeHidden();
  await expect(page.getByTestId('header-event-name')).toHaveText('Đại hội Đảng bộ Văn phòng Bộ nhiệm kỳ 2027–2032');
  await expect(page.getByTestId('overview-venue')).toHaveText('Hội trường A, Trụ sở Bộ');

  // A second event, with delegates, to delete: the dialog names it and says what goes with it.
  const demo = await createDemoEvent(app.store.db);
  const demoCount = (await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', demo.id).execute()).length;
  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  // The open event is remembered across the reload, with its edits.
  await expect(page.getByTestId('header-event-name')).toHaveText('Đại hội Đảng bộ Văn phòng Bộ nhiệm kỳ 2027–2032');
  await expect(page.getByTestId('overview-venue')).toHaveText('Hội trường A, Trụ sở Bộ');

  await page.getByTestId('nav-events').click();
  await expect(page.getByTestId('event-row')).toHaveCount(2);
  const demoRow = page.locator(`[data-testid="event-row"][data-event-id="${demo.id}"]`);
  await expect(demoRow.getByTestId('event-delegate-count')).toHaveText(String(demoCount));
  await demoRow.getByTestId('event-delete').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText(`Hội nghị “${demo.name}” sẽ bị xoá khỏi máy này.`);
  await expect(confirm.getByTestId('confirm-delegate-count')).toHaveText(`${demoCount} đại biểu của hội nghị cũng sẽ bị xoá theo.`);
  await expect(confirm.getByTestId('confirm-cancel')).toBeFocused();

  // Cancel keeps everything; confirming deletes the event and its delegates.
  await confirm.getByTestId('confirm-cancel').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('event-row')).toHaveCount(2);
  await demoRow.getByTestId('event-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('event-row')).toHaveCount(1);
  await expect(page.getByTestId('toast-success')).toContainText(`Đã xoá hội nghị “${demo.name}”.`);
  expect(await app.store.db.selectFrom('events').select('id').execute()).toEqual([{ id: created.id }]);
  expect(await app.store.db.selectFrom('delegates').select('id').where('eventId', '=', demo.id).execute()).toHaveLength(0);

  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-events').click();
  await expect(page.getByTestId('event-row')).toHaveCount(1);
  await expect(page.getByTestId('event-row')).toContainText('Đại hội Đảng bộ Văn phòng Bộ nhiệm kỳ 2027–2032');
  await expect(page.getByTestId('event-row')).toContainText('15/03/2027 – 16/03/2027');
  await expect(page.getByTestId('event-row')).toContainText('07:30');

  // Deleting the last event brings back the welcome screen rather than an empty list.
  await page.getByTestId('event-delete').click();
  await expect(page.getByTestId('confirm-delegate-count')).toHaveText('Hội nghị chưa có đại biểu nào.');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
  expect((await getSettings(app.store.db)).lastEventId).toBeNull();
});

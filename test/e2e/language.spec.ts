import { createDemoEvent } from '../../db/demo';
import { getSettings, updateSettings } from '../../db/settings';
import { expect, test } from './fixtures';

test('Vietnamese by default; switching to English changes the texts and is remembered after a reload', async ({ app, page }) => {
  const demo = await createDemoEvent(app.store.db);
  await updateSettings(app.store.db, { lastEventId: demo.id });
  await app.open(page);

  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('lang-vi')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('nav-overview')).toHaveText('Tổng quan');
  await expect(page.getByTestId('overview-category-guest')).toContainText('Khách mời');

  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('nav-overview')).toHaveText('Overview');
  await expect(page.getByTestId('header-event-date')).toHaveText('Friday 8 Jan 2027 · 08:00');
  // Built-in categories are translated; the organizer's own data is not.
  await expect(page.getByTestId('overview-category-guest')).toContainText('Invited guest');
  await expect.poll(async () => (await getSettings(app.store.db)).language).toBe('en');

  await page.getByTestId('nav-delegates').click();
  const n = (await app.store.db.selectFrom('delegates').select('id').execute()).length;
  await expect(page.getByTestId('delegates-count')).toHaveText(`${n} / ${n} delegates`);
  await expect(page.getByTestId('delegates-search')).toHaveAttribute('placeholder', 'Search by name, title, organization, phone…');
  await expect(page.getByRole('columnheader').nth(2)).toHaveText('Full name'); // after the tick box and No.

  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('nav-delegates')).toContainText('Delegates');
  await page.getByTestId('overview-edit').click();
  await expect(page.getByTestId('event-form').getByRole('heading')).toHaveText('Edit event details');
  await page.keyboard.press('Escape');

  // And back: the switch works both ways.
  await page.getByTestId('lang-vi').click();
  await expect(page.getByTestId('nav-delegates')).toContainText('Đại biểu');
  await expect.poll(async () => (await getSettings(app.store.db)).language).toBe('vi');
});

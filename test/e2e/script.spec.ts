import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { expect, test, type PreviewApp } from './fixtures';

async function api<N extends CallName>(app: PreviewApp, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store: app.store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

const times = (page: Page) => page.getByTestId('script-time').locator('strong').allTextContents();

test('a script from the template: times cascade from a changed duration, a pin shows its gap, the introductions come from the list, and reordering moves the times', async ({
  app,
  page,
}) => {
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.getByTestId('nav-script').click();
  await page.getByTestId('script-from-template').click();
  await page.getByTestId('script-template-apply').click();
  await expect(page.getByTestId('script-row')).toHaveCount(15);
  // The demo starts at 08:00: reception 30, performance 15, flag 5.
  expect((await times(page)).slice(0, 4)).toEqual(['08:00', '08:30', '08:45', '08:50']);
  await expect(page.getByTestId('script-end')).toHaveText('11:22');

  // A longer performance moves every later time.
  await page.getByTestId('script-row').nth(1).getByTestId('script-duration').fill('25');
  await page.getByTestId('script-row').nth(1).getByTestId('script-duration').press('Enter');
  await expect(page.getByTestId('script-end')).toHaveText('11:32');
  expect((await times(page)).slice(0, 4)).toEqual(['08:00', '08:30', '08:55', '09:00']);

  // A planned end: the overrun is in view.
  await page.getByTestId('script-planned-end').fill('11:30');
  await page.getByTestId('script-planned-end').press('Enter');
  await expect(page.getByTestId('script-over')).toHaveText('Vượt 2 phút');

  // The report pinned to 09:30 leaves a wait before it.
  const report = page.getByTestId('script-row').nth(5);
  await report.getByTestId('script-open').click();
  await page.getByTestId('item-pinnedAt').fill('9:30');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('item-panel')).toBeHidden();
  await expect(report.getByTestId('script-time')).toContainText('09:30');
  await expect(report.getByTestId('script-time')).toContainText('Chờ 15 phút');

  // The introductions, written from the order of precedence.
  const eventId = (await app.store.db.selectFrom('events').select('id').executeTakeFirstOrThrow()).id;
  const order = await api(app, 'precedence.order', { eventId });
  const people = new Map((await api(app, 'delegates.list', { eventId })).map((d) => [d.id, d]));
  const first = people.get(order.entries[0]!.id)!;
  await page.getByTestId('script-row').nth(3).getByTestId('script-open').click();
  await page.getByTestId('intro-write').click();
  await expect(page.getByTestId('item-mcLines')).toHaveValue(new RegExp(`Đồng chí ${first.fullName}`));
  await page.getByTestId('item-mcLines').fill(`${await page.getByTestId('item-mcLines').inputValue()}\nXin cảm ơn.`);
  await page.getByTestId('item-save').click();
  const declined = [...people.values()].filter((d) => d.status === 'declined');
  const intro = (await api(app, 'script.get', { eventId })).items[3]!;
  for (const d of declined) expect(intro.mcLines).not.toContain(d.fullName);
  // Edited by hand: rewriting asks first.
  await page.getByTestId('script-row').nth(3).getByTestId('script-open').click();
  await page.getByTestId('intro-write').click();
  await expect(page.getByTestId('intro-preview')).toContainText('đã được sửa tay');
  await page.getByTestId('intro-confirm').click();
  await expect(page.getByTestId('item-mcLines')).not.toHaveValue(/Xin cảm ơn\.$/);
  await page.getByTestId('item-panel').getByRole('button', { name: 'Huỷ' }).click();

  // Alt+↓ on the flag salute's grip moves it below the introductions; times follow.
  await page.getByTestId('script-row').nth(2).getByTestId('script-drag').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('script-row').nth(3)).toContainText('Chào cờ');
  // One Ctrl+Z puts it back.
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('script-row').nth(2)).toContainText('Chào cờ');

  // From the script to the stage view and back.
  await page.getByTestId('live-open').click();
  await expect(page.getByTestId('live-stage')).toBeVisible();
  await page.getByTestId('live-leave').click();
  await expect(page.getByTestId('script-screen')).toBeVisible();
});

import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { clockText } from '../../shared/script/cascade';
import { BUILT_IN_TEMPLATE_ID, DECREE_145_TEMPLATE } from '../../shared/script/template-145';
import { expect, test, type PreviewApp } from './fixtures';

const SHOTS = '/tmp/shots';

/** The real dispatch on the test's store, as seating.spec.ts does. */
async function api<N extends CallName>(app: PreviewApp, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store: app.store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** The demo event with the Decree 145 script, starting at this minute (so a start now is on time). */
async function seed(app: PreviewApp) {
  const demo = await api(app, 'events.createDemo', {});
  await api(app, 'script.applyTemplate', { eventId: demo.id, from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID }, mode: 'replace' });
  const now = new Date();
  const startAt = now.getHours() * 60 + now.getMinutes();
  await api(app, 'script.updateSettings', { eventId: demo.id, startAt });
  return { eventId: demo.id, startAt };
}

async function openLive(app: PreviewApp, page: Page, hash: string) {
  await page.goto(`${app.url}${hash}`);
  await expect(page.locator('[data-live-ready="true"]')).toBeVisible();
}

const title = (i: number) => DECREE_145_TEMPLATE[i]!.title;

test('the stage view: re-timed from a late start, run through three items with the keyboard, a second tab in step', async ({ app, page, context }) => {
  const { eventId, startAt } = await seed(app);
  await openLive(app, page, `#live/${eventId}`);
  const current = page.getByTestId('live-current');
  const next = page.getByTestId('live-next');
  const offset = page.getByTestId('live-offset');

  await expect(current).toHaveText(`Bắt đầu lúc ${clockText(startAt)}`);
  await expect(next).toHaveText(title(0));

  // The control room: "bắt đầu muộn 10 phút" re-times the rest, and says so.
  await page.getByTestId('live-panel-toggle').click();
  await page.getByTestId('live-late').fill('10');
  await page.getByTestId('live-late-apply').click();
  await expect(page.getByTestId('live-actual-now')).toHaveText(`Đang tính lại từ ${clockText(startAt + 10)} (Chậm 10 phút)`);
  await expect(offset).toHaveText('Chậm 10 phút');
  await expect(current).toHaveText(`Bắt đầu lúc ${clockText(startAt + 10)}`);
  await expect(page.getByTestId('live-rest-row').first()).toContainText(clockText(startAt + 10));
  await page.screenshot({ path: `${SHOTS}/live-control.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/live-control-1024.png` });
  await page.setViewportSize({ width: 1366, height: 820 });
  // The focus stays on this button: a clicker's keys must still drive the stage, and Space not press it.
  await page.getByTestId('live-panel-toggle').click();

  // Started now, which is the plan's minute: on time; the keyboard takes it through three items.
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText(title(0));
  await expect(next).toHaveText(title(1));
  await expect(offset).toHaveText(/^(Đúng giờ|Chậm 1 phút)$/);
  await expect(page.getByTestId('live-countdown')).toHaveText(/^(30:00|29:5\d)$/);
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText(title(1));
  await expect(next).toHaveText(title(2));
  // The welcome took seconds, not thirty minutes.
  await expect(offset).toHaveText(/^Sớm (29|30) phút$/);
  await page.keyboard.press(' ');
  await expect(current).toHaveText(title(2));
  await expect(page.getByTestId('live-control')).toHaveCount(0);
  await expect(next).toHaveText(title(3));
  await expect(offset).toHaveText(new RegExp(`^Sớm (${29 + DECREE_145_TEMPLATE[1]!.durationMin}|${30 + DECREE_145_TEMPLATE[1]!.durationMin}) phút$`));

  // The second window (here a tab) shows what the main process says, and follows within a second.
  const second = await context.newPage();
  await openLive(app, second, `#live/${eventId}/screen`);
  await expect(second.getByTestId('live-current')).toHaveText(title(2));
  await page.keyboard.press('PageUp');
  await expect(current).toHaveText(title(1));
  await expect(second.getByTestId('live-current')).toHaveText(title(1), { timeout: 1000 });
  await second.keyboard.press('PageDown');
  await expect(second.getByTestId('live-current')).toHaveText(title(2));
  await expect(current).toHaveText(title(2), { timeout: 1000 });
  await expect(second.getByTestId('live-panel-toggle')).toHaveCount(0);

  const state = await api(app, 'live.get', { eventId });
  expect(state.items.slice(0, 2).map((i) => i.state)).toEqual(['done', 'done']);

  // The stage view as the projector shows it.
  await second.setViewportSize({ width: 1920, height: 1080 });
  await second.screenshot({ path: `${SHOTS}/live-stage.png` });

  // Esc leaves to the app in this window.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
});

test('an item past its length counts over in red', async ({ app, page }) => {
  const { eventId } = await seed(app);
  const { items } = await api(app, 'script.get', { eventId });
  await api(app, 'script.updateItem', { id: items[0]!.id, set: { durationMin: 0 } });
  await api(app, 'live.start', { eventId });
  await openLive(app, page, `#live/${eventId}`);
  const countdown = page.getByTestId('live-countdown');
  await expect(countdown).toHaveAttribute('data-over', 'true');
  await expect(countdown).toHaveText(/^−00:0\d$/);
  expect(await countdown.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 91, 79)');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${SHOTS}/live-over.png` });
});

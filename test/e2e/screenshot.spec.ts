import path from 'node:path';
import { createDemoEvent } from '../../db/demo';
import { updateSettings } from '../../db/settings';
import { BUILT_IN_TEMPLATE_ID } from '../../shared/script/template-145';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { expect, test } from './fixtures';

/**
 * The README's pictures: `SCREENSHOT=1 npx playwright test test/e2e/screenshot.spec.ts` writes
 * docs/screenshot.png (the delegate list), docs/screenshot-precedence.png (the order of precedence)
 * docs/screenshot-seating.png (the main hall seated by protocol) and docs/screenshot-script.png (the run-of-show).
 */
test('README screenshot: the demo event’s delegate list', async ({ app, page }) => {
  test.skip(!process.env.SCREENSHOT, 'writes docs/screenshot.png only when SCREENSHOT=1');
  const demo = await createDemoEvent(app.store.db);
  const ctx = { store: app.store, appVersion: 'test' };
  const call = async <N extends CallName>(name: N, input: CallInput<N>) => {
    const r = await dispatch(name, input, ctx);
    if (!r.ok) throw new Error(r.error.message.en);
    return r.value as CallOutput<N>;
  };
  await updateSettings(app.store.db, { lastEventId: demo.id, language: 'vi' });
  await page.setViewportSize({ width: 1366, height: 820 });
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegate-row').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.resolve(__dirname, '../../docs/screenshot.png') });
  await page.getByTestId('nav-precedence').click();
  await expect(page.getByTestId('precedence-row').first()).toBeVisible();
  await page.screenshot({ path: path.resolve(__dirname, '../../docs/screenshot-precedence.png') });

  // The main hall: the nine most senior on the presidium, everyone seated by protocol, one seat chosen.
  const { entries } = await call('precedence.order', { eventId: demo.id });
  const plan = await call('seating.createPlan', {
    eventId: demo.id,
    name: 'Hội trường chính',
    numbers: { presidium: { rows: 1, seats: 11 }, areas: [{ name: 'Tầng trệt', rows: 14, seatsPerRow: 24, aisles: 2 }] },
  });
  await call('seating.setPresidium', { planId: plan.id, delegateIds: entries.slice(0, 9).map((e) => e.id) });
  await call('seating.autoSeat', { planId: plan.id, mode: 'all' });
  await page.getByTestId('nav-seating').click();
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-painted', /\d+/);
  await page.getByTestId('seating-filter-presidium').click();
  await page.getByTestId('seating-side-item').first().locator('.side-item-main').click();
  await page.getByTestId('seat-map-fit').click();
  await page.screenshot({ path: path.resolve(__dirname, '../../docs/screenshot-seating.png') });

  // The run-of-show from the Decree 145 template, starting at 07:30, its introductions written.
  const { items } = await call('script.applyTemplate', { eventId: demo.id, from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID }, mode: 'replace' });
  await call('script.updateSettings', { eventId: demo.id, startAt: 7 * 60 + 30, plannedEnd: 11 * 60 });
  await call('script.writeIntroductions', { itemId: items.find((i) => i.kind === 'introductions')!.id });
  await page.getByTestId('nav-script').click();
  await expect(page.getByTestId('script-row').first()).toBeVisible();
  await page.screenshot({ path: path.resolve(__dirname, '../../docs/screenshot-script.png') });
});

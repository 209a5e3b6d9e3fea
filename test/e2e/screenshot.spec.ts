import path from 'node:path';
import { createDemoEvent } from '../../db/demo';
import { updateSettings } from '../../db/settings';
import { expect, test } from './fixtures';

/**
 * The README's pictures: `SCREENSHOT=1 npx playwright test test/e2e/screenshot.spec.ts` writes
 * docs/screenshot.png (the delegate list) and docs/screenshot-precedence.png (the order of precedence).
 */
test('README screenshot: the demo event’s delegate list', async ({ app, page }) => {
  test.skip(!process.env.SCREENSHOT, 'writes docs/screenshot.png only when SCREENSHOT=1');
  const demo = await createDemoEvent(app.store.db);
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
});

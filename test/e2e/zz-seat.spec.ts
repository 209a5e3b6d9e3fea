import { test, expect } from './fixtures';

test('look at seating', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await page.getByTestId('nav-seating').click();
  await page.screenshot({ path: '/tmp/shots/s0.png' });
  await page.getByTestId('seating-new-plan').click();
  await page.screenshot({ path: '/tmp/shots/s1.png' });
  await page.getByTestId('plan-form-submit').click();
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-painted', /\d+/);
  await page.screenshot({ path: '/tmp/shots/s2.png' });
  await page.getByTestId('seating-autoseat').click();
  await expect(page.getByTestId('autoseat-preview')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/s3.png' });
  await page.getByTestId('autoseat-run').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/s4.png' });
});

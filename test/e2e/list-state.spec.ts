import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedPeople, type PersonSeed } from './seed';

const PEOPLE: PersonSeed[] = [
  { fullName: 'Đặng Thị Thủy', organization: 'Vụ Hợp tác quốc tế' },
  { fullName: 'Trần Văn Đức', organization: 'Báo Nhân Dân' },
  { fullName: 'Nguyễn Văn An', organization: 'Bộ Tài chính' },
];

const rows = (page: Page) => page.getByTestId('delegate-row');

test('a bulk edit of the unit shows the stored (cleaned) value at once, and the unit filter gains no phantom unit', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await app.open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(rows(page)).toHaveCount(3);

  await rows(page).filter({ hasText: 'Đặng Thị Thủy' }).getByTestId('delegate-select').check();
  await rows(page).filter({ hasText: 'Trần Văn Đức' }).getByTestId('delegate-select').check();
  await page.getByTestId('bulk-organization').click();
  await page.getByTestId('bulk-organization-input').fill('   Bộ  Tài chính  ');
  await page.getByTestId('bulk-organization-apply').click();
  await expect(page.getByTestId('toast-success')).toContainText('Đã cập nhật 2 đại biểu.');

  const stored = await app.store.db.selectFrom('delegates').select(['organization', 'updatedAt']).where('eventId', '=', eventId).execute();
  expect(stored.map((d) => d.organization)).toEqual(['Bộ Tài chính', 'Bộ Tài chính', 'Bộ Tài chính']);
  // Without a reload, every row shows exactly what was stored (textContent: toHaveText would forgive the spaces).
  await expect
    .poll(() =>
      rows(page)
        .locator('[data-col="organization"]')
        .evaluateAll((els) => els.map((e) => e.textContent)),
    )
    .toEqual(['Bộ Tài chính', 'Bộ Tài chính', 'Bộ Tài chính']);

  // One unit in the filter, counting all three; not "Bộ Tài chính" plus "   Bộ  Tài chính  ".
  await page.getByTestId('bulk-clear').click();
  await page.getByTestId('filter-organization').click();
  const options = page.getByTestId('filter-organization-menu').getByTestId('filter-organization-option');
  await expect(options).toHaveCount(1);
  await expect(page.getByTestId('filter-organization-menu').locator('.menu-check')).toHaveText([/Bộ Tài chính\s*3/]);
});

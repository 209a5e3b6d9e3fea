import type { Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { expect, test } from './fixtures';
import { seedLargeEvent, seedPeople, type PersonSeed } from './seed';

// Headless Chromium hides scrollbars unless told not to; these tests look at the horizontal one.
test.use({ launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--hide-scrollbars'] } });

const PEOPLE: PersonSeed[] = [
  { fullName: 'Đặng Thị Thủy', title: 'Chuyên viên chính', organization: 'Vụ Hợp tác quốc tế', status: 'confirmed' },
  { fullName: 'Trần Văn Đức', title: 'Phóng viên', organization: 'Báo Nhân Dân', category: 'reporter' },
  { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng Bộ Tài chính', organization: 'Bộ Tài chính', category: 'guest' },
  { fullName: 'Lê Thị Hoà', title: 'Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế' },
];

const rows = (page: Page) => page.getByTestId('delegate-row');
const headerOf = (page: Page, col: string) => page.getByTestId(`sort-col-${col}`).locator('xpath=..');

async function openList(page: Page, open: (p: Page) => Promise<void>) {
  await open(page);
  await page.getByTestId('nav-delegates').click();
  await expect(rows(page).first()).toBeVisible();
}

async function setting(app: { store: { db: import('kysely').Kysely<import('../../db/schema').DB> } }, key: string) {
  return (await app.store.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

test('at 1024 px title and unit stay readable; the name and tick stay at the left when scrolling sideways, on a visible scrollbar', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openList(page, app.open);
  const title = await headerOf(page, 'title').evaluate((el) => el.getBoundingClientRect().width);
  const unit = await headerOf(page, 'organization').evaluate((el) => el.getBoundingClientRect().width);
  expect(title).toBeGreaterThanOrEqual(150);
  expect(unit).toBeGreaterThanOrEqual(140);

  const scroller = page.locator('.dtable-scroll');
  // A real horizontal scrollbar: the box is shorter inside than outside, and there is width to scroll.
  const bar = await scroller.evaluate((el: HTMLElement) => ({ bar: el.offsetHeight - el.clientHeight, more: el.scrollWidth - el.clientWidth }));
  expect(bar.more).toBeGreaterThan(0);
  expect(bar.bar).toBeGreaterThan(0);

  const name = rows(page).first().locator('.col-name');
  const tick = rows(page).first().locator('.col-check');
  const before = (await name.boundingBox())!;
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(50);
  const after = (await name.boundingBox())!;
  expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  // The name is on top: the point at its centre is the name, not a scrolled-in cell.
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="cell"]')?.className,
    [after.x + after.width / 2, after.y + after.height / 2],
  );
  expect(hit).toContain('col-name');
  expect((await tick.boundingBox())!.x).toBeCloseTo(before.x - 86, 0);
  // The header's name stays over its column too.
  const head = (await page.locator('.dtable-head .col-name').boundingBox())!;
  expect(Math.abs(head.x - after.x)).toBeLessThan(1);
});

test('a column is resized by dragging its header edge or by the keyboard, and the width is kept after a reload', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await openList(page, app.open);
  const start = await headerOf(page, 'title').evaluate((el) => el.getBoundingClientRect().width);

  const handle = page.getByTestId('resize-title');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const dragged = await headerOf(page, 'title').evaluate((el) => el.getBoundingClientRect().width);
  expect(dragged).toBeGreaterThan(start + 80);
  expect(dragged).toBeLessThan(start + 100);
  // The body's cells follow the header, and the drag did not sort by the column.
  const cell = await rows(page)
    .first()
    .locator('[data-col="title"]')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.abs(cell - dragged)).toBeLessThan(1);
  await expect(headerOf(page, 'title')).toHaveAttribute('aria-sort', 'none');
  await expect.poll(() => setting(app, 'delegateColumnWidths')).toBe(JSON.stringify({ title: Math.round(dragged) }));

  // Keyboard: focus the handle, ← twice (16 px each); the name column too.
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(dragged) - 32));
  await page.getByTestId('resize-fullName').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => JSON.parse((await setting(app, 'delegateColumnWidths')) ?? '{}').title).toBe(Math.round(dragged) - 32);
  const name = await page.locator('.dtable-head .col-name').evaluate((el) => Math.round(el.getBoundingClientRect().width));
  await expect.poll(async () => JSON.parse((await setting(app, 'delegateColumnWidths')) ?? '{}').fullName).toBe(name);

  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-delegates').click();
  await expect(rows(page).first()).toBeVisible();
  expect(Math.round(await headerOf(page, 'title').evaluate((el) => el.getBoundingClientRect().width))).toBe(Math.round(dragged) - 32);
  expect(Math.round(await page.locator('.dtable-head .col-name').evaluate((el) => el.getBoundingClientRect().width))).toBe(name);

  // Delete on the handle gives the column back its default width.
  await page.getByTestId('resize-title').focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => JSON.parse((await setting(app, 'delegateColumnWidths')) ?? '{}').title).toBeUndefined();
});

test('10,000 rows: a drag resizes the column of the rows on screen, still virtualized', async ({ app, page }) => {
  await seedLargeEvent(app.store.db, 10_000);
  await openList(page, app.open);
  await expect(page.getByTestId('delegates-count')).toContainText('10.000');
  const handle = page.getByTestId('resize-organization');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + 10);
  await page.mouse.down();
  const start = await headerOf(page, 'organization').evaluate((el) => el.getBoundingClientRect().width);
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + 4 + i * 5, box.y + 10);
  await page.mouse.up();
  await expect.poll(() => headerOf(page, 'organization').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(start + 90);
  // Virtualized whatever the widths: the DOM holds a screenful of rows, not 10,000 (speed is npm run bench's job).
  expect(await rows(page).count()).toBeLessThan(40);
  const cell = await rows(page)
    .first()
    .locator('[data-col="organization"]')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(cell).toBeGreaterThan(start + 90);
});

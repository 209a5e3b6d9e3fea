import type { Page } from '@playwright/test';
import { expect, test, type PreviewApp } from './fixtures';
import { seedPeople, type PersonSeed } from './seed';

const PEOPLE: PersonSeed[] = [
  { fullName: 'Trần Văn Bình', title: 'Thứ trưởng Bộ Tài chính', organization: 'Bộ Tài chính', appointmentDate: '2021-05-01' },
  { fullName: 'Lê Thị Hoa', title: 'Thứ trưởng Bộ Nội vụ', organization: 'Bộ Nội vụ', appointmentDate: '2019-03-15', birthDate: '1968-01-01' },
  { fullName: 'Hồ Thị Em', title: 'Chuyên viên', organization: 'Văn phòng Bộ' },
  { fullName: 'Ngô Văn Dũng', title: 'Thứ trưởng Bộ Tư pháp', organization: 'Bộ Tư pháp', appointmentDate: '2019-03-15', birthDate: '1965-07-20' },
  { fullName: 'Phạm Văn Cường', title: 'Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế' },
  { fullName: 'Bùi Quang Huy', title: 'Bộ trưởng Bộ Tài chính', organization: 'Bộ Tài chính' },
  { fullName: 'Vũ Văn Giang', title: 'Phó Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế' },
  { fullName: 'Đỗ Văn Hải', title: 'nguyên Bộ trưởng Bộ Tài chính', organization: 'Bộ Tài chính' },
];

const order = (page: Page) => page.getByTestId('precedence-name');
const row = (page: Page, name: string) => page.getByTestId('precedence-row').filter({ hasText: name });

async function openPrecedence(app: PreviewApp, page: Page) {
  await app.open(page);
  await page.getByTestId('nav-precedence').click();
  await expect(page.getByTestId('precedence-row').first()).toBeVisible();
}

async function ranksInDb(app: PreviewApp, eventId: string) {
  const rows = await app.store.db.selectFrom('delegates').select(['fullName', 'precedenceRank']).where('eventId', '=', eventId).execute();
  return Object.fromEntries(rows.map((r) => [r.fullName, r.precedenceRank]));
}

/** Drags a row by its grip onto another row, in small steps as a hand would. */
/**
 * Drags `from` by its grip onto `to`, which holds position `toPosition` (1-based). dnd-kit measures
 * its targets asynchronously after the pick-up, so each step waits for what it announces, and the
 * pointer is nudged until the item is over its target: a loaded machine must not race the drag.
 */
async function drag(page: Page, from: string, to: string, toPosition: number) {
  const grip = row(page, from).getByTestId('precedence-drag');
  const a = (await grip.boundingBox())!;
  const b = (await row(page, to).boundingBox())!;
  const x = a.x + a.width / 2;
  await page.mouse.move(x, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, a.y + a.height / 2 - 8, { steps: 4 });
  await expect(page.getByText(new RegExp(`^Đã nhấc ${from} ở vị trí`))).toBeAttached();
  const targetY = b.y + b.height / 2 - (b.y < a.y ? 6 : -6);
  let nudge = 0;
  await expect(async () => {
    await page.mouse.move(x, targetY + nudge, { steps: 6 });
    nudge = nudge === 0 ? 2 : -nudge;
    await expect(page.getByText(`${from} đang ở vị trí ${toPosition}.`)).toBeAttached({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await page.mouse.up();
  await expect(page.getByText(`Đã thả ${from} ở vị trí ${toPosition}.`)).toBeAttached();
}

test('the senior delegates in order, with tie-breaks; reordered by drag and buttons; kept after a reload and in the database', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openPrecedence(app, page);

  // Rules give the ranks (Bộ trưởng 30, Thứ trưởng 40, Vụ trưởng 60, Phó Vụ trưởng 70); "nguyên Bộ trưởng"
  // and "Chuyên viên" have none. Same rank: appointed earlier first; same day: the older first.
  await expect(order(page)).toHaveText(['Bùi Quang Huy', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Văn Cường', 'Vũ Văn Giang']);
  await expect(page.getByTestId('precedence-count')).toHaveText('6 đại biểu');
  await expect(row(page, 'Ngô Văn Dũng').getByTestId('precedence-source')).toHaveText('“Thứ trưởng”');
  await expect(row(page, 'Ngô Văn Dũng')).toContainText('BN 15/03/2019');
  await expect(row(page, 'Ngô Văn Dũng')).toContainText('S 20/07/1965');

  // Drag the last to the top: one hand-set rank between 0 and the new neighbour's 30.
  await drag(page, 'Vũ Văn Giang', 'Bùi Quang Huy', 1);
  await expect(order(page)).toHaveText(['Vũ Văn Giang', 'Bùi Quang Huy', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Văn Cường']);
  await expect(row(page, 'Vũ Văn Giang').getByTestId('precedence-source')).toHaveText('Xếp tay');
  await expect.poll(() => ranksInDb(app, eventId)).toMatchObject({ 'Vũ Văn Giang': 15, 'Bùi Quang Huy': null });

  // Cường one place up with its button, between two rank-40s: with no room between them the whole
  // list is renumbered by hand, keeping the new order. (The keyboard drag reaches the same
  // ranksAfterMove; it is not driven here because dnd-kit measures its targets asynchronously,
  // which made key presses race the measuring on a loaded CI machine.)
  await row(page, 'Phạm Văn Cường').getByTestId('precedence-up').click();
  const afterKeys = ['Vũ Văn Giang', 'Bùi Quang Huy', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Phạm Văn Cường', 'Trần Văn Bình'];
  await expect(order(page)).toHaveText(afterKeys);
  await expect(page.getByTestId('toast-success')).toContainText('Đã đánh số lại');
  await expect.poll(() => ranksInDb(app, eventId)).toMatchObject(Object.fromEntries(afterKeys.map((n, i) => [n, (i + 1) * 10])));

  // The buttons: Huy one place up.
  await row(page, 'Bùi Quang Huy').getByTestId('precedence-up').click();
  const afterButton = ['Bùi Quang Huy', 'Vũ Văn Giang', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Phạm Văn Cường', 'Trần Văn Bình'];
  await expect(order(page)).toHaveText(afterButton);
  await expect.poll(async () => (await ranksInDb(app, eventId))['Bùi Quang Huy']).toBe(5);

  // Kept after a reload; the delegate list's precedence order is the same order.
  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-precedence').click();
  await expect(order(page)).toHaveText(afterButton);
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegate-row').locator('.col-name')).toHaveText([...afterButton, 'Hồ Thị Em', 'Đỗ Văn Hải']);

  // "Bỏ xếp tay": Giang back to the rules (Phó Vụ trưởng, 70): last of the list.
  await page.getByTestId('nav-precedence').click();
  await row(page, 'Vũ Văn Giang').getByTestId('precedence-clear').click();
  await expect(order(page).last()).toHaveText('Vũ Văn Giang');
  await expect(row(page, 'Vũ Văn Giang').getByTestId('precedence-source')).toHaveText('“Phó Vụ trưởng”');
  await expect.poll(async () => (await ranksInDb(app, eventId))['Vũ Văn Giang']).toBeNull();
});

test('title rules: match counts, edit, add, remove, save; reset to the defaults', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openPrecedence(app, page);
  await page.getByTestId('precedence-tab-rules').click();
  await expect(page.getByTestId('rules-qualifier-note')).toContainText('“Bộ trưởng” không khớp “Phó Bộ trưởng” hay “nguyên Bộ trưởng”');

  const rule = (pattern: string) => page.getByTestId('rule-row').filter({ has: page.locator(`[data-testid="rule-pattern"][value="${pattern}"]`) });
  await expect(rule('Thứ trưởng').getByTestId('rule-matches')).toHaveText('3 đại biểu');
  await expect(rule('Bộ trưởng').getByTestId('rule-matches')).toHaveText('1 đại biểu'); // not the former minister

  // Vụ trưởng above Thứ trưởng; a rule for Chuyên viên; the Phó Vụ trưởng rule removed.
  await rule('Vụ trưởng').getByTestId('rule-rank').fill('35');
  await expect(page.getByTestId('rules-dirty')).toBeVisible();
  await rule('Phó Vụ trưởng').getByTestId('rule-remove').click();
  await page.getByTestId('rule-add').click();
  const added = page.getByTestId('rule-row').last();
  await expect(added.getByTestId('rule-pattern')).toBeFocused();
  await added.getByTestId('rule-pattern').fill('Chuyên viên');
  await added.getByTestId('rule-rank').fill('90');
  await expect(added.getByTestId('rule-matches')).toHaveText('1 đại biểu');
  await page.getByTestId('rules-save').click();
  await expect(page.getByTestId('toast-success')).toContainText('Đã lưu quy tắc chức vụ.');
  const stored = await app.store.db.selectFrom('titleRules').select(['pattern', 'rank']).where('eventId', '=', eventId).orderBy('sortOrder').execute();
  expect(stored.find((r) => r.pattern === 'Vụ trưởng')?.rank).toBe(35);
  expect(stored.at(-1)).toEqual({ pattern: 'Chuyên viên', rank: 90 });
  expect(stored.some((r) => r.pattern === 'Phó Vụ trưởng')).toBe(false);

  await page.getByTestId('precedence-tab-order').click();
  await expect(order(page)).toHaveText(['Bùi Quang Huy', 'Phạm Văn Cường', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Trần Văn Bình', 'Hồ Thị Em']);

  // Reset asks first, then puts the defaults back.
  await page.getByTestId('precedence-tab-rules').click();
  await page.getByTestId('rules-reset').click();
  await page.getByTestId('rules-reset-confirm').getByTestId('confirm-ok').click();
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã khôi phục quy tắc mặc định.');
  await expect(rule('Vụ trưởng').getByTestId('rule-rank')).toHaveValue('60');
  await page.getByTestId('precedence-tab-order').click();
  await expect(order(page)).toHaveText(['Bùi Quang Huy', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Văn Cường', 'Vũ Văn Giang']);
});

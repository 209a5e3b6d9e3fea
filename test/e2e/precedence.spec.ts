import fs from 'node:fs';
import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { expect, test, type PreviewApp } from './fixtures';
import { seedPeople, type PersonSeed } from './seed';

// The host is the event's organizing unit (Vụ Thi đua – Khen thưởng); everyone here is a guest of it.
const PEOPLE: PersonSeed[] = [
  { fullName: 'Trần Văn Bình', title: 'Thứ trưởng Bộ Tài chính', organization: 'Bộ Tài chính', appointmentDate: '2021-05-01' },
  { fullName: 'Lê Thị Hoa', title: 'Thứ trưởng Bộ Nội vụ', organization: 'Bộ Nội vụ', appointmentDate: '2019-03-15', birthDate: '1968-01-01' },
  { fullName: 'Hồ Thị Em', title: 'Chuyên viên', organization: 'Văn phòng Bộ' },
  { fullName: 'Ngô Văn Dũng', title: 'Thứ trưởng Bộ Tư pháp', organization: 'Bộ Tư pháp', appointmentDate: '2019-03-15', birthDate: '1965-07-20' },
  { fullName: 'Phạm Văn Cường', title: 'Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế' },
  { fullName: 'Bùi Quang Huy', title: 'Bộ trưởng Bộ Tài chính', organization: 'Bộ Tài chính' },
  { fullName: 'Vũ Văn Giang', title: 'Phó Vụ trưởng Vụ Pháp chế', organization: 'Vụ Pháp chế' },
  { fullName: 'Đỗ Văn Hải', title: 'nguyên Bộ trưởng Bộ Tài chính', organization: 'Bộ Tài chính' },
  { fullName: 'Mai Thị Lụa', title: 'Trưởng ban Quản lý dự án', organization: 'Ban Quản lý dự án đầu tư xây dựng' },
  { fullName: 'Tạ Văn Nam', title: 'Phóng viên', organization: 'Báo Nhân Dân', category: 'reporter' },
  { fullName: 'Lý Thị Oanh', title: 'Thứ trưởng Bộ Y tế', organization: 'Bộ Y tế', status: 'declined' },
];

const order = (page: Page) => page.getByTestId('precedence-name');
const row = (page: Page, name: string) => page.getByTestId('precedence-row').filter({ hasText: name });

async function openPrecedence(app: PreviewApp, page: Page) {
  await app.open(page);
  await page.getByTestId('nav-precedence').click();
  await expect(page.getByTestId('precedence-row').first()).toBeVisible();
}

async function handInDb(app: PreviewApp, eventId: string) {
  const rows = await app.store.db.selectFrom('delegates').select(['fullName', 'precedenceLevel', 'precedenceOrder']).where('eventId', '=', eventId).execute();
  return Object.fromEntries(rows.map((r) => [r.fullName, { level: r.precedenceLevel, order: r.precedenceOrder }]));
}

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

const RULE_ORDER = ['Bùi Quang Huy', 'Đỗ Văn Hải', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Văn Cường', 'Vũ Văn Giang', 'Hồ Thị Em', 'Mai Thị Lụa'];

test('the order by level with tie-breaks; moved inside a level and across one, nobody else changed; a later delegate placed by its title', async ({
  app,
  page,
}) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openPrecedence(app, page);

  // Levels from the catalogue: Bộ trưởng 220 (the former minister right after), Thứ trưởng 300 (appointed
  // earlier first; same day, the older first), Vụ trưởng 500, Phó Vụ trưởng 600, Chuyên viên 920, then the
  // title no rule knows, flagged. The reporter and the delegate who declined are not in the order.
  await expect(order(page)).toHaveText(RULE_ORDER);
  await expect(page.getByTestId('precedence-count')).toHaveText('9 đại biểu');
  await expect(page.getByTestId('precedence-level-head')).toHaveText([/^Cấp 220/, /^Cấp 300/, /^Cấp 500/, /^Cấp 600/, /^Cấp 920/, /^Chưa xếp cấp/]);
  await expect(row(page, 'Ngô Văn Dũng').getByTestId('precedence-source')).toHaveText('«Thứ trưởng»');
  await expect(row(page, 'Đỗ Văn Hải')).toContainText('nguyên');
  await expect(row(page, 'Ngô Văn Dũng')).toContainText('Bổ nhiệm 15/03/2019');
  await expect(row(page, 'Ngô Văn Dũng')).toContainText('Sinh 20/07/1965');
  await expect(row(page, 'Mai Thị Lụa').getByTestId('precedence-source')).toHaveText('Chưa có cấp');
  await expect(page.getByTestId('precedence-tab-count-unmatched')).toHaveText('1');
  await expect(page.getByTestId('precedence-tab-count-excluded')).toHaveText('2');
  const untouched = await handInDb(app, eventId);

  // Inside a level: Bình from the bottom of the Thứ trưởng level to its top. Only that level's order is written.
  await drag(page, 'Trần Văn Bình', 'Ngô Văn Dũng', 3);
  const inLevel = ['Bùi Quang Huy', 'Đỗ Văn Hải', 'Trần Văn Bình', 'Ngô Văn Dũng', 'Lê Thị Hoa', 'Phạm Văn Cường', 'Vũ Văn Giang', 'Hồ Thị Em', 'Mai Thị Lụa'];
  await expect(order(page)).toHaveText(inLevel);
  await expect(page.locator('[data-testid="precedence-level-head"][data-level="300"]')).toContainText('Thứ tự trong cấp đã sắp xếp thủ công');
  let stored = await handInDb(app, eventId);
  expect(Object.values(stored).every((d) => d.level === null)).toBe(true);
  for (const name of ['Bùi Quang Huy', 'Phạm Văn Cường', 'Vũ Văn Giang', 'Hồ Thị Em']) expect(stored[name]).toEqual(untouched[name]);

  // Across levels: Cường, first of the Vụ trưởng level, one place up joins the Thứ trưởng level, last.
  await row(page, 'Phạm Văn Cường').getByTestId('precedence-up').click();
  await expect(order(page)).toHaveText([
    'Bùi Quang Huy',
    'Đỗ Văn Hải',
    'Trần Văn Bình',
    'Ngô Văn Dũng',
    'Phạm Văn Cường',
    'Lê Thị Hoa',
    'Vũ Văn Giang',
    'Hồ Thị Em',
    'Mai Thị Lụa',
  ]);
  await expect(row(page, 'Phạm Văn Cường').getByTestId('precedence-source')).toHaveText('Ngang hàng với Lê Thị Hoa (Thứ trưởng Bộ Nội vụ)');
  await expect(row(page, 'Phạm Văn Cường').getByTestId('precedence-level')).toHaveText('300');
  stored = await handInDb(app, eventId);
  expect(
    Object.entries(stored)
      .filter(([, d]) => d.level !== null)
      .map(([n]) => n),
  ).toEqual(['Phạm Văn Cường']);
  expect(stored['Vũ Văn Giang']).toEqual(untouched['Vũ Văn Giang']);

  // A delegate added afterwards (in the list's form) is placed by the rules: a provincial deputy
  // director lands among the deputies of departments, never above the ministers.
  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegates-add').click();
  await page.getByTestId('delegate-fullName').fill('Đinh Văn Quý');
  await page.getByTestId('delegate-title').fill('Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();
  await page.getByTestId('nav-precedence').click();
  await expect(order(page)).toHaveText([
    'Bùi Quang Huy',
    'Đỗ Văn Hải',
    'Trần Văn Bình',
    'Ngô Văn Dũng',
    'Phạm Văn Cường',
    'Lê Thị Hoa',
    'Vũ Văn Giang',
    'Đinh Văn Quý',
    'Hồ Thị Em',
    'Mai Thị Lụa',
  ]);
  await expect(row(page, 'Đinh Văn Quý').getByTestId('precedence-level')).toHaveText('600');

  // Kept after a reload; the delegate list's precedence order is the same order, the excluded last.
  await page.reload();
  await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegate-row').locator('.col-name')).toHaveText([
    'Bùi Quang Huy',
    'Đỗ Văn Hải',
    'Trần Văn Bình',
    'Ngô Văn Dũng',
    'Phạm Văn Cường',
    'Lê Thị Hoa',
    'Vũ Văn Giang',
    'Đinh Văn Quý',
    'Hồ Thị Em',
    'Mai Thị Lụa',
    'Tạ Văn Nam',
    'Lý Thị Oanh',
  ]);

  // Undone one by one: Cường's level, then the level's order; the rules' order is back.
  await page.getByTestId('nav-precedence').click();
  await row(page, 'Phạm Văn Cường').getByTestId('precedence-clear').click();
  await expect(row(page, 'Phạm Văn Cường').getByTestId('precedence-level')).toHaveText('500');
  await page.locator('[data-testid="precedence-level-head"][data-level="300"]').getByTestId('precedence-reset-order').click();
  await expect(order(page)).toHaveText([...RULE_ORDER.slice(0, 7), 'Đinh Văn Quý', ...RULE_ORDER.slice(7)]);
  await expect.poll(async () => Object.values(await handInDb(app, eventId)).every((d) => d.level === null && d.order === null)).toBe(true);
});

test('a title no rule knows gets a level in one place, "ngang với" a known post; those left out are listed apart', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, [
    ...PEOPLE,
    { fullName: 'Châu Văn Phúc', title: 'Trưởng ban Quản lý dự án', organization: 'Ban Quản lý dự án giao thông' },
  ]);
  await openPrecedence(app, page);
  // Without a level: last, by given name (Lụa, Phúc).
  await expect(order(page)).toHaveText([...RULE_ORDER, 'Châu Văn Phúc']);

  await page.getByTestId('precedence-tab-unmatched').click();
  const item = page.getByTestId('unmatched-row').filter({ hasText: 'Trưởng ban Quản lý dự án' });
  await expect(item.getByTestId('unmatched-count')).toHaveText('2');
  await item.getByTestId('unmatched-assign').click();
  await expect(page.getByTestId('assign-level-post')).toHaveValue('Trưởng ban Quản lý dự án');
  await page.getByTestId('assign-level-like').selectOption({ label: 'Vụ trưởng — 500' });
  await expect(page.getByTestId('assign-level-number')).toHaveValue('500');
  await page.getByTestId('assign-level-save').click();
  await expect(page.getByTestId('toast-success')).toContainText('Chức vụ «Trưởng ban Quản lý dự án» được xếp cấp 500; 2 đại biểu đã có cấp.');
  await expect(page.getByTestId('unmatched-empty')).toBeVisible();
  await expect(page.getByTestId('precedence-tab-count-unmatched')).toHaveCount(0);
  const rule = await app.store.db
    .selectFrom('precedenceRules')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('post', '=', 'Trưởng ban Quản lý dự án')
    .executeTakeFirstOrThrow();
  expect(rule.level).toBe(500);

  await page.getByTestId('precedence-tab-order').click();
  await expect(row(page, 'Mai Thị Lụa').getByTestId('precedence-level')).toHaveText('500');
  await expect(order(page).last()).toHaveText('Hồ Thị Em');

  await page.getByTestId('precedence-tab-excluded').click();
  await expect(page.getByTestId('excluded-declined')).toContainText('Lý Thị Oanh');
  await expect(page.getByTestId('excluded-category')).toContainText('Tạ Văn Nam');

  // Reporters ranked after all, from the settings: the reporter joins the order (its title has no level).
  await page.getByTestId('precedence-tab-settings').click();
  await page.getByTestId('precedence-ranked-reporter').check();
  await page.getByTestId('precedence-settings-save').click();
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã lưu cài đặt thứ tự ưu tiên.');
  await page.getByTestId('precedence-tab-order').click();
  await expect(order(page).last()).toHaveText('Tạ Văn Nam');
});

test('title rules: match counts, edit, add, remove, save; reset to the catalogue', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, PEOPLE);
  await openPrecedence(app, page);
  await page.getByTestId('precedence-tab-rules').click();
  await expect(page.getByTestId('rules-qualifier-note')).toContainText('“Phó”, “Trợ lý”, “Thư ký”, “Ủy viên”, “Thường trực”');

  const rule = (post: string) => page.getByTestId('rule-row').filter({ has: page.locator(`[data-testid="rule-post"][value="${post}"]`) });
  await page.getByTestId('rules-filter').fill('truong');
  // Titles are counted whoever holds them, the delegate who declined too.
  await expect(rule('Thứ trưởng').getByTestId('rule-matches')).toHaveText('4 đại biểu');
  // The minister and the former minister: "nguyên" ranks with the post.
  await expect(rule('Bộ trưởng').getByTestId('rule-matches')).toHaveText('2 đại biểu');

  // Vụ trưởng above Thứ trưởng; Phó Vụ trưởng's rule removed; a new rule for the project board.
  await rule('Vụ trưởng').getByTestId('rule-level').fill('250');
  await expect(page.getByTestId('rules-dirty')).toBeVisible();
  await rule('Phó Vụ trưởng').getByTestId('rule-remove').click();
  await page.getByTestId('rule-add').click();
  const added = page.getByTestId('rule-row').last();
  await expect(added.getByTestId('rule-post')).toBeFocused();
  await added.getByTestId('rule-post').fill('Trưởng ban');
  await added.getByTestId('rule-org').fill('Quản lý dự án *');
  await added.getByTestId('rule-level').fill('700');
  await expect(added.getByTestId('rule-matches')).toHaveText('1 đại biểu');
  await page.getByTestId('rules-save').click();
  await expect(page.getByTestId('toast-success')).toContainText('Đã lưu quy tắc chức vụ.');
  const stored = await app.store.db.selectFrom('precedenceRules').selectAll().where('eventId', '=', eventId).execute();
  expect(stored.find((r) => r.post === 'Vụ trưởng')?.level).toBe(250);
  expect(stored.find((r) => r.post === 'Trưởng ban')).toMatchObject({ orgPattern: 'Quản lý dự án *', level: 700 });
  expect(stored.some((r) => r.post === 'Phó Vụ trưởng')).toBe(false);

  await page.getByTestId('precedence-tab-order').click();
  await expect(order(page)).toHaveText([
    'Bùi Quang Huy',
    'Đỗ Văn Hải',
    'Phạm Văn Cường',
    'Ngô Văn Dũng',
    'Lê Thị Hoa',
    'Trần Văn Bình',
    'Mai Thị Lụa',
    'Hồ Thị Em',
    'Vũ Văn Giang',
  ]);

  // Reset asks first, then puts the catalogue back.
  await page.getByTestId('precedence-tab-rules').click();
  await page.getByTestId('rules-reset').click();
  await page.getByTestId('rules-reset-confirm').getByTestId('confirm-ok').click();
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã khôi phục danh mục mặc định.');
  await page.getByTestId('precedence-tab-order').click();
  await expect(order(page)).toHaveText(RULE_ORDER);
});

test('the order exported to .xlsx with the event above the table, read back', async ({ app, page }) => {
  await seedPeople(app.store.db, PEOPLE);
  await openPrecedence(app, page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('precedence-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^thu-tu-uu-tien-hoi-nghi-tong-ket-cong-tac-thi-dua.*\.xlsx$/);
  await expect(page.getByTestId('toast-success')).toContainText(`Đã xuất ${download.suggestedFilename()}.`);
  const [sheet] = await readXlsxFile(fs.readFileSync(await download.path()));
  expect(sheet!.data[0]![0]).toBe('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026');
  expect(sheet!.data[1]![0]).toBe('Ngày 15/01/2027 · Hội trường Bộ');
  const body = sheet!.data.slice(5);
  expect(body.map((r) => r[1])).toEqual(RULE_ORDER);
  expect(body.map((r) => r[4])).toEqual([220, 220, 300, 300, 300, 500, 600, 920, null]);
  expect(body[1]![6]).toBe('Theo quy tắc «Bộ trưởng», nguyên chức');
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { YEAR_END_REVIEW_CHECKLIST } from '../../shared/checklist/template-review';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots';
const TOTAL = YEAR_END_REVIEW_CHECKLIST.length;

/** The open print preview as Electron's printToPDF prints it: its text and pages, each page's picture in /tmp/shots. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-pdf-')), `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(SHOTS, name)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, flat: text.replace(/\s+/g, ' '), pages };
}

const progress = (done: number, total: number) => `Đã xong ${done}/${total} công việc · ${Math.floor((done * 100) / total)}%`;

test('the preparation checklist: from the template, done with the keyboard, an overdue task, both prints', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 860 });
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();

  await page.getByTestId('nav-checklist').click();
  await expect(page.getByTestId('checklist-empty')).toContainText('Chưa có công việc chuẩn bị');
  await page.getByTestId('checklist-empty-start').click();
  await expect(page.getByTestId('checklist-start-source')).toContainText('Hội nghị tổng kết năm');
  await page.getByTestId('checklist-start-apply').click();
  const rows = page.getByTestId('checklist-row');
  await expect(rows).toHaveCount(TOTAL);
  const summary = page.getByTestId('checklist-progress');
  await expect(summary).toHaveText(progress(0, TOTAL));
  const plan = page.getByTestId('checklist-group').filter({ hasText: 'Kế hoạch và kinh phí' });
  const planCount = YEAR_END_REVIEW_CHECKLIST.filter((t) => t.workstream === 'plan').length;
  await expect(plan.getByTestId('checklist-group-progress')).toHaveText(`0/${planCount}`);

  // The keyboard: Space marks the focused task done, the arrows move, Space again takes it back.
  await rows.first().focus();
  await page.keyboard.press('Space');
  await expect(summary).toHaveText(progress(1, TOTAL));
  await expect(rows.first().getByTestId('checklist-status')).toHaveText('Đã xong');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(summary).toHaveText(progress(3, TOTAL));
  await page.keyboard.press('Space');
  await expect(summary).toHaveText(progress(2, TOTAL));
  await expect(rows.nth(2)).toBeFocused();
  await expect(plan.getByTestId('checklist-group-progress')).toHaveText(`2/${planCount}`);
  // Ctrl+Z undoes the last mark (the history's undo), Ctrl+Shift+Z does it again: the list shows the main process's answer.
  await page.keyboard.press('Control+z');
  await expect(summary).toHaveText(progress(3, TOTAL));
  await expect(page.getByTestId('redo-button')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(summary).toHaveText(progress(2, TOTAL));
  await rows.nth(2).focus();
  // Alt + arrows reorder within the workstream, the moved task keeping the focus.
  const [, , third, fourth] = YEAR_END_REVIEW_CHECKLIST.map((t) => t.name);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(2)).toContainText(fourth!);
  await expect(rows.nth(3)).toContainText(third!);
  await expect(rows.nth(3)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(2)).toContainText(third!);
  await expect(rows.nth(2)).toBeFocused();
  // A whole workstream done at once: one write, one Ctrl+Z.
  await plan.getByTestId('checklist-group-done').click();
  await expect(plan.getByTestId('checklist-group-progress')).toHaveText(`${planCount}/${planCount}`);
  await expect(plan.getByTestId('checklist-group-done')).toHaveCount(0);
  await expect(summary).toHaveText(progress(planCount, TOTAL));
  await page.keyboard.press('Control+z');
  await expect(plan.getByTestId('checklist-group-progress')).toHaveText(`2/${planCount}`);

  // Search without diacritics, in the task's name, owner and workstream ("Giấy mời").
  await page.getByTestId('checklist-search').fill('giay moi');
  await expect(rows).toHaveCount(YEAR_END_REVIEW_CHECKLIST.filter((t) => t.workstream === 'invitations' || /giấy mời/i.test(t.name)).length);
  await expect(rows.first()).toContainText('giấy mời');
  await page.getByTestId('checklist-search').fill('thi dua khen thuong');
  await expect(rows).toHaveCount(YEAR_END_REVIEW_CHECKLIST.filter((t) => t.unit === 'Vụ Thi đua – Khen thưởng').length);
  await page.getByTestId('checklist-search').fill('');

  // A task of one's own with a date long gone: overdue, first in the deadline view.
  await page.getByTestId('checklist-add').click();
  await page.getByTestId('checklist-field-name').fill('Xin ý kiến lãnh đạo về thành phần khách mời');
  await page.getByTestId('checklist-field-unit').fill('Văn phòng');
  await page.getByTestId('checklist-field-person').fill('Đ/c Lê Thu Hà');
  await page.getByTestId('checklist-kind-date').check();
  await page.getByTestId('checklist-field-date').fill('02/01/2020');
  await page.getByTestId('checklist-field-time').fill('7h30');
  await page.screenshot({ path: path.join(SHOTS, 'checklist-panel.png') });
  await page.getByTestId('checklist-panel-save').click();
  await expect(page.getByTestId('checklist-panel')).toBeHidden();
  await expect(rows).toHaveCount(TOTAL + 1);
  const own = rows.filter({ hasText: 'Xin ý kiến lãnh đạo' });
  await expect(own).toHaveAttribute('data-state', 'overdue');
  await expect(own).toContainText('02/01/2020 07:30');
  await expect(own).toContainText('Quá hạn');
  await page.getByTestId('checklist-view-deadline').click();
  await expect(page.getByTestId('checklist-group').first()).toContainText('Quá hạn');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'checklist-deadline.png') });
  await expect(page.getByTestId('checklist-group').first().getByTestId('checklist-row').first()).toContainText('Xin ý kiến lãnh đạo');
  await page.getByTestId('checklist-view-owner').click();
  await expect(page.getByTestId('checklist-group').filter({ hasText: 'Văn phòng – Đ/c Lê Thu Hà' })).toHaveCount(1);

  // A holiday added in the app's list moves a working-day deadline: the invitations (D-3 working days of Friday 8/1/2027).
  await page.getByTestId('checklist-view-workstream').click();
  const invite = rows.filter({ hasText: 'Gửi giấy mời đại biểu' });
  await expect(invite).toContainText('05/01/2027');
  await page.getByTestId('checklist-holidays').click();
  await expect(page.getByTestId('holiday-list')).toContainText('Tết Nguyên đán');
  await page.getByTestId('holiday-date').fill('05/01/2027');
  await page.getByTestId('holiday-name').fill('Nghỉ của cơ quan');
  await page.getByTestId('holiday-add').click();
  await expect(page.getByTestId('holiday-list')).toContainText('Nghỉ của cơ quan');
  await page.keyboard.press('Escape');
  await expect(invite).toContainText('04/01/2027');
  // Moved to the Monday, the Tuesday is a working day again.
  await page.getByTestId('checklist-holidays').click();
  await page.getByTestId('holiday').filter({ hasText: 'Nghỉ của cơ quan' }).getByTestId('holiday-edit').click();
  await page.getByTestId('holiday-date').fill('04/01/2027');
  await page.screenshot({ path: path.join(SHOTS, 'checklist-holidays.png') });
  await page.getByTestId('holiday-add').click();
  await expect(page.getByTestId('holiday').filter({ hasText: 'Nghỉ của cơ quan' })).toContainText('04/01/2027');
  await page.keyboard.press('Escape');
  await expect(invite).toContainText('05/01/2027');

  // English is a switch away.
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('checklist-screen')).toContainText('Preparation checklist');
  await expect(page.getByTestId('checklist-group').first()).toContainText('Plan and budget');
  await expect(summary).toHaveText(`2 of ${TOTAL + 1} tasks done · 4%`);
  await page.getByTestId('lang-vi').click();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'checklist-screen.png') });

  // The morning meeting's sheet: by workstream, owners and deadlines, how far each has come.
  await page.getByTestId('checklist-print-button').click();
  await page.getByTestId('checklist-print-meeting').click();
  await expect(page.getByTestId('print-pages')).toBeVisible();
  const sheet = await printed(page, 'checklist-meeting');
  expect(sheet.flat).toContain('BẢNG PHÂN CÔNG CÔNG TÁC CHUẨN BỊ');
  expect(sheet.flat).toContain('Hội nghị tổng kết');
  expect(sheet.flat).toContain(`Đã xong 2/${TOTAL + 1}`);
  // The task added went to the panel's first workstream, the plan.
  expect(sheet.flat).toContain(`Kế hoạch và kinh phí (Đã xong 2/${planCount + 1})`);
  expect(sheet.flat).toContain('Gửi giấy mời đại biểu');
  expect(sheet.flat).toContain('D-3 (ngày làm việc)');
  expect(sheet.flat).toContain('Vụ Thi đua – Khen thưởng');
  expect(sheet.flat).toContain('Xin ý kiến lãnh đạo');
  expect(sheet.flat).toContain('Quá hạn');
  expect(sheet.text).toContain(`Trang ${sheet.pages}/${sheet.pages}`);
  await page.getByTestId('print-close').click();

  // Each owner's list: not done only, a page of its own for each.
  await page.getByTestId('checklist-print-button').click();
  await page.getByTestId('checklist-print-owners').click();
  await expect(page.getByTestId('print-pages')).toBeVisible();
  const owners = await printed(page, 'checklist-owners');
  expect(owners.flat).toContain('CÔNG VIỆC ĐƯỢC GIAO');
  const pages = owners.text.split('\f').filter((p) => p.trim());
  const units = new Set(YEAR_END_REVIEW_CHECKLIST.map((t) => t.unit));
  expect(owners.pages).toBeGreaterThanOrEqual(units.size + 1);
  const ha = pages.filter((p) => p.includes('Văn phòng – Đ/c Lê Thu Hà'));
  expect(ha).toHaveLength(1);
  expect(ha[0]).toContain('Xin ý kiến lãnh đạo');
  expect(ha[0]).not.toContain('Gửi giấy mời');
  // Done tasks are left out of the owners' lists by default.
  expect(owners.flat).not.toContain(YEAR_END_REVIEW_CHECKLIST[0]!.name.slice(0, 30));
});

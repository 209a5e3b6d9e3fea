import { newId, nowIso } from '../../db/clock';
import { dispatch } from '../../electron/main/dispatch';
import { badgeCode } from '../../shared/badges/qr-payload';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { foldForSearch } from '../../shared/text';
import { expect, test, type PreviewApp } from './fixtures';

async function api<N extends CallName>(app: PreviewApp, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store: app.store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

const printBadge = (app: PreviewApp, eventId: string, delegateId: string, issue: number) =>
  app.store.sqlite
    .prepare('INSERT INTO badge_prints (id, event_id, delegate_id, issue, template_id, printed_at) VALUES (?, ?, ?, ?, NULL, ?)')
    .run(newId(), eventId, delegateId, issue, nowIso());

test('the check-in desk: by typing, by a scanned code, a double check-in warned, a replaced badge refused, undo, counts', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  const [event] = await api(app, 'events.list', {});
  const eventId = event!.id;
  const people = await api(app, 'delegates.list', { eventId });
  const expected = people.filter((d) => d.status !== 'declined').length;
  const folded = (s: string) => foldForSearch(s);
  const unique = people.filter((d) => d.status !== 'declined' && people.filter((o) => folded(o.fullName) === folded(d.fullName)).length === 1);
  // A name with diacritics to type without them; two more to scan.
  const typed = unique.find((d) => folded(d.fullName) !== d.fullName.toLowerCase())!;
  const [scanned, replaced] = unique.filter((d) => d.id !== typed.id);

  await page.getByTestId('nav-checkin').click();
  const input = page.getByTestId('checkin-input');
  await expect(input).toBeFocused();
  const total = page.getByTestId('checkin-total');
  await expect(total).toHaveText(`0/${expected.toLocaleString('vi-VN')} đại biểu đã đến`);
  await expect(page.getByTestId('checkin-seniors').locator('li').first()).toBeVisible();

  // By typing, without diacritics: the results as one types, the delegate shown big, Enter checks in.
  await input.pressSequentially(folded(typed.fullName));
  await expect(page.getByTestId('checkin-results')).toContainText(typed.fullName);
  const card = page.getByTestId('checkin-person');
  await expect(card.locator('.checkin-name')).toHaveText(typed.fullName);
  await expect(card).toHaveAttribute('data-state', 'not-yet');
  await input.press('Enter');
  await expect(card).toHaveAttribute('data-state', 'checked-in');
  await expect(card).toHaveAttribute('data-delegate-id', typed.id);
  await expect(page.getByTestId('checkin-notice')).toHaveText(`Đã điểm danh ${typed.fullName}.`);
  await expect(page.getByTestId('checkin-when')).toContainText('tìm theo tên');
  await expect(input).toHaveValue('');
  await expect(total).toHaveText(`1/${expected.toLocaleString('vi-VN')} đại biểu đã đến`);

  // A USB scanner types the code and Enter.
  printBadge(app, eventId, scanned!.id, 1);
  await input.pressSequentially(badgeCode({ eventId, delegateId: scanned!.id, issue: 1 }));
  await input.press('Enter');
  await expect(card).toHaveAttribute('data-delegate-id', scanned!.id);
  await expect(card).toHaveAttribute('data-state', 'checked-in');
  await expect(page.getByTestId('checkin-when')).toContainText('quét thẻ');
  await expect(total).toHaveText(`2/${expected.toLocaleString('vi-VN')} đại biểu đã đến`);

  // The same badge again: warned, with the time and the desk, and announced; no second entry.
  await input.pressSequentially(badgeCode({ eventId, delegateId: scanned!.id, issue: 1 }));
  await input.press('Enter');
  const notice = page.getByTestId('checkin-notice');
  await expect(notice).toContainText('Đã điểm danh trước đó');
  await expect(notice).toContainText(`${scanned!.fullName} đã điểm danh lúc`);
  await expect(notice).toContainText('tại bàn');
  await expect(notice).toHaveAttribute('aria-live', 'assertive');
  await page.screenshot({ path: '/tmp/shots/checkin-desk-already.png' });
  await expect(total).toHaveText(`2/${expected.toLocaleString('vi-VN')} đại biểu đã đến`);
  // Typing the name and Enter is refused the same way.
  await input.pressSequentially(folded(typed.fullName));
  await expect(card.locator('.checkin-name')).toHaveText(typed.fullName);
  await input.press('Enter');
  await expect(notice).toContainText(`${typed.fullName} đã điểm danh lúc`);

  // A reprinted badge: the old code is refused, the new one lets them in.
  printBadge(app, eventId, replaced!.id, 1);
  printBadge(app, eventId, replaced!.id, 2);
  await input.pressSequentially(badgeCode({ eventId, delegateId: replaced!.id, issue: 1 }));
  await input.press('Enter');
  await expect(notice).toContainText('Thẻ đã được cấp lại');
  await expect(card).toHaveAttribute('data-delegate-id', replaced!.id);
  await expect(card).toHaveAttribute('data-state', 'not-yet');
  await expect(total).toHaveText(`2/${expected.toLocaleString('vi-VN')} đại biểu đã đến`);
  await input.pressSequentially(badgeCode({ eventId, delegateId: replaced!.id, issue: 2 }));
  await input.press('Enter');
  await expect(card).toHaveAttribute('data-state', 'checked-in');
  await expect(total).toHaveText(`3/${expected.toLocaleString('vi-VN')} đại biểu đã đến`);
  await page.screenshot({ path: '/tmp/shots/checkin-desk.png' });

  // Undo: the check-in is taken back, the counts follow.
  await page.getByTestId('checkin-undo').click();
  await expect(card).toHaveAttribute('data-state', 'not-yet');
  await expect(notice).toHaveText(`Đã hủy điểm danh ${replaced!.fullName}.`);
  await expect(total).toHaveText(`2/${expected.toLocaleString('vi-VN')} đại biểu đã đến`);
  const rows = app.store.sqlite.prepare('SELECT delegate_id FROM check_ins WHERE event_id = ?').pluck().all(eventId);
  expect(new Set(rows)).toEqual(new Set([typed.id, scanned!.id]));

  // The checked-in and the absent to .xlsx.
  const download = page.waitForEvent('download');
  await page.getByTestId('checkin-export').click();
  expect((await download).suggestedFilename()).toMatch(/^diem-danh-hoi-nghi-tong-ket.*\.xlsx$/);

  // English: the same shape.
  await page.getByTestId('lang-en').click();
  await expect(total).toHaveText(`2 of ${expected.toLocaleString('en-GB')} delegates arrived`);
  await expect(card).toContainText('Not checked in');
  await page.screenshot({ path: '/tmp/shots/checkin-desk-en.png' });
});

test('the senior guests at the door: the cut lowered to deputy department heads, the list grows, undone', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.getByTestId('nav-checkin').click();
  const cut = page.getByTestId('checkin-senior-cut');
  await expect(cut).toHaveValue('340');
  const seniors = page.getByTestId('checkin-seniors').locator('li');
  const before = await seniors.count();
  await cut.selectOption('600');
  await expect(seniors).not.toHaveCount(before);
  expect(await seniors.count()).toBeGreaterThan(before);
  expect(app.store.sqlite.prepare('SELECT senior_level FROM events').pluck().get()).toBe(600);
  await expect(page.getByTestId('undo-button')).toContainText('khách cấp cao');
  await page.getByTestId('undo-button').click();
  await expect(cut).toHaveValue('340');
  await expect(seniors).toHaveCount(before);
});

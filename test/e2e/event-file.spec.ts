import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../db/connection';
import { dispatch } from '../../electron/main/dispatch';
import type { Result } from '../../shared/result';
import { expect, test } from './fixtures';
import { seedPeople } from './seed';

const titleOf = (app: { store: { sqlite: { prepare(s: string): { pluck(): { get(...a: unknown[]): unknown } } } } }, name: string) =>
  app.store.sqlite.prepare('SELECT title FROM delegates WHERE full_name = ?').pluck().get(name);

test('an event file goes to another laptop and back: both edited the same title, the conflict is chosen, merged, and undone with Ctrl+Z', async ({
  app,
  page,
}) => {
  const { eventId } = await seedPeople(app.store.db, [
    { fullName: 'Nguyễn Văn An', title: 'Thứ trưởng', organization: 'Bộ Tài chính' },
    { fullName: 'Lê Thị Bình', title: 'Vụ trưởng', organization: 'Vụ Pháp chế' },
  ]);
  await app.open(page);
  await page.getByTestId('nav-events').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('evfile-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.hoinghi$/);
  await expect(page.getByTestId('toast-success').last()).toContainText(`Đã xuất tệp ${download.suggestedFilename()}`);
  const exported = fs.readFileSync(await download.path());

  // The other laptop (its own data file) takes the event and edits the two delegates.
  const other = await openStore(path.join(app.dataDir, 'other', 'hoi-nghi.sqlite'));
  const ctx = { store: other, appVersion: 'test', laptop: 'Tổ xếp chỗ' };
  const call = async <T>(name: string, input: unknown) => {
    const r = (await dispatch(name, input, ctx)) as Result<T>;
    if (!r.ok) throw new Error(r.error.message.en);
    return r.value;
  };
  await call('eventFile.import', { dataBase64: exported.toString('base64') });
  const theirs = await call<{ id: string; fullName: string; categoryId: string; organization: string }[]>('delegates.list', { eventId });
  for (const d of theirs)
    await call('delegates.update', {
      id: d.id,
      fullName: d.fullName,
      categoryId: d.categoryId,
      organization: d.organization,
      title: d.fullName === 'Nguyễn Văn An' ? 'Bộ trưởng Bộ Tài chính' : 'Vụ trưởng Vụ Pháp chế',
    });
  const back = path.join(app.dataDir, 'tu-to-xep-cho.hoinghi');
  fs.writeFileSync(back, Buffer.from((await call<{ dataBase64: string }>('eventFile.export', { eventId })).dataBase64, 'base64'));
  await other.close();

  // Meanwhile here, the same delegate's title is edited differently.
  await page.getByTestId('event-open').click();
  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegate-row').filter({ hasText: 'Nguyễn Văn An' }).click();
  await page.getByTestId('delegate-title').fill('Thứ trưởng Thường trực');
  await page.getByTestId('delegate-form-submit').click();
  await expect(page.getByTestId('delegate-form')).toBeHidden();

  await page.getByTestId('nav-events').click();
  await page.getByTestId('evfile-input').setInputFiles(back);
  const dialog = page.getByTestId('evfile-dialog');
  await expect(dialog.getByTestId('evfile-review')).toHaveAttribute('data-mode', 'merge');
  await expect(dialog.getByTestId('evfile-count').filter({ hasText: 'Đại biểu' }).locator('[data-count="updated"]')).toHaveText('1');
  const conflict = dialog.getByTestId('evfile-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('Nguyễn Văn An');
  await expect(conflict).toContainText('Chức vụ');
  await expect(conflict.getByTestId('evfile-value')).toHaveText(['Thứ trưởng Thường trực', 'Bộ trưởng Bộ Tài chính']);
  await expect(conflict).toContainText('Tổ xếp chỗ');
  await conflict.getByText('Lấy bản trong tệp').click();
  await dialog.getByTestId('evfile-apply').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast-success').last()).toContainText('Đã gộp tệp sự kiện');
  expect(titleOf(app, 'Nguyễn Văn An')).toBe('Bộ trưởng Bộ Tài chính');

  await page.getByTestId('event-open').click();
  await page.getByTestId('nav-delegates').click();
  await expect(page.getByTestId('delegate-row').filter({ hasText: 'Nguyễn Văn An' })).toContainText('Bộ trưởng Bộ Tài chính');
  await expect(page.getByTestId('delegate-row').filter({ hasText: 'Lê Thị Bình' })).toContainText('Vụ trưởng Vụ Pháp chế');

  // One entry in the history, one Ctrl+Z: the title typed here is back, the other laptop's edit gone.
  await page.getByTestId('nav-history').click();
  await expect(page.getByTestId('history-label').first()).toHaveText('Gộp tệp sự kiện từ Tổ xếp chỗ');
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('history-label').first()).toHaveText('Hoàn tác: Gộp tệp sự kiện từ Tổ xếp chỗ');
  expect(titleOf(app, 'Nguyễn Văn An')).toBe('Thứ trưởng Thường trực');
  expect(titleOf(app, 'Lê Thị Bình')).toBe('Vụ trưởng');
});

test('a tampered event file is refused in words and changes nothing', async ({ app, page }) => {
  const { eventId } = await seedPeople(app.store.db, [{ fullName: 'Nguyễn Văn An', title: 'Thứ trưởng', organization: 'Bộ Tài chính' }]);
  const r = (await dispatch('eventFile.export', { eventId }, { store: app.store, appVersion: 'test' })) as Result<{ dataBase64: string }>;
  if (!r.ok) throw new Error(r.error.message.en);
  const bytes = Buffer.from(r.value.dataBase64, 'base64');
  bytes[bytes.length - 30]! ^= 0x20;
  await app.open(page);
  await page.getByTestId('nav-events').click();
  await page.getByTestId('evfile-input').setInputFiles({ name: 'hoi-nghi.hoinghi', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(page.getByTestId('evfile-error')).toContainText('Tệp sự kiện đã bị sửa đổi hoặc hỏng (mã kiểm tra không khớp).');
  await expect(page.getByTestId('evfile-apply')).toHaveCount(0);
  await page.getByTestId('evfile-dialog').getByRole('button', { name: 'Huỷ' }).click();
  expect(app.store.sqlite.prepare('SELECT count(*) FROM change_sets').pluck().get()).toBe(0);
});

import path from 'node:path';
import { newId, nowIso } from '../../db/clock';
import { openStore } from '../../db/connection';
import { startPreviewServer } from '../../electron/preview/server';
import { dispatch } from '../../electron/main/dispatch';
import { badgeCode } from '../../shared/badges/qr-payload';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { Browser, Page } from '@playwright/test';
import { expect, test, type PreviewApp } from './fixtures';

async function api<N extends CallName>(app: PreviewApp, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store: app.store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** The demo event open on the host, two of its delegates with a printed badge (their codes). */
async function demoWithBadges(app: PreviewApp, page: Page) {
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  const event = (await api(app, 'events.list', {}))[0]!;
  const people = (await api(app, 'delegates.list', { eventId: event.id })).filter((d) => d.status !== 'declined');
  const codes = people.slice(0, 2).map((d) => {
    app.store.sqlite
      .prepare('INSERT INTO badge_prints (id, event_id, delegate_id, issue, template_id, printed_at) VALUES (?, ?, ?, 1, NULL, ?)')
      .run(newId(), event.id, d.id, nowIso());
    return badgeCode({ eventId: event.id, delegateId: d.id, issue: 1 });
  });
  return { event, people, codes };
}

/**
 * A second laptop with the app, as a desk of this one: its own data file holding the event (as an
 * event file would bring it) and its own app; the host opened on 127.0.0.1 and the laptop joined.
 */
async function laptopDesk(app: PreviewApp, page: Page, browser: Browser, eventId: string) {
  await api(app, 'settings.update', { lastEventId: eventId });
  const copyFile = path.join(app.dataDir, 'copy.sqlite');
  await app.store.sqlite.backup(copyFile);
  const copy = await openStore(copyFile);
  const second = await startPreviewServer({
    store: copy,
    appVersion: 'test',
    rendererDir: path.resolve(__dirname, '../../dist/renderer'),
    laptop: 'Laptop lễ tân',
  });
  await page.getByTestId('nav-checkin').click();
  await page.getByTestId('desks-address').selectOption('127.0.0.1');
  await page.getByTestId('desks-port').fill('');
  await page.getByTestId('desks-open').click();
  const url = (await page.getByTestId('desks-url').textContent())!;
  const code = (await page.getByTestId('desks-code').textContent())!;
  const ctx = await browser.newContext();
  const desk = await ctx.newPage();
  await desk.goto(second.url);
  await expect(desk.locator('[data-app-ready="true"]')).toBeVisible();
  await desk.getByTestId('nav-checkin').click();
  await desk.getByTestId('join-panel').locator('summary').click();
  await desk.getByTestId('join-url').fill(url);
  await desk.getByTestId('join-code').fill(code);
  await desk.getByTestId('join-submit').click();
  await expect(desk.getByTestId('join-bar')).toContainText(`Bàn phụ “Bàn 3” của máy chủ ${url}`);
  return {
    desk,
    copy,
    url,
    async close() {
      await ctx.close();
      await second.close();
      await copy.close();
    },
  };
}

test('desks on the network: the host opens to 127.0.0.1, a desk pairs and scans, the counts move, revoke, the host gone and back', async ({
  app,
  page,
  browser,
}) => {
  const { event, codes } = await demoWithBadges(app, page);

  // The host: its check-in screen, "Mở cho các bàn khác" on 127.0.0.1, the port left to the system.
  await page.getByTestId('nav-checkin').click();
  const total = page.getByTestId('checkin-total');
  await expect(total).toContainText('0/');
  const panel = page.getByTestId('desks-panel');
  await expect(panel).toContainText('Mở cho các bàn khác');
  await panel.getByTestId('desks-address').selectOption('127.0.0.1');
  await panel.getByTestId('desks-port').fill('');
  await panel.getByTestId('desks-open').click();
  const url = (await panel.getByTestId('desks-url').textContent())!;
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const code = (await panel.getByTestId('desks-code').textContent())!;
  expect(code).toMatch(/^\d{6}$/);
  await expect(panel.getByTestId('desks-qr')).toHaveAttribute('data-text', `${url}#ma=${code}`);
  await expect(panel.getByTestId('desks-qr').locator('path')).toHaveAttribute('d', /^M/);

  // A desk: another browser, the address from the QR code (the code filled in), pairing only.
  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await desk.goto(`${url}#ma=${code}`);
  await expect(desk.getByTestId('desk-code')).toHaveValue(code);
  await expect(desk.getByTestId('checkin-screen')).toHaveCount(0);
  await desk.getByTestId('desk-name').fill('Bàn 2');
  await desk.getByTestId('desk-pair-submit').click();
  await expect(desk.getByTestId('desk-bar')).toContainText(`Bàn 2 · ${event.name}`);
  await expect(desk.getByTestId('checkin-screen')).toBeVisible();
  // Only the check-in: no sidebar, no other screen, no export.
  await expect(desk.getByTestId('nav-delegates')).toHaveCount(0);
  await expect(desk.getByTestId('checkin-export')).toHaveCount(0);
  await expect(desk.getByTestId('desks-panel')).toHaveCount(0);

  const input = desk.getByTestId('checkin-input');
  await input.pressSequentially(codes[0]!);
  await input.press('Enter');
  const card = desk.getByTestId('checkin-person');
  await expect(card).toHaveAttribute('data-state', 'checked-in');
  await expect(desk.getByTestId('checkin-when')).toContainText('tại bàn “Bàn 2”');
  // The same badge again: one check-in, one clear warning.
  await input.pressSequentially(codes[0]!);
  await input.press('Enter');
  await expect(desk.getByTestId('checkin-notice')).toContainText('Đã điểm danh trước đó');
  await expect(desk.getByTestId('checkin-notice')).toContainText('tại bàn “Bàn 2”');
  // The host's counts and its list of desks move by themselves.
  await expect(total).toContainText('1/');
  const row = panel.locator('[data-testid="desks-row"][data-desk="Bàn 2"]');
  await expect(row.getByTestId('desks-scans')).toHaveText('2');
  expect(app.store.sqlite.prepare('SELECT desk FROM check_ins').pluck().all()).toEqual(['Bàn 2']);

  // Revoked: the desk's next heartbeat sends it back to pairing, saying why.
  await row.getByTestId('desks-revoke').click();
  await expect(desk.getByTestId('desk-notice')).toHaveText('Máy chủ đã thu hồi quyền của bàn này. Hãy ghép nối lại bằng mã mới.', { timeout: 4_000 });
  await expect(desk.getByTestId('checkin-screen')).toHaveCount(0);
  // The revoked device knew the code: the host has a new one, and the desk's page kept none of the link's.
  await expect(panel.getByTestId('desks-code')).not.toHaveText(code);
  const fresh = (await panel.getByTestId('desks-code').textContent())!;
  await expect(desk.getByTestId('desk-code')).toHaveValue('');

  // Paired again with the new code, then the host closes: the desk says so at once and scanning stops.
  await desk.getByTestId('desk-code').fill(fresh);
  await desk.getByTestId('desk-pair-submit').click();
  await expect(desk.getByTestId('checkin-screen')).toBeVisible();
  await panel.getByTestId('desks-close').click();
  await expect(panel.getByTestId('desks-open')).toBeVisible();
  await expect(desk.getByTestId('desk-lost')).toContainText('Mất kết nối với máy chủ', { timeout: 3_000 });
  await expect(desk.getByTestId('checkin-input')).toBeDisabled();
  expect(app.store.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(1);

  // Opened again at the same address and port, as after a restart: the desk is back by itself, no code typed.
  await panel.getByTestId('desks-port').fill(new URL(url).port);
  await panel.getByTestId('desks-open').click();
  await expect(panel.getByTestId('desks-url')).toHaveText(url);
  await expect(desk.getByTestId('desk-lost')).toHaveCount(0, { timeout: 4_000 });
  await input.pressSequentially(codes[1]!);
  await input.press('Enter');
  await expect(card).toHaveAttribute('data-state', 'checked-in');
  expect(app.store.sqlite.prepare('SELECT desk FROM check_ins').pluck().all()).toEqual(['Bàn 2', 'Bàn 2']);
  await deskContext.close();
});

test('a laptop with the app as a desk: pairs, scans into the host, its own copy when the host is lost, merged back with no double entry', async ({
  app,
  page,
  browser,
}) => {
  const { event, people, codes } = await demoWithBadges(app, page);
  const { desk, copy, close } = await laptopDesk(app, page, browser, event.id);
  try {
    const input = desk.getByTestId('checkin-input');
    await input.pressSequentially(codes[0]!);
    await input.press('Enter');
    await expect(desk.getByTestId('checkin-when')).toContainText('tại bàn “Bàn 3”');
    expect(app.store.sqlite.prepare('SELECT desk FROM check_ins').pluck().all()).toEqual(['Bàn 3']);
    expect(copy.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(0);

    // The host stops: said at once, scanning off, the switch to this laptop's copy offered.
    await page.getByTestId('desks-close').click();
    await expect(desk.getByTestId('join-lost')).toContainText('Mất kết nối với máy chủ', { timeout: 3_000 });
    await expect(input).toBeDisabled();
    await desk.getByTestId('join-go-local').click();
    await expect(desk.getByTestId('join-local')).toContainText('BẢN SAO TRÊN MÁY NÀY');
    await input.pressSequentially(codes[1]!);
    await input.press('Enter');
    await expect(desk.getByTestId('checkin-when')).toContainText('tại bàn “Laptop lễ tân”');
    // The first badge again on the copy: that delegate was let in by the host, which the copy cannot know.
    await input.pressSequentially(codes[0]!);
    await input.press('Enter');
    await expect(desk.getByTestId('checkin-person')).toHaveAttribute('data-state', 'checked-in');
    expect(copy.sqlite.prepare('SELECT desk FROM check_ins ORDER BY checked_at').pluck().all()).toEqual(['Laptop lễ tân', 'Laptop lễ tân']);
    expect(app.store.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(1);

    // Later, the copy's event file is merged back into the host: the new check-in taken, the
    // delegate let in on both kept once (the host's, earlier), and the same file again adds nothing.
    await desk.getByTestId('nav-events').click();
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByTestId('evfile-export').click()]);
    const eventFile = path.join(app.dataDir, 'le-tan.hoinghi');
    await download.saveAs(eventFile);
    await page.getByTestId('nav-events').click();
    await page.getByTestId('evfile-input').setInputFiles(eventFile);
    const dialog = page.getByTestId('evfile-dialog');
    await expect(dialog.getByTestId('evfile-review')).toHaveAttribute('data-mode', 'merge');
    await expect(dialog.getByTestId('evfile-checkins-here')).toBeVisible();
    await dialog.getByTestId('evfile-apply').click();
    await expect(dialog).toBeHidden();
    const checkIns = () => app.store.sqlite.prepare('SELECT delegate_id, desk FROM check_ins ORDER BY checked_at').all();
    const merged = [
      { delegate_id: people[0]!.id, desk: 'Bàn 3' },
      { delegate_id: people[1]!.id, desk: 'Laptop lễ tân' },
    ];
    expect(checkIns()).toEqual(merged);
    await page.getByTestId('evfile-input').setInputFiles(eventFile);
    await expect(dialog.getByTestId('evfile-nothing-new')).toBeVisible();
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    expect(checkIns()).toEqual(merged);
  } finally {
    await close();
  }
});

test('a laptop desk the host revokes stops scanning until told to go on in its own data', async ({ app, page, browser }) => {
  const { event } = await demoWithBadges(app, page);
  const { desk, close } = await laptopDesk(app, page, browser, event.id);
  try {
    await page.locator('[data-testid="desks-row"][data-desk="Bàn 3"]').getByTestId('desks-revoke').click();
    await expect(desk.getByTestId('join-stopped')).toContainText('Máy chủ đã thu hồi quyền của bàn này', { timeout: 5_000 });
    await expect(desk.getByTestId('checkin-input')).toBeDisabled();
    await desk.getByTestId('join-work-here').click();
    await expect(desk.getByTestId('join-stopped')).toHaveCount(0);
    await expect(desk.getByTestId('checkin-input')).toBeEnabled();
  } finally {
    await close();
  }
});

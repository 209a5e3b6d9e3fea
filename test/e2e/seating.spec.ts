import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { PlanSeat } from '../../shared/contract/seating';
import { mapGeometry } from '../../shared/seating/map-geometry';
import { fitToScreen, toScreen, type Viewpoint } from '../../shared/seating/viewport';
import { expect, test, type PreviewApp } from './fixtures';

/** The real dispatch on the test's store: to read what the screens wrote. */
async function api<N extends CallName>(app: PreviewApp, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store: app.store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

/** Where a seat is on the page when the map is fitted (the same sums the map uses). */
async function seatPoint(page: Page, seats: readonly PlanSeat[], seat: PlanSeat, viewpoint: Viewpoint = 'audience') {
  const box = (await page.getByTestId('seat-map').boundingBox())!;
  const vp = fitToScreen(mapGeometry(seats, 'audience').bounds, box.width, box.height, viewpoint);
  const p = toScreen(vp, seat.x, seat.y);
  return { x: box.x + p.x, y: box.y + p.y };
}

async function openDemoSeating(app: PreviewApp, page: Page) {
  await app.open(page);
  await page.getByTestId('welcome-open-demo').click();
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.getByTestId('nav-seating').click();
  await expect(page.getByTestId('seating-empty')).toBeVisible();
}

async function buildPlan(page: Page) {
  await page.getByTestId('seating-new-plan').click();
  await page.getByTestId('plan-presidium-seats').fill('5');
  await page.getByTestId('plan-area-0-rows').fill('12');
  await page.getByTestId('plan-area-0-seats').fill('20');
  await expect(page.getByTestId('plan-form-total')).toHaveText('Tổng cộng 245 ghế');
  await page.getByTestId('plan-form-submit').click();
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-painted', '245');
}

test('a plan from numbers, a presidium, protocol auto-seating, checked in the centre and on each side, then undone', async ({ app, page }) => {
  await openDemoSeating(app, page);
  await buildPlan(page);
  const eventId = (await app.store.db.selectFrom('events').select('id').executeTakeFirstOrThrow()).id;
  const order = await api(app, 'precedence.order', { eventId });
  const names = new Map((await api(app, 'delegates.list', { eventId })).map((d) => [d.id, d.fullName]));
  const top = order.entries.slice(0, 3).map((e) => names.get(e.id)!);

  // The three most senior onto the presidium, chosen in the side list out of order.
  await page.getByTestId('seating-filter-all').click();
  for (const name of [top[2]!, top[0]!, top[1]!]) {
    await page.getByTestId('seating-search').fill(name);
    await page.getByTestId('seating-side-item').filter({ hasText: name }).first().getByTestId('seating-presidium-toggle').click();
    await expect(page.getByTestId('seating-side-item').filter({ hasText: name }).first().getByTestId('seating-presidium-toggle')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
  await page.getByTestId('seating-search').fill('');

  await page.getByTestId('seating-autoseat').click();
  await expect(page.getByTestId('autoseat-preview')).toBeVisible();
  const plan = (await api(app, 'seating.plans', { eventId }))[0]!;
  const preview = await api(app, 'seating.previewAutoSeat', { planId: plan.id, mode: 'all' });
  await expect(page.getByTestId('autoseat-seated')).toHaveText(String(preview.seated));
  await expect(page.getByTestId('autoseat-reason-declined')).toBeVisible();
  await page.getByTestId('autoseat-run').click();
  await expect(page.getByTestId('seat-count-seated')).toContainText(String(preview.seated));

  // On stage, seen from the stage: No.1 in the centre, No.2 on his right (the audience's left), No.3 on his left.
  const { seats } = await api(app, 'seating.plan', { planId: plan.id });
  const stage = seats.filter((s) => s.zone === 'presidium').sort((a, b) => a.x - b.x);
  const sitter = (s: PlanSeat | undefined) => (s?.delegateId ? names.get(s.delegateId) : undefined);
  expect(sitter(stage[2])).toBe(top[0]);
  expect(sitter(stage[1])).toBe(top[1]);
  expect(sitter(stage[3])).toBe(top[2]);

  // The screen says the same: click the centre seat, the panel names No.1.
  const centre = await seatPoint(page, seats, stage[2]!);
  await page.mouse.click(centre.x, centre.y);
  await expect(page.getByTestId('seat-occupant')).toContainText(top[0]!);
  await expect(page.getByTestId('seat-announce')).toContainText(top[0]!);
  // Turned round, No.2 is on the screen's left of No.1.
  await page.getByTestId('seat-map-view-stage').click();
  await expect(page.getByTestId('seat-map-viewpoint')).toHaveText('Nhìn từ sân khấu xuống hội trường');
  await page.getByTestId('seat-map-fit').click();
  const right = await seatPoint(page, seats, stage[1]!, 'stage');
  const mid = await seatPoint(page, seats, stage[2]!, 'stage');
  expect(right.x).toBeGreaterThan(mid.x);
  await page.mouse.click(right.x, right.y);
  await expect(page.getByTestId('seat-occupant')).toContainText(top[1]!);

  // Found by name (diacritics optional), No.3's seat lights up and the panel names it.
  await page.getByTestId('seating-search').fill(
    top[2]!
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd'),
  );
  await page.getByTestId('seating-search').press('Enter');
  await expect(page.getByTestId('seat-occupant')).toContainText(top[2]!);
  await expect(page.getByTestId('seat-panel-title')).toHaveText(`Đoàn Chủ tịch, hàng 1, ghế ${stage[3]!.number}`);
  await page.getByTestId('seating-search').fill('');
  // Hovering a seat says who sits there.
  await page.getByTestId('seat-map-fit').click();
  const hovered = await seatPoint(page, seats, stage[2]!, 'stage');
  await page.mouse.move(hovered.x, hovered.y);
  await expect(page.getByTestId('seat-map-tip')).toContainText(top[0]!);

  // One Ctrl+Z undoes the whole auto-seating.
  await page.getByTestId('seat-map-view-audience').click();
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('seat-count-seated')).toContainText(': 0');
  const after = await api(app, 'seating.plan', { planId: plan.id });
  expect(after.seats.filter((s) => s.delegateId)).toHaveLength(0);
});

test('by hand: drag a delegate onto a seat, drag one occupant onto another to swap, and seat with the keyboard', async ({ app, page }) => {
  await openDemoSeating(app, page);
  await buildPlan(page);
  const eventId = (await app.store.db.selectFrom('events').select('id').executeTakeFirstOrThrow()).id;
  const plan = (await api(app, 'seating.plans', { eventId }))[0]!;
  let { seats } = await api(app, 'seating.plan', { planId: plan.id });
  const hall = seats.filter((s) => s.zone === 'hall');
  const a1 = hall.find((s) => s.rowLabel === 'A' && s.number === 1)!;
  const c5 = hall.find((s) => s.rowLabel === 'C' && s.number === 5)!;

  // Drag the first unseated delegate from the list onto A-1.
  const first = page.getByTestId('seating-side-item').first();
  const firstId = (await first.getAttribute('data-delegate-id'))!;
  const box = (await page.getByTestId('seat-map').boundingBox())!;
  const at = await seatPoint(page, seats, a1);
  await first.dragTo(page.getByTestId('seat-map'), { targetPosition: { x: at.x - box.x, y: at.y - box.y } });
  await expect.poll(async () => (await api(app, 'seating.plan', { planId: plan.id })).seats.find((s) => s.id === a1.id)?.delegateId).toBe(firstId);

  // A second one onto C-5, then drag C-5's occupant onto A-1: they trade seats.
  const second = page.getByTestId('seating-side-item').first();
  const secondId = (await second.getAttribute('data-delegate-id'))!;
  const at2 = await seatPoint(page, seats, c5);
  await second.dragTo(page.getByTestId('seat-map'), { targetPosition: { x: at2.x - box.x, y: at2.y - box.y } });
  await expect.poll(async () => (await api(app, 'seating.plan', { planId: plan.id })).seats.find((s) => s.id === c5.id)?.delegateId).toBe(secondId);
  // The legend may have grown with a new category and the map refitted: read the places again.
  const from = await seatPoint(page, seats, c5);
  const to = await seatPoint(page, seats, a1);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      ({ seats } = await api(app, 'seating.plan', { planId: plan.id }));
      return [seats.find((s) => s.id === a1.id)?.delegateId, seats.find((s) => s.id === c5.id)?.delegateId];
    })
    .toEqual([secondId, firstId]);

  // Keyboard: on A-1, Enter picks its occupant; odd numbers run to the right of the centre, so the right arrow reaches A-3; Enter puts him down.
  await page.mouse.click(to.x, to.y);
  await expect(page.getByTestId('seat-panel-title')).toHaveText('Hàng A, ghế 1');
  await page.getByTestId('seat-map').press('Enter');
  await page.getByTestId('seat-map').press('ArrowRight');
  await expect(page.getByTestId('seat-announce')).toContainText('Hàng A, ghế 3: Ghế trống');
  await page.getByTestId('seat-map').press('Enter');
  await expect
    .poll(
      async () =>
        (await api(app, 'seating.plan', { planId: plan.id })).seats.find((s) => s.rowLabel === 'A' && s.number === 3 && s.zone === 'hall')?.delegateId,
    )
    .toBe(secondId);
  // The screen has the answer too (the database answers first): only then does Delete see him there.
  await expect(page.getByTestId('seat-announce')).toContainText(': Hàng A, ghế 3');
  // Delete empties the focused seat; the delegate list then shows where everyone sits.
  await page.getByTestId('seat-map').press('Delete');
  await expect(page.getByTestId('seat-announce')).toContainText('Hàng A, ghế 3 đã trống');
  const names = new Map((await api(app, 'delegates.list', { eventId })).map((d) => [d.id, d.fullName]));
  await page.getByTestId('nav-delegates').click();
  await page.getByTestId('delegates-search').fill(names.get(firstId)!);
  await page
    .getByTestId('delegate-row')
    .filter({ hasText: names.get(firstId)! })
    .first()
    .click();
  await expect(page.getByTestId('delegate-seat')).toHaveText('Chỗ ngồi: Hội trường chính: Hàng C, ghế 5');
});

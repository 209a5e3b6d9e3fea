/**
 * The check-in desk in Chromium, through the real preview server and the built renderer (run
 * `npm run build` first): 5,000 delegates (test/bench/seating-hall.ts), all seated in one 5,020-seat
 * plan by `seating.autoSeat`, each with a printed badge. `npm run bench -- checkin` prints:
 *   {"bench":"checkin-scan","ms":…,"p95":…,"target":50,"runs":…}
 *       a badge's code typed into the desk's input as a USB scanner does, then its Enter -> the
 *       delegate shown as checked in (name, seat…): `checkin.checkIn` over the preview's HTTP (its
 *       transaction committed, synchronous=FULL, before it answers), React's render. Timed in the
 *       page from the Enter keydown's timeStamp; `ms` the median, `paintedP95` until the frame
 *       holding it was painted. Every scan is a different delegate; the check-ins are counted after.
 * BENCH_RUNS (default 200) scans, after 10 not counted.
 */
import { newId, nowIso } from '../../db/clock';
import { updateSettings } from '../../db/settings';
import { badgeCode } from '../../shared/badges/qr-payload';
import { armScan, median, scanTimes, openPreview, pct, round } from './chromium-bench';
import { call, createHallPlan, seedHallEvent } from './seating-hall';

const PEOPLE = 5000;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 10;
const TARGET = 50;
const NUMBERS = { presidium: { rows: 1, seats: 20 }, areas: [{ name: 'Tầng 1', rows: 100, seatsPerRow: 50, aisles: 3 }] };

async function main() {
  let eventId = '';
  let ids: string[] = [];
  const { url, browser, store, close } = await openPreview(async (s) => {
    ({ eventId, ids } = await seedHallEvent(s, PEOPLE, ['delegate', 'delegate', 'delegate', 'guest', 'reporter', 'staff']));
    const planId = await createHallPlan(s, eventId, ids, 'Hội trường chính', NUMBERS);
    await call(s, 'seating.autoSeat', { planId, mode: 'all' });
    const insert = s.sqlite.prepare('INSERT INTO badge_prints (id, event_id, delegate_id, issue, template_id, printed_at) VALUES (?, ?, ?, 1, NULL, ?)');
    s.sqlite.transaction(() => {
      for (const id of ids) insert.run(newId(), eventId, id, nowIso());
    })();
    await updateSettings(s.db, { lastEventId: eventId });
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'vi-VN' });
    await page.goto(url);
    await page.locator('[data-app-ready="true"]').waitFor();
    await page.getByTestId('nav-checkin').click();
    const input = page.getByTestId('checkin-input');
    await page.getByTestId('checkin-total').waitFor();
    const shown: number[] = [];
    const painted: number[] = [];
    // Every 20th delegate: spread over the hall, each scanned once.
    const order = ids.filter((_, i) => i % 20 === 3).slice(0, RUNS + WARMUP);
    for (let i = 0; i < order.length; i++) {
      const id = order[i]!;
      await input.pressSequentially(badgeCode({ eventId, delegateId: id, issue: 1 }));
      await armScan(page, id);
      await input.press('Enter');
      const t = await scanTimes(page);
      if (i >= WARMUP) {
        shown.push(t.shown);
        painted.push(t.painted);
      }
      // The desk between two guests: the counts' refresh settles.
      await page.waitForTimeout(30);
    }
    const written = store.sqlite.prepare('SELECT count(*) FROM check_ins WHERE event_id = ?').pluck().get(eventId) as number;
    if (written !== order.length) throw new Error(`${written} check-ins written for ${order.length} scans`);
    console.log(
      JSON.stringify({
        bench: 'checkin-scan',
        ms: round(median(shown)),
        p95: round(pct(shown, 0.95)),
        target: TARGET,
        paintedP95: round(pct(painted, 0.95)),
        max: round(Math.max(...shown)),
        delegates: PEOPLE,
        runs: shown.length,
      }),
    );
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * Two desks at the door, the full run: the host and two desks as three processes over loopback
 * (test/bench/desks/run.ts), 5,000 delegates with printed badges, each badge scanned once by each
 * desk at the same time (10,000 scans). `npm run bench -- desks` prints:
 *   {"bench":"desks-two-5000-p95","ms":…,"target":100,…}  from a desk's scan to the host's answer
 *       (over HTTP, the check-in committed with synchronous=FULL), the 95th percentile of 10,000;
 *   {"bench":"desks-two-5000-total","ms":…}  from the common start until both desks were done;
 *   {"bench":"desks-screen-p95","ms":…,"target":100,…}  a third desk in Chromium (the real desk
 *       page served by the host's LAN server to a paired browser) scanning BENCH_SCREEN (200) more
 *       badges while the two scan theirs: from the Enter of the scan to the delegate shown checked
 *       in on its screen (and `paintedP95` to the painted frame), the 95th percentile.
 * It fails unless there are exactly 5,000 + 200 check-ins, 5,000 warnings and nothing else.
 * Run `npm run build` first (the desk page is the built renderer).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { armScan, median, pct, round, scanTimes } from './chromium-bench';
import { twoDeskRun, type ThirdDesk } from './desks/run';

const BADGES = Number(process.env.BENCH_BADGES ?? 5000);
const SCREEN = Number(process.env.BENCH_SCREEN ?? 200);
const WARMUP = 5;

/** The browser desk: pairs, waits for the common start, then scans its badges as a USB scanner types. */
function browserDesk(times: { shown: number[]; painted: number[]; ms: number }): ThirdDesk {
  const rendererDir = path.resolve(process.cwd(), 'dist/renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first.');
  return {
    badges: SCREEN + WARMUP,
    rendererDir,
    async run({ url, code, badges, startAt }) {
      const browser = await chromium.launch(chromiumLaunchOptions());
      try {
        const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'vi-VN' });
        await page.goto(`${url}#ma=${code}`);
        await page.getByTestId('desk-name').fill('Bàn C');
        await page.getByTestId('desk-pair-submit').click();
        const input = page.getByTestId('checkin-input');
        await input.waitFor();
        // The warm-up before the start; the counted scans from it, while the other two desks scan.
        for (const [i, b] of badges.entries()) {
          if (i === WARMUP) await page.waitForTimeout(Math.max(0, startAt - Date.now()));
          await input.fill(b.code);
          await armScan(page, b.delegateId);
          await input.press('Enter');
          const t = await scanTimes(page);
          if (i < WARMUP) continue;
          times.shown.push(t.shown);
          times.painted.push(t.painted);
        }
        times.ms = Date.now() - startAt;
      } finally {
        await browser.close();
      }
    },
  };
}

async function main() {
  const screen = { shown: [] as number[], painted: [] as number[], ms: 0 };
  const r = await twoDeskRun(BADGES, SCREEN > 0 ? browserDesk(screen) : undefined);
  const ok = r.desks.reduce((s, d) => s + d.ok, 0);
  const already = r.desks.reduce((s, d) => s + d.already, 0);
  const other = r.desks.flatMap((d) => d.other);
  const middle = [...r.desks.flatMap((d) => d.ms)].sort((a, b) => a - b)[BADGES]!;
  console.log(
    JSON.stringify({ bench: `desks-two-${BADGES}-p95`, ms: Math.round(r.p95 * 10) / 10, median: Math.round(middle * 10) / 10, target: 100, scans: 2 * BADGES }),
  );
  console.log(JSON.stringify({ bench: `desks-two-${BADGES}-total`, ms: r.totalMs, checkIns: r.checkIns, warned: already, byDesk: r.byDesk }));
  if (SCREEN > 0)
    console.log(
      JSON.stringify({
        bench: 'desks-screen-p95',
        ms: round(pct(screen.shown, 0.95)),
        median: round(median(screen.shown)),
        paintedP95: round(pct(screen.painted, 0.95)),
        target: 100,
        scans: screen.shown.length,
        // Its scans all fell while the two desks scanned theirs (from the common start).
        ms_total: screen.ms,
        othersTotalMs: r.totalMs,
      }),
    );
  const expected = BADGES + (SCREEN > 0 ? SCREEN + WARMUP : 0);
  if (r.checkIns !== expected || ok !== BADGES || already !== BADGES || other.length || r.recorded !== expected) {
    console.error(
      `wrong outcome: ${r.checkIns} check-ins (expected ${expected}), ${ok} ok, ${already} warned, ${other.length} other (${other.slice(0, 3).join('; ')}), ${r.recorded} recorded`,
    );
    process.exit(1);
  }
}
void main();

/**
 * The 10,000-delegate list in Chromium: first paint of the list and the cost of each keystroke of a
 * search, through the real preview server and the built renderer (run `npm run build` first).
 * `npm run bench -- render` (node test/bench/all.mjs render) prints one JSON line per figure:
 *   {"bench":"render-10000","ms":…}          click on "Đại biểu" -> first rows painted (data loaded)
 *   {"bench":"load-render-10000","ms":…}     navigation start -> first rows painted (cold: boot, loading
 *                                            the 10,000 delegates over the preview's HTTP, indexing, drawing)
 *   {"bench":"index-10000","ms":…}           folding, ranking and name-ordering the list (done while idle
 *                                            after it loads, so not part of render-10000)
 *   {"bench":"search-10000","p50":…,"p95":…,"max":…,"n":…}            the search itself, per keystroke, in the page
 *   {"bench":"search-keystroke-10000","p50":…,"p95":…,"max":…,"n":…,"workP50":…,"workP95":…}
 *       p50/p95/max: input event -> list showing it painted (includes the wait for the display's next frame);
 *       work: the main thread's busy time per keystroke (script, style, layout, paint), from a trace
 * Each figure is the median of a few runs (BENCH_RUNS, default 5); the keystroke figures pool every
 * keystroke of every run. BENCH_COUNT changes the list size.
 */
import type { CDPSession, Page } from '@playwright/test';
import { seedLargeEvent } from '../e2e/seed';
import { busyBetween, busySpans, median, openPreview, pct, round, traceWhile } from './chromium-bench';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PHRASES = ['nguyen van hoa', 'dang thi thuy', 'vu phap che', '0912'];

/** In the page: click the delegates section and resolve once its first rows have been painted. */
function clickAndTimePaint(page: Page): Promise<{ sinceClick: number; sinceNavigation: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        (document.querySelector('[data-testid="nav-delegates"]') as HTMLElement).click();
        const check = () => {
          if (document.querySelector('[data-testid="delegate-row"]')) {
            // Rows are in this frame: a message posted now is handled after the frame is painted.
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve({ sinceClick: performance.now() - t0, sinceNavigation: performance.now() });
            ch.port2.postMessage(0);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** In the page: type the phrase letter by letter; per letter, the time until the list showing it is painted. */
function typeAndTime(page: Page, phrase: string): Promise<number[]> {
  return page.evaluate(
    (text) =>
      new Promise<number[]>((resolve) => {
        const input = document.querySelector('[data-testid="delegates-search"]') as HTMLInputElement;
        const table = () => document.querySelector('[data-testid="delegates-table"], [data-testid="delegates-no-match"]') as HTMLElement | null;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const times: number[] = [];
        const step = (n: number) => {
          if (n > text.length) {
            resolve(times);
            return;
          }
          const q = text.slice(0, n);
          const t0 = performance.now();
          setValue.call(input, q);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const wait = () => {
            if (table()?.getAttribute('data-query') === q) {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => {
                times.push(performance.now() - t0);
                setTimeout(() => step(n + 1), 30);
              };
              ch.port2.postMessage(0);
            } else requestAnimationFrame(wait);
          };
          requestAnimationFrame(wait);
        };
        setValue.call(input, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => step(1), 100);
      }),
    phrase,
  );
}

/** Records the renderer's main thread while `run` types; answers the busy time per keystroke. */
async function workPerKeystroke(cdp: CDPSession, run: () => Promise<unknown>): Promise<number[]> {
  const { main } = await traceWhile(cdp, ['devtools.timeline', 'toplevel'], run);
  // Each keystroke starts with its input event; its work is every task until the next one.
  const starts = main
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const busy = busySpans(main);
  return starts.map((start, i) => busyBetween(busy, start, starts[i + 1] ?? Infinity));
}

async function main() {
  const { url, browser, close } = await openPreview(async (store) => {
    await seedLargeEvent(store.db, COUNT);
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'vi-VN' });
    const warm: number[] = [];
    const cold: number[] = [];
    const indexing: number[] = [];
    const keys: number[] = [];
    const searches: number[] = [];
    const work: number[] = [];
    const cdp = await page.context().newCDPSession(page);
    for (let run = 0; run < RUNS; run++) {
      await page.goto(url);
      await page.locator('[data-app-ready="true"]').waitFor();
      // Cold: the click as soon as the shell is up; the list may still be on its way.
      cold.push((await clickAndTimePaint(page)).sinceNavigation);
      indexing.push(
        ...(await page.evaluate(() =>
          performance
            .getEntriesByName('delegates:index')
            .filter((e) => ((e as PerformanceMeasure).detail as { delegates: number }).delegates > 0)
            .map((e) => e.duration),
        )),
      );
      // Warm: data loaded, the section left and entered again.
      await page.getByTestId('nav-overview').click();
      await page.getByTestId('overview').waitFor();
      warm.push((await clickAndTimePaint(page)).sinceClick);
      await page.evaluate(() => performance.clearMeasures('delegates:search'));
      const perKey = await workPerKeystroke(cdp, async () => {
        for (const phrase of PHRASES) keys.push(...(await typeAndTime(page, phrase)));
      });
      // Each phrase starts by clearing the box (the whole list comes back): not a keystroke of a search.
      let at = 0;
      for (const phrase of PHRASES) {
        work.push(...perKey.slice(at + 1, at + 1 + phrase.length));
        at += 1 + phrase.length;
      }
      // The app measures its search (User Timing); the empty query of each phrase's start is left out.
      searches.push(...(await page.evaluate(() => performance.getEntriesByName('delegates:search').map((e) => e.duration))));
    }
    const count = COUNT.toLocaleString('en').replace(/,/g, '');
    console.log(JSON.stringify({ bench: `render-${count}`, ms: round(median(warm)), runs: warm.map(round) }));
    console.log(JSON.stringify({ bench: `load-render-${count}`, ms: round(median(cold)), runs: cold.map(round) }));
    console.log(JSON.stringify({ bench: `index-${count}`, ms: round(median(indexing)), runs: indexing.map(round) }));
    console.log(
      JSON.stringify({
        bench: `search-${count}`,
        p50: round(pct(searches, 0.5)),
        p95: round(pct(searches, 0.95)),
        max: round(Math.max(...searches)),
        n: searches.length,
      }),
    );
    console.log(
      JSON.stringify({
        bench: `search-keystroke-${count}`,
        p50: round(pct(keys, 0.5)),
        p95: round(pct(keys, 0.95)),
        max: round(Math.max(...keys)),
        n: keys.length,
        workP50: round(pct(work, 0.5)),
        workP95: round(pct(work, 0.95)),
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

/**
 * `npm run bench -- badges` (issue 10): the PDF of 5,000 delegate badges, 8 A7 to an A4 sheet with
 * their QR codes and the bundled font, through the app's own print preview and its "Save PDF"
 * button in Debian's Chromium (pdfkit in a worker, the file handed to the browser's downloads):
 *   {"bench":"badges-5000","ms":…,"preview_ms":…,"fit_ms":…,"pdf_ms":…,"pages":625,"pdf_mb":…,"peak_rss_mb":…,"target_ms":15000,"ok":…}
 * ms: from the print opened (the badges laid out, every text fitted with the measured font, the
 * first sheets drawn) to the PDF's bytes saved from the download;
 * preview_ms the first part (fit_ms of it the text fitting), pdf_ms the second; peak_rss_mb the browser's processes at their
 * largest (sampled every 100 ms, summed over the browser, renderer and GPU processes).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedLargeEvent } from '../e2e/seed';
import { openPreview, round } from './chromium-bench';
import { call } from './seating-hall';

const COUNT = Number(process.env.BENCH_COUNT ?? 5000);
const TARGET_MS = 15_000;

/** The resident memory of these processes, in MB (Linux /proc). */
function rssMb(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids)
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) / 1024;
    } catch {
      // Gone meanwhile.
    }
  return total;
}

async function main() {
  let eventId = '';
  const { url, browser, store, close } = await openPreview(async (s) => {
    const seeded = await seedLargeEvent(s.db, COUNT);
    eventId = seeded.eventId;
    // Everyone coming: a badge each.
    s.sqlite.prepare("UPDATE delegates SET status = 'confirmed' WHERE event_id = ?").run(eventId);
    await call(s, 'badges.createTemplate', { eventId, name: 'Thẻ đại biểu' });
    await call(s, 'settings.update', { lastEventId: eventId });
  });
  // The browser's processes (browser, renderers, GPU, utilities) as Chromium lists them.
  const cdp = await browser.newBrowserCDPSession();
  let peak = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      try {
        const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number }[] };
        peak = Math.max(peak, rssMb(processInfo.map((p) => p.id)));
      } catch {
        // The browser closing.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const sampler = sample();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    await page.goto(url);
    await page.locator('[data-app-ready="true"]').waitFor();
    await page.getByTestId('nav-badges').click();
    await page.getByTestId('badges-print').waitFor();
    const t0 = performance.now();
    await page.getByTestId('badges-print').click();
    await page.getByTestId('print-pages').waitFor({ timeout: 120_000 });
    await page.getByTestId('badges-count').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const t1 = performance.now();
    const fit = await page.evaluate(() => performance.getEntriesByName('badges:fit').reduce((a, e) => a + e.duration, 0));
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByTestId('print-save').click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-bench-pdf-')), 'badges.pdf');
    await (await download).saveAs(file);
    const t2 = performance.now();
    const pdf = fs.readFileSync(file);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const first = (await call<{ fullName: string }[]>(store, 'delegates.list', { eventId }))[0]!.fullName;
    if (pages !== Math.ceil(COUNT / 8)) throw new Error(`${pages} pages for ${COUNT} badges`);
    if (!text.replace(/\s+/g, ' ').includes(first)) throw new Error(`page 1 lacks ${first}`);
    if (process.env.BENCH_KEEP_PDF) fs.copyFileSync(file, process.env.BENCH_KEEP_PDF);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    const ms = round(t2 - t0);
    console.log(
      `badges-${COUNT}: ${ms} ms (target < ${TARGET_MS} ms) — preview ${round(t1 - t0)} ms (text fitting ${round(fit)} ms), PDF ${round(t2 - t1)} ms; ${pages} pages, ` +
        `${round(pdf.length / 1e6)} MB; browser peak ${round(peak)} MB`,
    );
    console.log(
      JSON.stringify({
        bench: `badges-${COUNT}`,
        ms,
        preview_ms: round(t1 - t0),
        fit_ms: round(fit),
        pdf_ms: round(t2 - t1),
        pages,
        pdf_mb: round(pdf.length / 1e6),
        peak_rss_mb: round(peak),
        target_ms: TARGET_MS,
        ok: ms < TARGET_MS,
      }),
    );
  } finally {
    sampling = false;
    await sampler;
    await close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

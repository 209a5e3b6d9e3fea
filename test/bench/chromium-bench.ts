/**
 * What the Chromium benchmarks share: a seeded store behind the real preview server with the built
 * renderer, Debian's Chromium, a trace of the renderer's main thread, and the figures' arithmetic.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../db/connection';
import { startPreviewServer } from '../../electron/preview/server';
import { chromiumLaunchOptions } from '../e2e/chromium';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
export const round = (n: number) => Math.round(n * 100) / 100;

export interface Preview {
  store: Store;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A fresh store seeded by `seed`, served by the preview server (run `npm run build` first), and a browser. */
export async function openPreview(seed: (store: Store) => Promise<void>): Promise<Preview> {
  const rendererDir = path.resolve(process.cwd(), 'dist/renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-bench-data-'));
  const store = await openStore(path.join(dataDir, 'hoi-nghi.sqlite'));
  const server = await startPreviewServer({ store, appVersion: 'bench', rendererDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const close = async () => {
    await browser.close();
    await server.close();
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await seed(store);
  } catch (e) {
    await close();
    throw e;
  }
  return { store, url: server.url, browser, close };
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time (CPU), where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; frameSeqId?: number; data?: { type?: string } };
}

/** Traces these categories while `run` runs; answers every event and the renderer main thread's events. */
export async function traceWhile(cdp: CDPSession, categories: string[], run: () => Promise<unknown>): Promise<{ events: TraceEvent[]; main: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return { events, main: events.filter((e) => thread && e.pid === thread.pid && e.tid === thread.tid) };
}

/**
 * The main thread's busy spans: its tasks ("RunTask", "ThreadControllerImpl::RunTask" in newer
 * builds; category "toplevel") merged, so nesting never counts twice. In microseconds.
 */
export function busySpans(main: readonly TraceEvent[]): [number, number][] {
  const busy: [number, number][] = [];
  for (const t of main.filter((e) => e.ph === 'X' && e.dur && e.name.endsWith('RunTask')).sort((a, b) => a.ts - b.ts)) {
    const last = busy[busy.length - 1];
    const end = t.ts + t.dur!;
    if (last && t.ts <= last[1]) last[1] = Math.max(last[1], end);
    else busy.push([t.ts, end]);
  }
  return busy;
}

/** Busy time between two instants (microseconds in, milliseconds out). */
export function busyBetween(busy: readonly [number, number][], start: number, end: number): number {
  return busy.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, end) - Math.max(a, start)), 0) / 1000;
}

/**
 * The main thread's outermost tasks with their CPU time (`tdur`, thread time). On a busy machine a
 * task's wall time also counts the time the thread waited for a core; its thread time does not.
 */
export function topTasks(main: readonly TraceEvent[]): { ts: number; cpu: number }[] {
  const out: { ts: number; cpu: number }[] = [];
  let end = -Infinity;
  for (const t of main.filter((e) => e.ph === 'X' && e.dur && e.name.endsWith('RunTask')).sort((a, b) => a.ts - b.ts)) {
    if (t.ts < end) continue;
    end = t.ts + t.dur!;
    out.push({ ts: t.ts, cpu: t.tdur ?? t.dur! });
  }
  return out;
}

/** CPU time of the tasks that start between two instants (microseconds in, milliseconds out). */
export function cpuBetween(tasks: readonly { ts: number; cpu: number }[], start: number, end: number): number {
  return tasks.reduce((sum, t) => sum + (t.ts >= start && t.ts < end ? t.cpu : 0), 0) / 1000;
}

/**
 * Arms a check-in page to time the next Enter until this delegate is shown checked in (and until
 * that frame is painted); `scanTimes` then answers both, in ms from the Enter keydown's timeStamp.
 */
export function armScan(page: Page, delegateId: string): Promise<void> {
  return page.evaluate((id) => {
    const w = window as unknown as { __scan: Promise<{ shown: number; painted: number }> };
    w.__scan = new Promise((resolve) => {
      let t0 = -1;
      document.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') t0 = e.timeStamp;
        },
        { capture: true, once: true },
      );
      const check = () => {
        const el = document.querySelector<HTMLElement>('[data-testid="checkin-person"]');
        if (t0 < 0 || !el || el.dataset.delegateId !== id || el.dataset.state !== 'checked-in') return;
        obs.disconnect();
        const shown = performance.now() - t0;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve({ shown, painted: performance.now() - t0 });
          ch.port2.postMessage(0);
        });
      };
      const obs = new MutationObserver(check);
      obs.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }, delegateId);
}

export function scanTimes(page: Page): Promise<{ shown: number; painted: number }> {
  return page.evaluate(() => (window as unknown as { __scan: Promise<{ shown: number; painted: number }> }).__scan);
}

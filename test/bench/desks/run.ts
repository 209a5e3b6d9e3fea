/**
 * The two-desk run, shared by the suite (test/unit/desks-two.test.ts, 1,000 badges) and the
 * benchmark (test/bench/desks.bench.ts, 5,000): a data file with an event of `badges` delegates, each
 * with a printed badge; the host and two desks as three separate processes over loopback; each desk
 * scans every badge once, desk B in pairs swapped (1, 0, 3, 2…) so the same badge reaches the host
 * from both desks within milliseconds, either one first.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newId, nowIso } from '../../../db/clock';
import { openStore } from '../../../db/connection';
import { badgeCode } from '../../../shared/badges/qr-payload';
import { bundleChild, spawnChild } from '../../unit/helpers/node-child';
import { seedHallEvent } from '../seating-hall';

export interface DeskOutcome {
  ok: number;
  already: number;
  other: string[];
  ms: number[];
}

export interface TwoDeskRun {
  desks: DeskOutcome[];
  /** Check-ins in the host's file after the run, by desk. */
  checkIns: number;
  byDesk: Record<string, number>;
  /** Check-ins whose change set is in the history. */
  recorded: number;
  p95: number;
  totalMs: number;
}

// The project's folder: the suite and `npm run bench` both run from it (the bench is bundled elsewhere).
const root = process.cwd();

function run(file: string, args: string[]): { proc: ChildProcess; lines: AsyncIterable<string>; exited: Promise<number | null>; stderr: () => string } {
  const proc = spawnChild(file, args, root);
  let err = '';
  proc.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  async function* lines() {
    let buf = '';
    for await (const chunk of proc.stdout) {
      buf += (chunk as Buffer).toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      yield* parts;
    }
  }
  return { proc, lines: lines(), exited, stderr: () => err };
}

async function firstLine(lines: AsyncIterable<string>, what: string, stderr: () => string): Promise<string> {
  for await (const line of lines) return line;
  throw new Error(`${what} said nothing: ${stderr()}`);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/**
 * A third desk beside the two, in a browser: it gets the host's address and code, the codes of
 * `badges` more delegates that the two desks do not scan, and the common start; the run waits for it.
 */
export interface ThirdDesk {
  badges: number;
  /** Serve the built renderer (dist/renderer) to desks, not an empty page. */
  rendererDir: string;
  run(host: { url: string; code: string; badges: { delegateId: string; code: string }[]; startAt: number }): Promise<void>;
}

export async function twoDeskRun(badges: number, third?: ThirdDesk): Promise<TwoDeskRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-desks-'));
  try {
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const store = await openStore(file);
    const { eventId, ids: everyone } = await seedHallEvent(store, badges + (third?.badges ?? 0));
    const ids = everyone.slice(0, badges);
    const insert = store.sqlite.prepare('INSERT INTO badge_prints (id, event_id, delegate_id, issue, template_id, printed_at) VALUES (?, ?, ?, 1, NULL, ?)');
    store.sqlite.transaction(() => {
      for (const id of everyone) insert.run(newId(), eventId, id, nowIso());
    })();
    await store.close();
    const thirdBadges = everyone.slice(badges).map((delegateId) => ({ delegateId, code: badgeCode({ eventId, delegateId, issue: 1 }) }));
    const codes = ids.map((delegateId) => badgeCode({ eventId, delegateId, issue: 1 }).toUpperCase());
    const swapped = codes.map((_, i) => codes[i % 2 ? i - 1 : Math.min(i + 1, codes.length - 1)]!);
    if (codes.length % 2) swapped[codes.length - 1] = codes[codes.length - 1]!;
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(codes));
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify(swapped));
    let rendererDir = third?.rendererDir;
    if (!rendererDir) {
      rendererDir = path.join(dir, 'renderer');
      fs.mkdirSync(rendererDir);
      fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    }
    const child = (name: string) => bundleChild(path.join(root, 'test/bench/desks', `${name}.ts`), dir);
    const [hostJs, deskJs] = await Promise.all([child('host-child'), child('desk-child')]);

    const host = run(hostJs, [file, eventId, rendererDir]);
    try {
      const ready = await firstLine(host.lines, 'the host', host.stderr);
      const [, url, code] = ready.split(' ');
      if (!ready.startsWith('READY')) throw new Error(`the host: ${ready} ${host.stderr()}`);
      // Both desks start scanning at the same moment, once both have paired.
      const startAt = Date.now() + 1_500;
      const t0 = Date.now();
      const desks = [
        run(deskJs, [url!, code!, 'Bàn A', path.join(dir, 'a.json'), String(startAt)]),
        run(deskJs, [url!, code!, 'Bàn B', path.join(dir, 'b.json'), String(startAt)]),
      ];
      const [outcomes] = await Promise.all([
        Promise.all(desks.map(async (d, i) => JSON.parse(await firstLine(d.lines, `desk ${i}`, d.stderr)) as DeskOutcome)),
        third?.run({ url: url!, code: code!, badges: thirdBadges, startAt }),
      ]);
      const totalMs = Date.now() - Math.max(t0, startAt);
      host.proc.kill('SIGTERM');
      await host.exited;
      const after = await openStore(file);
      try {
        const rows = after.sqlite.prepare('SELECT desk, count(*) AS n FROM check_ins WHERE event_id = ? GROUP BY desk').all(eventId) as {
          desk: string;
          n: number;
        }[];
        const recorded = after.sqlite.prepare("SELECT count(*) FROM change_sets WHERE call = 'checkin.checkIn'").pluck().get() as number;
        return {
          desks: outcomes,
          checkIns: rows.reduce((s, r) => s + r.n, 0),
          byDesk: Object.fromEntries(rows.map((r) => [r.desk, r.n])),
          recorded,
          p95: pct(
            outcomes.flatMap((o) => o.ms),
            95,
          ),
          totalMs,
        };
      } finally {
        await after.close();
      }
    } finally {
      if (host.proc.exitCode === null) host.proc.kill('SIGKILL');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

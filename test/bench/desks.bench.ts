/**
 * Two desks at the door, the full run: the host and two desks as three processes over loopback
 * (test/bench/desks/run.ts), 5,000 delegates with printed badges, each badge scanned once by each
 * desk at the same time (10,000 scans). `npm run bench -- desks` prints:
 *   {"bench":"desks-two-5000-p95","ms":…,"target":100,…}  from a desk's scan to the host's answer
 *       (over HTTP, the check-in committed with synchronous=FULL), the 95th percentile of 10,000;
 *   {"bench":"desks-two-5000-total","ms":…}  from the common start until both desks were done.
 * It fails unless there are exactly 5,000 check-ins, 5,000 warnings and nothing else.
 */
import { twoDeskRun } from './desks/run';

const BADGES = Number(process.env.BENCH_BADGES ?? 5000);

async function main() {
  const r = await twoDeskRun(BADGES);
  const ok = r.desks.reduce((s, d) => s + d.ok, 0);
  const already = r.desks.reduce((s, d) => s + d.already, 0);
  const other = r.desks.flatMap((d) => d.other);
  const median = [...r.desks.flatMap((d) => d.ms)].sort((a, b) => a - b)[BADGES]!;
  console.log(
    JSON.stringify({ bench: `desks-two-${BADGES}-p95`, ms: Math.round(r.p95 * 10) / 10, median: Math.round(median * 10) / 10, target: 100, scans: 2 * BADGES }),
  );
  console.log(JSON.stringify({ bench: `desks-two-${BADGES}-total`, ms: r.totalMs, checkIns: r.checkIns, warned: already, byDesk: r.byDesk }));
  if (r.checkIns !== BADGES || ok !== BADGES || already !== BADGES || other.length || r.recorded !== BADGES) {
    console.error(
      `wrong outcome: ${r.checkIns} check-ins, ${ok} ok, ${already} warned, ${other.length} other (${other.slice(0, 3).join('; ')}), ${r.recorded} recorded`,
    );
    process.exit(1);
  }
}
void main();

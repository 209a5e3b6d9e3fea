import { describe, expect, it } from 'vitest';
import { twoDeskRun } from '../bench/desks/run';

describe('two desks at the door, as separate processes over loopback', () => {
  it('1,000 badges scanned by both desks at once: 1,000 check-ins, 1,000 warnings, none lost, p95 under 100 ms', async () => {
    const BADGES = 1000;
    const r = await twoDeskRun(BADGES);
    expect(r.desks.flatMap((d) => d.other)).toEqual([]);
    expect(r.checkIns).toBe(BADGES);
    expect(r.recorded).toBe(BADGES);
    expect(r.desks.reduce((s, d) => s + d.ok, 0)).toBe(BADGES);
    expect(r.desks.reduce((s, d) => s + d.already, 0)).toBe(BADGES);
    for (const d of r.desks) expect(d.ok + d.already).toBe(BADGES);
    // Each desk won some races: the two really scanned the same badges at the same time.
    expect(Object.keys(r.byDesk).sort()).toEqual(['Bàn A', 'Bàn B']);
    expect(r.byDesk['Bàn A']).toBe(r.desks[0]!.ok);
    console.log(`two desks, ${BADGES} badges: p95 ${r.p95.toFixed(1)} ms, ${r.totalMs} ms in all`);
    expect(r.p95).toBeLessThan(100);
  }, 60_000);
});

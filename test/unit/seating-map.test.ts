import { describe, expect, it } from 'vitest';
import { layOutPlan } from '../../shared/seating/layout';
import { SeatIndex } from '../../shared/seating/seat-index';
import { fitToScreen, MAX_SCALE, panBy, toPlan, toScreen, turnRound, visiblePlan, zoomAt, type Viewport } from '../../shared/seating/viewport';

const hall = layOutPlan({
  presidium: { rows: 2, seats: 15 },
  areas: [
    { name: 'Tầng 1', rows: 50, seatsPerRow: 46, aisles: 3 },
    { name: 'Tầng 2', rows: 30, seatsPerRow: 44, aisles: 3 },
  ],
  rowLabels: 'letters',
  numbering: { kind: 'odd-even', oddSide: 'right' },
}).map((s) => ({ ...s, id: s.key }));

const bounds = () => ({
  minX: Math.min(...hall.map((s) => s.x)),
  maxX: Math.max(...hall.map((s) => s.x)),
  minY: Math.min(...hall.map((s) => s.y)),
  maxY: Math.max(...hall.map((s) => s.y)),
});

describe('finding seats among thousands', () => {
  const index = new SeatIndex(hall);

  it('finds the seat under a point, within half a seat of its centre, and none in an aisle', () => {
    for (const s of [hall[0]!, hall[1234]!, hall.at(-1)!]) {
      expect(index.at(s.x, s.y)?.id).toBe(s.id);
      expect(index.at(s.x + 0.3, s.y - 0.3)?.id).toBe(s.id);
    }
    // The middle of an aisle (1.5 seats wide): no seat.
    const rowA = hall.filter((s) => s.area === 0 && s.rowLabel === 'A').sort((a, b) => a.x - b.x);
    const gap = rowA.findIndex((s, i) => i > 0 && s.x - rowA[i - 1]!.x > 1.1);
    expect(index.at((rowA[gap]!.x + rowA[gap - 1]!.x) / 2, rowA[gap]!.y)).toBeNull();
  });

  it('agrees with a scan of every seat, everywhere', () => {
    const nearest = (x: number, y: number) => {
      let best: (typeof hall)[number] | null = null;
      let d = 0.25;
      for (const s of hall) {
        const e = (s.x - x) ** 2 + (s.y - y) ** 2;
        if (e <= d) [best, d] = [s, e];
      }
      return best?.id ?? null;
    };
    for (let k = 0; k < 2000; k++) {
      const x = ((k * 7919) % 5000) / 100 - 25;
      const y = ((k * 104729) % 8600) / 100 - 4;
      expect(index.at(x, y)?.id ?? null).toBe(nearest(x, y));
    }
  });

  it('lists the seats in a dragged box, whichever corner it starts from', () => {
    const box = index.within(2, 5.2, -2, 2.8);
    expect(box.length).toBeGreaterThan(0);
    for (const s of box) expect(s.x >= -2 && s.x <= 2 && s.y >= 2.8 && s.y <= 5.2).toBe(true);
    expect(box.length).toBe(hall.filter((s) => s.x >= -2 && s.x <= 2 && s.y >= 2.8 && s.y <= 5.2).length);
  });
});

describe('the seat map view', () => {
  it('fits the whole plan on screen, centred, and maps plan to screen and back', () => {
    const vp = fitToScreen(bounds(), 1200, 800, 'audience');
    const b = bounds();
    const tl = toScreen(vp, b.minX - 0.5, b.minY - 0.5);
    const br = toScreen(vp, b.maxX + 0.5, b.maxY + 0.5);
    expect(Math.min(tl.x, 1200 - br.x, tl.y, 800 - br.y)).toBeGreaterThanOrEqual(23.9);
    expect(Math.abs(tl.x + br.x - 1200) < 0.01 || Math.abs(tl.y + br.y - 800) < 0.01).toBe(true);
    const p = toPlan(vp, 333, 444);
    const back = toScreen(vp, p.x, p.y);
    expect(back.x).toBeCloseTo(333);
    expect(back.y).toBeCloseTo(444);
  });

  it('seen from the stage, turns the hall round: the audience’s left on the right, the stage at the bottom', () => {
    const audience = fitToScreen(bounds(), 1200, 800, 'audience');
    const stage = fitToScreen(bounds(), 1200, 800, 'stage');
    const left = hall.find((s) => s.rowLabel === 'A' && s.area === 0 && s.x < -20)!;
    expect(toScreen(audience, left.x, left.y).x).toBeLessThan(600);
    expect(toScreen(stage, left.x, left.y).x).toBeGreaterThan(600);
    const presidium = hall.find((s) => s.zone === 'presidium')!;
    expect(toScreen(audience, presidium.x, presidium.y).y).toBeLessThan(100);
    expect(toScreen(stage, presidium.x, presidium.y).y).toBeGreaterThan(700);
    // Turning round keeps the middle of the screen on the same seat.
    const zoomed = zoomAt(audience, 900, 300, 4);
    const mid = toPlan(zoomed, 600, 400);
    const turned = turnRound(zoomed, 1200, 800);
    expect(turned.viewpoint).toBe('stage');
    expect(toPlan(turned, 600, 400).x).toBeCloseTo(mid.x);
    expect(toPlan(turned, 600, 400).y).toBeCloseTo(mid.y);
  });

  it('zooms about the pointer (the seat under it stays there), pans, and stops at its limits', () => {
    const vp: Viewport = fitToScreen(bounds(), 1200, 800, 'audience');
    const under = toPlan(vp, 900, 300);
    const z = zoomAt(vp, 900, 300, 3);
    expect(z.scale).toBeCloseTo(vp.scale * 3);
    const still = toScreen(z, under.x, under.y);
    expect(still.x).toBeCloseTo(900);
    expect(still.y).toBeCloseTo(300);
    expect(zoomAt(z, 0, 0, 1e6).scale).toBe(MAX_SCALE);
    const moved = panBy(z, 50, -20);
    expect(toScreen(moved, under.x, under.y).x).toBeCloseTo(950);
    // What is on screen, in plan units: what the canvas draws.
    const seen = visiblePlan(z, 1200, 800);
    expect(under.x).toBeGreaterThan(seen.minX);
    expect(under.x).toBeLessThan(seen.maxX);
    expect((seen.maxX - seen.minX) * z.scale).toBeCloseTo(1200);
  });
});

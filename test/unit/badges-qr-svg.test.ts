import { describe, expect, it } from 'vitest';
import { badgeCode, readBadgeCode } from '../../shared/badges/qr-payload';
import { qrPath } from '../../shared/badges/qr-svg';

describe('the badge QR code', () => {
  const code = badgeCode({ eventId: '0193a5b2-7c1d-7e2f-8a3b-4c5d6e7f8091', delegateId: '0193a5b2-7c1d-7e2f-8a3b-4c5d6e7f8092', issue: 2 });
  it('encodes a badge code in the alphanumeric mode (33 modules), which the door reads back in capitals', () => {
    const q = qrPath(code);
    expect(q.modules).toBe(33);
    expect(q.d).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(readBadgeCode(code.toUpperCase())).toEqual(readBadgeCode(code));
  });
  it('falls back to bytes for other text', () => {
    expect(qrPath('Nguyễn Văn A').modules).toBeGreaterThan(20);
  });
});

describe('the QR path', () => {
  it('covers exactly the dark modules', () => {
    const q = qrPath('HN1.0193A5B2-7C1D-7E2F-8A3B-4C5D6E7F8091.0193A5B2-7C1D-7E2F-8A3B-4C5D6E7F8092.1');
    const n = q.modules;
    const grid = new Uint8Array(n * n);
    for (const m of q.d.matchAll(/M(\d+) (\d+)h(\d+)v(1)h-\d+z/g)) {
      const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
      for (let r = y; r < y + h; r++) for (let c = x; c < x + w; c++) grid[r * n + c]! += 1;
    }
    // Every module painted at most once, and the finder pattern's corner (always dark) painted.
    expect(Math.max(...grid)).toBe(1);
    expect(grid[0]).toBe(1);
    expect(grid[7]).toBe(0);
  });
});

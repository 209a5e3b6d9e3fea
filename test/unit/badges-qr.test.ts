import { describe, expect, it } from 'vitest';
import { badgeCode, judgeCode, readBadgeCode } from '../../shared/badges/qr-payload';

const E = '01a2347e-6ef3-7d08-82cf-2e3e2e2de576';
const D = '01a2347f-fc98-756a-8adb-34cec070b0ed';

describe('the badge code', () => {
  it('reads back what it writes, whatever case or spaces a scanner adds', () => {
    const code = badgeCode({ eventId: E, delegateId: D, issue: 2 });
    expect(code).toBe(`HN1.${E}.${D}.2`);
    expect(readBadgeCode(code)).toEqual({ eventId: E, delegateId: D, issue: 2 });
    expect(readBadgeCode(` ${code.toUpperCase()} `)).toEqual({ eventId: E, delegateId: D, issue: 2 });
  });

  it('is not fooled by a typed name or another code', () => {
    for (const text of ['Nguyễn Văn A', '', 'HN1..x.1', `HN1.${E}.${D}.0`, `HN2.${E}.${D}.1`, `${E}.${D}.1`]) expect(readBadgeCode(text)).toBeNull();
  });

  it('lets in only this event’s latest badge', () => {
    const c = { eventId: E, delegateId: D, issue: 1 };
    expect(judgeCode(c, E, 1)).toBe('ok');
    expect(judgeCode(c, E, 2)).toBe('replaced');
    expect(judgeCode(c, 'other', 1)).toBe('other-event');
    expect(judgeCode({ ...c, issue: 3 }, E, 2)).toBe('not-issued');
    expect(judgeCode(c, E, null)).toBe('not-issued');
  });
});

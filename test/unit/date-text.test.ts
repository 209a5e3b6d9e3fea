import { describe, expect, it } from 'vitest';
import { dayTimeParts, parseDayTime } from '../../renderer/ui/dateText';

describe('a day and a time as offices write them', () => {
  it('reads day-first dates and 7h30 times, whatever the locale would say', () => {
    expect(parseDayTime('07/01/2027', '15h30')).toBe('2027-01-07T15:30');
    expect(parseDayTime('8/1/2027', '7h')).toBe('2027-01-08T07:00');
    expect(parseDayTime(' 2027-01-08 ', '0630')).toBe('2027-01-08T06:30');
  });
  it('refuses what is not both a real day and a time of day', () => {
    expect(parseDayTime('31/02/2027', '7h30')).toBeNull();
    expect(parseDayTime('07/01/2027', '24h00')).toBeNull();
    expect(parseDayTime('07/01/2027', '')).toBeNull();
    expect(parseDayTime('', '7h30')).toBeNull();
  });
  it('writes local minutes back as the two boxes show them, and round-trips', () => {
    expect(dayTimeParts('2027-01-07T15:30')).toEqual(['07/01/2027', '15h30']);
    expect(dayTimeParts(null)).toEqual(['', '']);
    expect(parseDayTime(...dayTimeParts('2026-12-31T23:59'))).toBe('2026-12-31T23:59');
  });
});

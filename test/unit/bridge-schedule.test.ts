import { describe, expect, it } from 'vitest';
import { addMinutes } from '../../shared/bridge/local-time';
import { defaultSchedule, missingSchedule } from '../../shared/bridge/schedule';

describe('the default connection-test schedule', () => {
  it('puts D-2 14:00, the D-1 rehearsal, D0 06:30 and the technician 60 minutes before the start', () => {
    expect(defaultSchedule('2027-01-08', '08:30')).toEqual([
      { kind: 'test', plannedAt: '2027-01-06T14:00' },
      { kind: 'rehearsal', plannedAt: '2027-01-07T14:00' },
      { kind: 'dayof', plannedAt: '2027-01-08T06:30' },
      { kind: 'onsite', plannedAt: '2027-01-08T07:30' },
    ]);
  });

  it('crosses month and year ends, and takes 08:00 when the event has no start time', () => {
    const s = defaultSchedule('2027-03-01', null);
    expect(s.map((t) => t.plannedAt)).toEqual(['2027-02-27T14:00', '2027-02-28T14:00', '2027-03-01T06:30', '2027-03-01T07:00']);
    expect(defaultSchedule('2028-01-01', '00:30')[0]!.plannedAt).toBe('2027-12-30T14:00');
    expect(defaultSchedule('2028-01-01', '00:30')[3]!.plannedAt).toBe('2027-12-31T23:30');
    expect(addMinutes('2028-02-28', '23:30', 60)).toBe('2028-02-29T00:30');
  });

  it('adds only the kinds a point has not planned yet, keeping one the organizer moved', () => {
    const defaults = defaultSchedule('2027-01-08', '08:00');
    expect(missingSchedule(defaults, [])).toEqual(defaults);
    const moved = [{ kind: 'test' as const, plannedAt: '2027-01-06T15:00' }];
    expect(missingSchedule(defaults, moved).map((t) => t.kind)).toEqual(['rehearsal', 'dayof', 'onsite']);
    // An unscheduled test logged of a kind does not count as planned.
    expect(missingSchedule(defaults, [{ kind: 'dayof', plannedAt: null }]).map((t) => t.kind)).toContain('dayof');
    expect(missingSchedule(defaults, defaults)).toEqual([]);
  });
});

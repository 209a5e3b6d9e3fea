import { describe, expect, it } from 'vitest';
import { boardRows, boardSummary, pointRow } from '../../shared/bridge/board';
import type { BridgePoint, BridgeTest } from '../../shared/contract/bridge';

const point = (id: string, extra: Partial<BridgePoint> = {}): BridgePoint => ({
  id,
  eventId: 'e',
  name: id,
  sortOrder: 0,
  isMain: false,
  hostUnit: null,
  address: null,
  chairDelegateId: null,
  techName: null,
  techPhone: null,
  backupName: null,
  backupPhone: null,
  line: null,
  backupLine: null,
  expectedCount: null,
  notes: null,
  ...extra,
});
let n = 0;
const test = (extra: Partial<BridgeTest>): BridgeTest => ({
  id: `t${++n}`,
  eventId: 'e',
  bridgePointId: 'p',
  kind: 'test',
  plannedAt: null,
  label: null,
  loggedAt: null,
  result: null,
  picture: null,
  sound: null,
  problem: null,
  onLine: null,
  action: null,
  createdAt: '',
  updatedAt: '',
  ...extra,
});
const D0 = '2027-01-08';
const row = (tests: BridgeTest[], now: string) => pointRow(point('p'), tests, { assigned: 40, checkedIn: 12 }, D0, now);

describe('the event-day board', () => {
  it('is grey before any test, with the next planned one', () => {
    const planned = [test({ plannedAt: '2027-01-06T14:00' }), test({ kind: 'rehearsal', plannedAt: '2027-01-07T14:00' })];
    const r = row(planned, '2027-01-05T09:00');
    expect(r).toMatchObject({ state: 'pending', reasons: [], last: null, expected: 40, checkedIn: 12 });
    expect(r.next?.plannedAt).toBe('2027-01-06T14:00');
  });

  it('turns red when a planned test passes its time with no result', () => {
    const r = row([test({ plannedAt: '2027-01-06T14:00' }), test({ kind: 'rehearsal', plannedAt: '2027-01-07T14:00' })], '2027-01-06T14:01');
    expect(r.state).toBe('alert');
    expect(r.reasons).toEqual(['missed']);
    expect(r.next?.kind).toBe('rehearsal');
  });

  it('is red after a failed test, green once a later test passes, amber on problems', () => {
    const failed = test({ loggedAt: '2027-01-06T14:05', result: 'failed', plannedAt: '2027-01-06T14:00' });
    expect(row([failed], '2027-01-06T15:00')).toMatchObject({ state: 'alert', reasons: ['failed'] });
    const passed = test({ kind: 'extra', loggedAt: '2027-01-06T16:00', result: 'passed' });
    expect(row([failed, passed], '2027-01-06T16:30')).toMatchObject({ state: 'ok', reasons: [], last: { id: passed.id } });
    const problems = test({ kind: 'extra', loggedAt: '2027-01-06T17:00', result: 'problems' });
    expect(row([failed, passed, problems], '2027-01-06T17:30')).toMatchObject({ state: 'warning', reasons: ['problems'] });
  });

  it('forgives a missed test once a later pass proved the line, not one planned after that pass', () => {
    const missed = test({ plannedAt: '2027-01-06T14:00' });
    const pass = test({ kind: 'extra', loggedAt: '2027-01-06T20:00', result: 'passed' });
    expect(row([missed, pass], '2027-01-06T21:00').state).toBe('ok');
    const later = test({ kind: 'rehearsal', plannedAt: '2027-01-07T14:00' });
    expect(row([missed, pass, later], '2027-01-07T15:00')).toMatchObject({ state: 'alert', missed: [{ id: later.id }] });
  });

  it('is red on the event day until a test passes that day, whatever passed before', () => {
    const rehearsal = test({ kind: 'rehearsal', plannedAt: '2027-01-07T14:00', loggedAt: '2027-01-07T14:10', result: 'passed' });
    expect(row([rehearsal], '2027-01-07T20:00').state).toBe('ok');
    expect(row([rehearsal], `${D0}T05:00`)).toMatchObject({ state: 'alert', reasons: ['noPassToday'] });
    const today = test({ kind: 'dayof', plannedAt: `${D0}T06:30`, loggedAt: `${D0}T06:40`, result: 'passed' });
    expect(row([rehearsal, today], `${D0}T07:00`).state).toBe('ok');
  });

  it('puts the main hall first, takes the host’s expected count over the assigned one, and counts states', () => {
    const data = {
      eventName: 'x',
      startDate: D0,
      startTime: '08:00',
      points: [point('a', { sortOrder: 0 }), point('m', { sortOrder: 1, isMain: true }), point('b', { sortOrder: 2, expectedCount: 75 })],
      tests: [test({ bridgePointId: 'b', loggedAt: '2027-01-06T10:00', result: 'failed' })],
      counts: { b: { assigned: 3, checkedIn: 1 } },
    };
    const rows = boardRows(data, '2027-01-06T11:00');
    expect(rows.map((r) => r.point.id)).toEqual(['m', 'a', 'b']);
    expect(rows[2]).toMatchObject({ expected: 75, checkedIn: 1, state: 'alert' });
    expect(boardSummary(rows)).toEqual({ ok: 0, warning: 0, alert: 1, pending: 2 });
  });
});

import type { BridgeTestKind } from '../contract/bridge';
import { addDays, addMinutes } from './local-time';

export interface PlannedTest {
  kind: BridgeTestKind;
  plannedAt: string;
}

/** When the event gives no start time: the usual 08:00 of a morning conference. */
const DEFAULT_START = '08:00';
/**
 * The full rehearsal on D-1 at 14:00: the afternoon before, so the halls are set up by then and a
 * problem found still leaves the evening to fix it (and mirrors the D-2 test's hour).
 */
const REHEARSAL_TIME = '14:00';
const ONSITE_LEAD_MINUTES = 60;

/**
 * The default connection-test schedule of one point: D-2 14:00 a test, D-1 the full rehearsal,
 * D0 06:30 a test, and the technician on site 60 minutes before the start.
 */
export function defaultSchedule(startDate: string, startTime: string | null): PlannedTest[] {
  return [
    { kind: 'test', plannedAt: `${addDays(startDate, -2)}T14:00` },
    { kind: 'rehearsal', plannedAt: `${addDays(startDate, -1)}T${REHEARSAL_TIME}` },
    { kind: 'dayof', plannedAt: `${startDate}T06:30` },
    { kind: 'onsite', plannedAt: addMinutes(startDate, startTime ?? DEFAULT_START, -ONSITE_LEAD_MINUTES) },
  ];
}

/**
 * The default entries a point does not have yet. A kind already planned is kept as the organizer
 * left it (moved to 15:00, say), so generating again never doubles it.
 */
export function missingSchedule(defaults: readonly PlannedTest[], existing: readonly { kind: BridgeTestKind; plannedAt: string | null }[]): PlannedTest[] {
  const planned = new Set(existing.filter((t) => t.plannedAt !== null).map((t) => t.kind));
  return defaults.filter((d) => !planned.has(d.kind));
}

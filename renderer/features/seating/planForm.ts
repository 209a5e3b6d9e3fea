import type { CallInput } from '../../../shared/contract';
import type { PlanNumbering } from '../../../shared/contract/seating';

/** The create-plan form as typed: numbers stay text until sent, so a half-typed field is not lost. */
export interface AreaDraft {
  name: string;
  rows: string;
  seatsPerRow: string;
  aisles: string;
}

export interface PlanDraft {
  name: string;
  bridgePointId: string;
  presidium: boolean;
  presidiumRows: string;
  presidiumSeats: string;
  areas: AreaDraft[];
  numbering: PlanNumbering;
  rowLabels: 'letters' | 'numbers';
  frontRows: string;
}

export const newArea = (name: string): AreaDraft => ({ name, rows: '20', seatsPerRow: '24', aisles: '2' });

export const emptyPlan = (name: string, areaName: string): PlanDraft => ({
  name,
  bridgePointId: '',
  presidium: true,
  presidiumRows: '1',
  presidiumSeats: '15',
  areas: [newArea(areaName)],
  numbering: 'odd-right',
  rowLabels: 'letters',
  frontRows: '2',
});

// Whole numbers only: "12,5" or "abc" reach the main process as NaN and come back as its clear error.
const num = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

export function planInput(eventId: string, d: PlanDraft): CallInput<'seating.createPlan'> {
  return {
    eventId,
    name: d.name,
    bridgePointId: d.bridgePointId || null,
    numbering: d.numbering,
    rowLabels: d.rowLabels,
    frontRows: num(d.frontRows),
    numbers: {
      presidium: d.presidium ? { rows: num(d.presidiumRows), seats: num(d.presidiumSeats) } : null,
      areas: d.areas.map((a) => ({ name: a.name, rows: num(a.rows), seatsPerRow: num(a.seatsPerRow), aisles: num(a.aisles) })),
    },
  };
}

/** The seats the numbers make, for the form to show as they are typed; null while one is not a number. */
export function seatTotal(d: PlanDraft): number | null {
  const input = planInput('', d).numbers;
  const total = (input.presidium ? input.presidium.rows * input.presidium.seats : 0) + input.areas.reduce((n, a) => n + a.rows * a.seatsPerRow, 0);
  return Number.isFinite(total) ? total : null;
}

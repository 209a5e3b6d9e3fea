import { z } from 'zod';
import { id, optionalText, requiredText } from '../fields';
import type { UnseatedReason } from '../seating/auto-seat';
import { command, query, returns } from './define';

const NUMBERINGS = ['left-to-right', 'odd-right', 'odd-left'] as const;
export type PlanNumbering = (typeof NUMBERINGS)[number];

/** A seating plan: the main hall (no bridge point) or a remote point's hall. */
export interface SeatingPlan {
  id: string;
  eventId: string;
  name: string;
  bridgePointId: string | null;
  /** Which way round screens and prints show it by default; each says which it shows. */
  viewpoint: 'audience' | 'stage';
  numbering: PlanNumbering;
  rowLabels: 'letters' | 'numbers';
  /** Hall rows, from the front, seated by precedence alone before units. */
  frontRows: number;
  /** The numbers the plan was made from, as given. */
  spec: PlanNumbers;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlanSeat {
  id: string;
  eventId: string;
  planId: string;
  seatKey: string;
  zone: 'presidium' | 'hall';
  area: number | null;
  rowIndex: number;
  rowLabel: string;
  section: number;
  x: number;
  y: number;
  number: number;
  blocked: boolean;
  reservedKind: 'category' | 'unit' | 'bridgePoint' | null;
  reservedKey: string | null;
  blockName: string | null;
  delegateId: string | null;
  locked: boolean;
}

/** The stage's rows and a hall area's, for a plan made from numbers and every edit of it. */
export const ROW_LIMITS = { presidium: { rows: 10, seats: 80 }, hall: { rows: 200, seats: 200 } } as const;
const count = (max: number) => z.number().int().min(0).max(max);
const planNumbers = z.strictObject({
  presidium: z.strictObject({ rows: count(ROW_LIMITS.presidium.rows).min(1), seats: count(ROW_LIMITS.presidium.seats).min(1) }).nullable(),
  areas: z
    .array(
      z
        .strictObject({
          name: requiredText(100),
          rows: count(ROW_LIMITS.hall.rows).min(1),
          seatsPerRow: count(ROW_LIMITS.hall.seats).min(1),
          aisles: count(10),
        })
        // Each section between aisles holds at least one seat: more aisles than that is a typing mistake.
        .refine((a) => a.aisles < a.seatsPerRow, { error: 'tooManyAisles', path: ['aisles'] }),
    )
    .min(1)
    .max(6),
});
export type PlanNumbers = z.output<typeof planNumbers>;
/** A plan larger than the largest hall we know (the National Convention Center seats 3,700) is a typing mistake. */
export const MAX_PLAN_SEATS = 10_000;

/** Where a delegate sits in one plan: for the delegate list, the delegate's panel and the prints. */
export interface SeatPlace {
  delegateId: string;
  planId: string;
  planName: string;
  zone: PlanSeat['zone'];
  /** The seat's area, named when the plan has several (ground floor, balcony). */
  areaName: string | null;
  rowLabel: string;
  number: number;
}

export interface AutoSeatSummary {
  seated: number;
  moved: number;
  kept: number;
  unseated: { id: string; reason: UnseatedReason }[];
}

const planRef = z.strictObject({ planId: id });

const zone = z.enum(['presidium', 'hall']);
/** A row of a zone: its index front to back within the zone (the stage's, or the hall's across areas). */
const rowRef = { planId: id, zone, rowIndex: count(ROW_LIMITS.hall.rows * 6) };

/** A row's seats and aisles, as far as they are given: a row's aisles fit its seats, and the stage's rows have none. */
function rowShapeOk<T extends { zone: 'presidium' | 'hall'; seats?: number | undefined; aisles?: number | undefined }>(schema: z.ZodType<T>) {
  return schema
    .refine((r) => r.aisles === undefined || r.seats === undefined || r.aisles < r.seats, { error: 'tooManyAisles', path: ['aisles'] })
    .refine((r) => r.zone === 'hall' || !r.aisles, { error: 'stageAisles', path: ['aisles'] })
    .refine((r) => r.zone === 'hall' || r.seats === undefined || r.seats <= ROW_LIMITS.presidium.seats, { error: 'stageSeats', path: ['seats'] });
}

/** What a copy could not carry over: a reservation for a category or bridge point the target event has none of by that name. */
export interface DroppedReservation {
  kind: 'category' | 'bridgePoint';
  /** The category or point's name in the plan copied. */
  name: string;
  seats: number;
}
const autoSeatInput = z.strictObject({ planId: id, mode: z.enum(['all', 'unseated']) });

export const seatingContract = {
  'seating.plans': query(z.strictObject({ eventId: id }), returns<SeatingPlan[]>()),
  /** Every seated delegate of the event with plan, row and seat, plan by plan. */
  'seating.places': query(z.strictObject({ eventId: id }), returns<SeatPlace[]>()),
  /** A plan laid out from a few numbers; its seats are made with it. */
  'seating.createPlan': command(
    z
      .strictObject({
        eventId: id,
        name: requiredText(200),
        bridgePointId: id.nullable().default(null),
        numbering: z.enum(NUMBERINGS).default('odd-right'),
        rowLabels: z.enum(['letters', 'numbers']).default('letters'),
        frontRows: count(200).default(2),
        numbers: planNumbers,
      })
      .refine(
        (p) =>
          (p.numbers.presidium ? p.numbers.presidium.rows * p.numbers.presidium.seats : 0) + p.numbers.areas.reduce((n, a) => n + a.rows * a.seatsPerRow, 0) <=
          MAX_PLAN_SEATS,
        { error: 'tooManySeats', path: ['numbers'] },
      ),
    returns<SeatingPlan>(),
  ),
  'seating.deletePlan': command(planRef, returns<{ id: string }>()),
  /** A plan's name, the view it is shown from by default, and how many front rows go by precedence alone. */
  'seating.updatePlan': command(
    z.strictObject({ planId: id, name: requiredText(200).optional(), viewpoint: z.enum(['audience', 'stage']).optional(), frontRows: count(200).optional() }),
    returns<SeatingPlan>(),
  ),
  /** A plan with its seats (who sits where) and its presidium, in the order they were chosen. */
  'seating.plan': query(planRef, returns<{ plan: SeatingPlan; seats: PlanSeat[]; presidium: string[] }>()),
  /** Who is on the plan's presidium (Đoàn Chủ tịch): the ids given, in any order. */
  'seating.setPresidium': command(z.strictObject({ planId: id, delegateIds: z.array(id).max(200) }), returns<{ presidium: string[] }>()),
  /** What an auto-seating would do, without writing: for the organizer to see before it runs. */
  'seating.previewAutoSeat': query(autoSeatInput, returns<AutoSeatSummary>()),
  /** Seats the plan by protocol (or only who has no seat), in one change set. */
  'seating.autoSeat': command(autoSeatInput, returns<AutoSeatSummary & { seats: PlanSeat[] }>()),
  /**
   * By hand: a delegate onto a seat (from the side list, or from another seat: a move), or a seat
   * emptied (delegateId null). Onto an occupied seat only with `swap`, the two trading seats. The
   * seats changed, as stored.
   */
  'seating.assign': command(
    z.strictObject({ planId: id, seatId: id, delegateId: id.nullable(), swap: z.boolean().default(false) }),
    returns<{ seats: PlanSeat[] }>(),
  ),
  /** Marks seats: blocked (a camera, a pillar), locked (auto-seating keeps who sits there), reserved for a block, the block's name. */
  'seating.markSeats': command(
    z.strictObject({
      planId: id,
      seatIds: z.array(id).min(1).max(MAX_PLAN_SEATS),
      set: z.strictObject({
        blocked: z.boolean().optional(),
        locked: z.boolean().optional(),
        reserved: z
          .strictObject({ kind: z.enum(['category', 'unit', 'bridgePoint']), key: requiredText(300) })
          .nullable()
          .optional(),
        blockName: optionalText(200).optional(),
      }),
    }),
    returns<{ seats: PlanSeat[] }>(),
  ),
  /**
   * A row added to the stage or to a hall area: at its front or back, or right behind a row of the
   * zone (then in that row's area). Seats and aisles default to the nearest row's. Every row is
   * labelled and placed again; the seats that were there keep their ids and keys. The plan's seats.
   */
  'seating.addRow': command(
    rowShapeOk(
      z
        .strictObject({
          planId: id,
          zone,
          area: z.number().int().min(0).max(5).optional(),
          position: z.union([z.enum(['front', 'back']), z.strictObject({ after: rowRef.rowIndex })]).default('back'),
          seats: count(ROW_LIMITS.hall.seats).min(1).optional(),
          aisles: count(10).optional(),
        })
        .refine((r) => r.zone === 'hall' || r.area === undefined, { error: 'areaOnStage', path: ['area'] }),
    ),
    returns<{ seats: PlanSeat[] }>(),
  ),
  /** A row taken away, refused while anyone sits in it; the rows behind close up. The plan's seats. */
  'seating.removeRow': command(z.strictObject(rowRef), returns<{ seats: PlanSeat[] }>()),
  /**
   * A row's seats (and aisles, else as they are) changed: laid out again as a row of that many, the
   * seats that stay matched from the centre outward (No.1's seat stays No.1's, with its occupant,
   * lock, block and reservation), the outermost going or coming; refused when one that would go is
   * taken. The plan's seats.
   */
  'seating.setRowSeats': command(
    rowShapeOk(z.strictObject({ ...rowRef, seats: count(ROW_LIMITS.hall.seats).min(1), aisles: count(10).optional() })),
    returns<{ seats: PlanSeat[] }>(),
  ),
  /**
   * A plan copied into an event (another, or its own): its seats, numbering, labels, front rows,
   * viewpoint, blocked seats, block names and reservations (a category's or bridge point's by name
   * in the target event, a unit's as it is), nobody seated. The new plan, its seat count, and the
   * reservations it could not carry over (their seats left unreserved).
   */
  'seating.copyPlan': command(
    z.strictObject({ planId: id, eventId: id, name: requiredText(200).optional(), bridgePointId: id.nullable().default(null) }),
    returns<{ plan: SeatingPlan; seatCount: number; dropped: DroppedReservation[] }>(),
  ),
};

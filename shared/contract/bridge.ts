import { z } from 'zod';
import { id, optionalLines, optionalText, phone, requiredText } from '../fields';
import { command, query, returns } from './define';
import type { BuiltinCategory } from './delegates';
import type { SeatingPlan } from './seating';

/** A video-bridge point (điểm cầu): the main hall, or a remote hall linked in. */
export interface BridgePoint {
  id: string;
  eventId: string;
  name: string;
  sortOrder: number;
  /** The main hall (điểm cầu chính); at most one per event. */
  isMain: boolean;
  hostUnit: string | null;
  address: string | null;
  /** The delegate who chairs the point (chủ trì điểm cầu). */
  chairDelegateId: string | null;
  techName: string | null;
  techPhone: string | null;
  backupName: string | null;
  backupPhone: string | null;
  line: string | null;
  backupLine: string | null;
  /** Delegates the point expects, as its host reported it; null: count those assigned. */
  expectedCount: number | null;
  notes: string | null;
}

export const BRIDGE_TEST_KINDS = ['test', 'rehearsal', 'dayof', 'onsite', 'extra'] as const;
export type BridgeTestKind = (typeof BRIDGE_TEST_KINDS)[number];
export const BRIDGE_RESULTS = ['passed', 'problems', 'failed'] as const;
export type BridgeResult = (typeof BRIDGE_RESULTS)[number];
export const QUALITIES = ['good', 'fair', 'poor'] as const;
export type Quality = (typeof QUALITIES)[number];

/** One connection test of a point: planned (a time), logged (a result), or both. */
export interface BridgeTest {
  id: string;
  eventId: string;
  bridgePointId: string;
  kind: BridgeTestKind;
  /** Local wall-clock time 'YYYY-MM-DDTHH:MM'; null for a test nobody scheduled. */
  plannedAt: string | null;
  label: string | null;
  /** When the result was logged (local 'YYYY-MM-DDTHH:MM'); null until then. */
  loggedAt: string | null;
  result: BridgeResult | null;
  picture: Quality | null;
  sound: Quality | null;
  problem: string | null;
  onLine: string | null;
  action: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PointDelegate {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  phone: string | null;
  categoryId: string;
}

export interface BridgePointDetail {
  point: BridgePoint;
  delegates: PointDelegate[];
  byCategory: { categoryId: string; code: BuiltinCategory | null; label: string | null; count: number }[];
  chair: PointDelegate | null;
  plan: Pick<SeatingPlan, 'id' | 'name'> | null;
  tests: BridgeTest[];
}

/** What the event-day board is drawn from; its state (red, green) is shared/bridge/board.ts's. */
export interface BoardData {
  eventName: string;
  startDate: string;
  startTime: string | null;
  points: BridgePoint[];
  tests: BridgeTest[];
  /** Per point id: delegates assigned (not declined) and checked in. */
  counts: Record<string, { assigned: number; checkedIn: number }>;
}

/** Local wall-clock minute, as the schedule and the log write it. */
const localDateTime = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, { error: 'localDateTime' });

const pointFields = {
  name: requiredText(200),
  hostUnit: optionalText(300),
  address: optionalText(400),
  chairDelegateId: id.nullish().transform((s) => s ?? null),
  techName: optionalText(200),
  techPhone: phone,
  backupName: optionalText(200),
  backupPhone: phone,
  line: optionalText(300),
  backupLine: optionalText(300),
  expectedCount: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .nullish()
    .transform((n) => n ?? null),
  notes: optionalLines(2000),
};
export type BridgePointFields = z.output<z.ZodObject<typeof pointFields>>;

const testFields = {
  kind: z.enum(BRIDGE_TEST_KINDS),
  plannedAt: localDateTime.nullish().transform((s) => s ?? null),
  label: optionalText(200),
};

const logFields = {
  result: z.enum(BRIDGE_RESULTS),
  loggedAt: localDateTime,
  picture: z
    .enum(QUALITIES)
    .nullish()
    .transform((s) => s ?? null),
  sound: z
    .enum(QUALITIES)
    .nullish()
    .transform((s) => s ?? null),
  problem: optionalLines(2000),
  onLine: optionalText(400),
  action: optionalLines(2000),
};

export const bridgeContract = {
  'bridgePoints.list': query(z.strictObject({ eventId: id }), returns<BridgePoint[]>()),
  /** A point by name alone (as the delegate form adds one), or with all its fields. */
  'bridgePoints.create': command(z.strictObject({ eventId: id, ...pointFields, isMain: z.boolean().default(false) }), returns<BridgePoint>()),
  /** `isMain` left out: the flag stays as it is; true moves the main hall here, in the same write. */
  'bridgePoints.update': command(z.strictObject({ id, ...pointFields, isMain: z.boolean().optional() }), returns<BridgePoint>()),
  /** Removes a point and its tests; its delegates stay, at no point. */
  'bridgePoints.delete': command(z.strictObject({ id }), returns<{ id: string }>()),
  /** Makes this point the main hall (the others remote); null: no main point. Answers with the event's points. */
  'bridgePoints.setMain': command(z.strictObject({ eventId: id, id: id.nullable() }), returns<BridgePoint[]>()),
  /** Puts these delegates at the point (null: at none). */
  'bridgePoints.assign': command(
    z.strictObject({ eventId: id, bridgePointId: id.nullable(), delegateIds: z.array(id).min(1).max(20_000) }),
    returns<{ updated: number }>(),
  ),
  /** A point with its delegates, counts by category, chair, seating plan and tests. */
  'bridgePoints.detail': query(z.strictObject({ id }), returns<BridgePointDetail>()),
  /** Everything the event-day board shows. */
  'bridgePoints.board': query(z.strictObject({ eventId: id }), returns<BoardData>()),
  'bridgeTests.list': query(z.strictObject({ eventId: id }), returns<BridgeTest[]>()),
  'bridgeTests.create': command(z.strictObject({ bridgePointId: id, ...testFields }), returns<BridgeTest>()),
  'bridgeTests.update': command(z.strictObject({ id, ...testFields }), returns<BridgeTest>()),
  'bridgeTests.delete': command(z.strictObject({ id }), returns<{ id: string }>()),
  /** Adds the default schedule (shared/bridge/schedule.ts) to every point, or one; entries already planned are kept, never doubled. */
  'bridgeTests.generate': command(z.strictObject({ eventId: id, bridgePointId: id.optional() }), returns<{ created: BridgeTest[] }>()),
  /** Records a test's result: on a scheduled entry (`id`), or as an unscheduled one of the point. */
  'bridgeTests.log': command(
    z
      .strictObject({ id: id.optional(), bridgePointId: id.optional(), kind: z.enum(BRIDGE_TEST_KINDS).default('extra'), ...logFields })
      .refine((i) => (i.id === undefined) !== (i.bridgePointId === undefined), { error: 'testTarget' }),
    returns<BridgeTest>(),
  ),
};

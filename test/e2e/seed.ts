import type { Kysely } from 'kysely';
import { ensureBridgePoint } from '../../db/bridge-points';
import { listCategories } from '../../db/categories';
import { newId, nowIso } from '../../db/clock';
import { createEvent } from '../../db/events';
import type { DB } from '../../db/schema';
import { updateSettings } from '../../db/settings';
import { identityKey } from '../../shared/text';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thị Thu', 'Thanh', 'Ngọc', 'Xuân', 'Thị Minh', 'Công'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hà',
  'Hải',
  'Hằng',
  'Hòa',
  'Hùng',
  'Hương',
  'Lan',
  'Linh',
  'Minh',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Thảo',
  'Thủy',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];
const TITLES = ['Chuyên viên', 'Chuyên viên chính', 'Phó Vụ trưởng', 'Vụ trưởng', 'Phó Giám đốc Sở', 'Giám đốc Sở', 'Phóng viên', 'Thứ trưởng', null];
const UNITS = [
  'Vụ Pháp chế',
  'Vụ Kế hoạch – Tài chính',
  'Văn phòng Bộ',
  'Cục Sở hữu trí tuệ',
  'Báo Nhân Dân',
  'Sở Khoa học và Công nghệ tỉnh',
  'Viện Hàn lâm KH&CN Việt Nam',
];

/** A realistic name for the i-th delegate of a generated list; names repeat across units, as they do. */
export const generatedName = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;

export interface SeededEvent {
  eventId: string;
  categoryIds: Record<string, string>;
  bridgePointIds: string[];
}

/** An event, open in the app, with `count` generated delegates written by multi-row inserts. */
export async function seedLargeEvent(db: Kysely<DB>, count: number): Promise<SeededEvent> {
  const event = await createEvent(db, {
    name: 'Hội nghị tổng kết công tác năm 2026 toàn ngành',
    kind: 'review',
    startDate: '2027-01-08',
    endDate: null,
    startTime: '08:00',
    venue: 'Trung tâm Hội nghị Quốc gia',
    organizer: 'Bộ Khoa học và Công nghệ',
    description: null,
  });
  const categories = await listCategories(db, event.id);
  const categoryIds = Object.fromEntries(categories.map((c) => [c.code ?? c.id, c.id]));
  const points = [
    await ensureBridgePoint(db, event.id, 'Hà Nội'),
    await ensureBridgePoint(db, event.id, 'Đà Nẵng'),
    await ensureBridgePoint(db, event.id, 'TP. Hồ Chí Minh'),
  ];
  const at = nowIso();
  const codes = ['delegate', 'delegate', 'delegate', 'guest', 'reporter', 'staff'];
  const statuses = ['invited', 'confirmed', 'confirmed', 'declined'];
  const rows = Array.from({ length: count }, (_, i) => {
    const fullName = generatedName(i);
    return {
      id: newId(),
      eventId: event.id,
      fullName,
      nameKey: identityKey(fullName),
      title: TITLES[i % TITLES.length]!,
      organization: `${UNITS[i % UNITS.length]}${i % UNITS.length === 5 ? ` số ${i % 63}` : ''}`,
      categoryId: categoryIds[codes[i % codes.length]!]!,
      precedenceLevel: null,
      precedenceLevelOf: null,
      precedenceOrder: null,
      precedenceOrderLevel: null,
      phone: i % 3 ? `09${String(12_000_000 + i * 7919).slice(-8)}` : null,
      email: null,
      notes: null,
      status: statuses[i % statuses.length]!,
      bridgePointId: i % 5 === 0 ? null : points[i % 3]!.id,
      appointmentDate: null,
      birthDate: null,
      createdAt: at,
      updatedAt: at,
    };
  });
  // 19 columns x 500 rows = 9,500 bound parameters per statement, under SQLite's limit.
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('delegates')
        .values(rows.slice(i, i + 500))
        .execute();
  });
  await updateSettings(db, { lastEventId: event.id });
  return { eventId: event.id, categoryIds, bridgePointIds: points.map((p) => p.id) };
}

export interface PersonSeed {
  fullName: string;
  title?: string | null;
  organization?: string | null;
  /** A built-in category code; 'delegate' when left out. */
  category?: 'delegate' | 'guest' | 'reporter' | 'staff';
  /** A level set by hand; null: by the rules. */
  precedenceLevel?: number | null;
  phone?: string | null;
  status?: 'invited' | 'confirmed' | 'declined';
  /** Index into the event's bridge points (Hà Nội, Đà Nẵng), or none. */
  bridgePoint?: 0 | 1 | null;
  appointmentDate?: string | null;
  birthDate?: string | null;
  notes?: string | null;
}

/** The small event the list tests work on. */
export const AWARDS_EVENT = {
  name: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026',
  kind: 'awards',
  startDate: '2027-01-15',
  endDate: null,
  startTime: '14:00',
  venue: 'Hội trường Bộ',
  organizer: 'Vụ Thi đua – Khen thưởng',
  description: null,
};

/** A small event, open in the app, with exactly these delegates and two bridge points. */
export async function seedPeople(db: Kysely<DB>, people: readonly PersonSeed[]): Promise<SeededEvent & { ids: string[] }> {
  const event = await createEvent(db, AWARDS_EVENT);
  const categories = await listCategories(db, event.id);
  const categoryIds = Object.fromEntries(categories.map((c) => [c.code ?? c.id, c.id]));
  const points = [await ensureBridgePoint(db, event.id, 'Hà Nội'), await ensureBridgePoint(db, event.id, 'Đà Nẵng')];
  const at = nowIso();
  const rows = people.map((p, i) => ({
    id: newId(),
    eventId: event.id,
    fullName: p.fullName,
    nameKey: identityKey(p.fullName),
    title: p.title ?? null,
    organization: p.organization ?? null,
    categoryId: categoryIds[p.category ?? 'delegate']!,
    precedenceLevel: p.precedenceLevel ?? null,
    precedenceLevelOf: null,
    precedenceOrder: null,
    precedenceOrderLevel: null,
    phone: p.phone ?? null,
    email: null,
    notes: p.notes ?? null,
    status: p.status ?? 'invited',
    bridgePointId: p.bridgePoint == null ? null : points[p.bridgePoint]!.id,
    appointmentDate: p.appointmentDate ?? null,
    birthDate: p.birthDate ?? null,
    // Distinct times keep "created" order stable for anything that sorts on it.
    createdAt: new Date(Date.parse(at) + i).toISOString(),
    updatedAt: at,
  }));
  if (rows.length) await db.insertInto('delegates').values(rows).execute();
  await updateSettings(db, { lastEventId: event.id });
  return { eventId: event.id, categoryIds, bridgePointIds: points.map((p) => p.id), ids: rows.map((r) => r.id) };
}

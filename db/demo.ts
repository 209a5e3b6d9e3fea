import type { Kysely } from 'kysely';
import type { EventRecord } from '../shared/contract/events';
import { ensureBridgePoint, setMainPoint } from './bridge-points';
import { listCategories } from './categories';
import { newId, nowIso } from './clock';
import { createEvent, setEventPrecedence } from './events';
import { buildDemoRoster } from './demo/roster';
import type { DB } from './schema';
import { identityKey } from '../shared/text';

/** The demo: a ministry's year-end review with about 200 delegates, written in one transaction. */
export async function createDemoEvent(db: Kysely<DB>): Promise<EventRecord> {
  const event = await createEvent(db, {
    name: 'Hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027',
    kind: 'review',
    startDate: '2027-01-08',
    endDate: null,
    startTime: '08:00',
    venue: 'Trung tâm Hội nghị Quốc gia, Hà Nội (cầu truyền hình tới Đà Nẵng và TP. Hồ Chí Minh)',
    organizer: 'Bộ Khoa học và Công nghệ',
    description:
      'Hội nghị mẫu để làm quen với ứng dụng: khoảng 200 đại biểu gồm khách mời cấp trên, lãnh đạo Bộ, các đơn vị, các Sở, doanh nghiệp, phóng viên và nhân viên phục vụ.',
  });
  // The ministry hosts; its own departments and units are hosts too (patterns, as an organizer would type them).
  const hosted = await setEventPrecedence(
    db,
    event.id,
    [
      'Bộ Khoa học và Công nghệ',
      'Văn phòng Bộ',
      'Thanh tra Bộ',
      'Vụ *',
      'Cục *',
      'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
      'Viện Chiến lược *',
      'Học viện Khoa học *',
      'Tạp chí Khoa học và Công nghệ *',
      'Quỹ Phát triển khoa học *',
    ],
    'after-holders',
  );
  const categories = await listCategories(db, event.id);
  const categoryId = (code: string) => categories.find((c) => c.code === code)!.id;
  const points = {
    hn: await ensureBridgePoint(db, event.id, 'Điểm cầu chính: Hà Nội'),
    dn: await ensureBridgePoint(db, event.id, 'Đà Nẵng'),
    hcm: await ensureBridgePoint(db, event.id, 'TP. Hồ Chí Minh'),
  };
  await setMainPoint(db, event.id, points.hn.id);
  const at = nowIso();
  const rows = buildDemoRoster().map((p) => ({
    id: newId(),
    eventId: event.id,
    fullName: p.fullName,
    nameKey: identityKey(p.fullName),
    title: p.title,
    organization: p.organization,
    categoryId: categoryId(p.category),
    precedenceLevel: null,
    precedenceLevelOf: null,
    precedenceOrder: null,
    precedenceOrderLevel: null,
    phone: p.phone,
    email: p.email,
    notes: p.notes,
    status: p.status,
    bridgePointId: points[p.bridgePoint].id,
    appointmentDate: p.appointmentDate,
    birthDate: p.birthDate,
    createdAt: at,
    updatedAt: at,
  }));
  // SQLite caps bound parameters per statement; 17 columns x 50 rows stays well under it.
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('delegates')
      .values(rows.slice(i, i + 50))
      .execute();
  return hosted;
}

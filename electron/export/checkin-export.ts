import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import writeXlsxFile from 'write-excel-file/node';
import { checkInsOf } from '../../db/checkin';
import { listBridgePoints } from '../../db/bridge-points';
import { listCategories } from '../../db/categories';
import { getEvent } from '../../db/events';
import { orderInputs } from '../../db/precedence';
import { listPlaces } from '../../db/seating';
import type { SeatPlace } from '../../shared/contract/seating';
import type { ExportedFile } from '../../shared/contract/export';
import type { Language } from '../../shared/contract/settings';
import { builtinCategoryNames } from '../../shared/categories';
import { neutralizeCell } from '../../shared/csv';
import { buildOrder } from '../../shared/precedence/order';
import { placesText } from '../../shared/seating/seat-label';
import { foldForSearch } from '../../shared/text';
import type { DB } from '../../db/schema';

const T = {
  vi: {
    present: 'Đã điểm danh',
    absent: 'Vắng mặt',
    summary: 'Tổng hợp',
    head: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Đối tượng', 'Điểm cầu', 'Chỗ ngồi', 'Giờ điểm danh', 'Bàn điểm danh'],
    main: 'hội trường chính',
    line: (point: string, n: number) => `Tại điểm cầu ${point}, ${n.toLocaleString('vi-VN')} đại biểu tham dự.`,
    total: (n: number, of: number) => `Tổng cộng ${n.toLocaleString('vi-VN')}/${of.toLocaleString('vi-VN')} đại biểu tham dự.`,
    file: 'diem-danh',
  },
  en: {
    present: 'Checked in',
    absent: 'Absent',
    summary: 'Summary',
    head: ['No.', 'Full name', 'Title', 'Organization', 'Category', 'Bridge point', 'Seat', 'Checked in at', 'Desk'],
    main: 'main hall',
    line: (point: string, n: number) => `At the ${point} point, ${n.toLocaleString('en-GB')} ${n === 1 ? 'delegate' : 'delegates'} attended.`,
    total: (n: number, of: number) => `In all ${n.toLocaleString('en-GB')} of ${of.toLocaleString('en-GB')} delegates attended.`,
    file: 'check-in',
  },
} as const;

const time = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** "Điểm cầu chính: Hà Nội" reads "tại điểm cầu Hà Nội" in a sentence. */
const pointInSentence = (name: string) => name.replace(/^điểm cầu( chính| phụ)?\s*:?\s*/i, '');

/** The checked-in and the absent (not declined), in the order of precedence, and a line per bridge point. */
export async function exportCheckins(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string, lang: Language): Promise<ExportedFile> {
  const t = T[lang];
  const event = await getEvent(db, eventId);
  const [{ people, settings }, categories, points, checkIns] = await Promise.all([
    orderInputs(db, sqlite, eventId),
    listCategories(db, eventId),
    listBridgePoints(db, eventId),
    checkInsOf(db, eventId),
  ]);
  const places = new Map<string, SeatPlace[]>();
  for (const p of await listPlaces(db, eventId)) places.set(p.delegateId, [...(places.get(p.delegateId) ?? []), p]);
  const position = new Map(buildOrder(people, settings).entries.map((e) => [e.id, e.position]));
  const ordered = [...people].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
  const checkInOf = new Map(checkIns.map((k) => [k.delegateId, k]));
  const categoryName = new Map(categories.map((c) => [c.id, c.code ? builtinCategoryNames[c.code][lang] : (c.label ?? '')]));
  const pointName = new Map(points.map((p) => [p.id, p.name]));
  const present = ordered.filter((d) => checkInOf.has(d.id));
  const absent = ordered.filter((d) => !checkInOf.has(d.id) && d.status !== 'declined');
  const text = (v: string | null) => (v === null ? null : neutralizeCell(v));
  const sheet = (list: typeof ordered) => [
    t.head.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...list.map((d, i) => {
      const k = checkInOf.get(d.id);
      return [
        i + 1,
        text(d.fullName),
        text(d.title),
        text(d.organization),
        text(categoryName.get(d.categoryId) ?? ''),
        text(d.bridgePointId ? (pointName.get(d.bridgePointId) ?? '') : null),
        text(placesText(places.get(d.id) ?? [], lang)),
        k ? time(k.checkedAt) : null,
        k ? text(k.desk) : null,
      ];
    }),
  ];
  const summary: { value: string; fontWeight?: 'bold' }[][] = [[{ value: event.name, fontWeight: 'bold' }]];
  const groups = [...(people.some((d) => !d.bridgePointId) ? [null] : []), ...points.map((p) => p.id)];
  for (const g of groups) {
    const n = present.filter((d) => d.bridgePointId === g).length;
    summary.push([{ value: t.line(g === null ? t.main : pointInSentence(pointName.get(g) ?? ''), n) }]);
  }
  summary.push([{ value: t.total(present.length, present.length + absent.length), fontWeight: 'bold' }]);
  const widths = [6, 26, 40, 36, 14, 20, 14, 18, 16].map((width) => ({ width }));
  const buffer = await writeXlsxFile([
    { data: summary, sheet: t.summary, columns: [{ width: 80 }] },
    { data: sheet(present), sheet: t.present, columns: widths, stickyRowsCount: 1 },
    { data: sheet(absent), sheet: t.absent, columns: widths, stickyRowsCount: 1 },
  ]).toBuffer();
  const slug = foldForSearch(event.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return {
    fileName: `${t.file}-${slug}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: buffer.toString('base64'),
    rows: present.length + absent.length,
  };
}

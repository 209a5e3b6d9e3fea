import { listPlaces } from '../../db/seating';
import type { SeatPlace } from '../../shared/contract/seating';
import { placesText } from '../../shared/seating/seat-label';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import writeXlsxFile from 'write-excel-file/node';
import { builtinCategoryNames } from '../../shared/categories';
import type { ExportColumn, ExportedFile } from '../../shared/contract/export';
import type { Delegate } from '../../shared/contract/delegates';
import { neutralizeCell, toCsv } from '../../shared/csv';
import { DEFAULT_EXPORT_COLUMNS, exportHeaders, statusLabels } from '../../shared/export-labels';
import { DomainError } from '../../shared/result';
import { foldForSearch } from '../../shared/text';
import { listBridgePoints } from '../../db/bridge-points';
import { listCategories } from '../../db/categories';
import { getEvent } from '../../db/events';
import type { DB } from '../../db/schema';
import { orderInputs } from '../../db/precedence';
import { buildOrder } from '../../shared/precedence/order';

export interface ExportRequest {
  eventId: string;
  format: 'xlsx' | 'csv';
  ids?: string[] | undefined;
  columns?: ExportColumn[] | undefined;
  language: 'vi' | 'en';
}

/** Column widths in characters, so the file opens readable. */
const WIDTHS: Record<ExportColumn, number> = {
  seq: 6,
  fullName: 26,
  title: 40,
  organization: 36,
  category: 14,
  bridgePoint: 20,
  status: 14,
  rank: 10,
  phone: 16,
  email: 28,
  notes: 30,
  appointmentDate: 14,
  birthDate: 12,
  seat: 22,
};

export async function exportDelegates(db: Kysely<DB>, sqlite: BetterSqlite3.Database, req: ExportRequest): Promise<ExportedFile> {
  const event = await getEvent(db, req.eventId);
  const [{ people: all, settings }, categories, points] = await Promise.all([
    orderInputs(db, sqlite, req.eventId),
    listCategories(db, req.eventId),
    listBridgePoints(db, req.eventId),
  ]);
  const places = new Map<string, SeatPlace[]>();
  for (const p of await listPlaces(db, req.eventId)) places.set(p.delegateId, [...(places.get(p.delegateId) ?? []), p]);
  // The order of precedence first, then those out of it (declined, unranked categories) in list order.
  const order = buildOrder(all, settings);
  const position = new Map(order.entries.map((e) => [e.id, e.position]));
  const byId = new Map(all.map((d) => [d.id, d]));
  const counted = order.entries.map((e) => byId.get(e.id)!);
  const out = all.filter((d) => !position.has(d.id));
  const ranked = [...counted, ...out].map((d) => ({ ...d, rank: position.get(d.id) ?? null }));
  let rows: (typeof ranked)[number][];
  if (req.ids) {
    const rankedById = new Map(ranked.map((d) => [d.id, d]));
    const missing = req.ids.filter((id) => !rankedById.has(id)).length;
    if (missing)
      throw new DomainError('NOT_FOUND', {
        vi: `${missing} đại biểu cần xuất không còn trong hội nghị này. Hãy tải lại danh sách rồi xuất lại.`,
        en: `${missing} of the delegates to export are no longer in this event. Reload the list and export again.`,
      });
    rows = req.ids.map((id) => rankedById.get(id)!);
  } else rows = ranked;

  const lang = req.language;
  const columns = req.columns ?? [...DEFAULT_EXPORT_COLUMNS];
  const categoryName = new Map(categories.map((c) => [c.id, c.code ? builtinCategoryNames[c.code][lang] : (c.label ?? '')]));
  const pointName = new Map(points.map((p) => [p.id, p.name]));
  const cell = (d: Delegate & { rank: number | null }, i: number, col: ExportColumn): string | number | null => {
    switch (col) {
      case 'seq':
        return i + 1;
      case 'fullName':
        return d.fullName;
      case 'title':
        return d.title;
      case 'organization':
        return d.organization;
      case 'category':
        return categoryName.get(d.categoryId) ?? '';
      case 'bridgePoint':
        return d.bridgePointId ? (pointName.get(d.bridgePointId) ?? '') : null;
      case 'status':
        return statusLabels[d.status][lang];
      case 'rank':
        return d.rank;
      case 'phone':
        return d.phone;
      case 'email':
        return d.email;
      case 'notes':
        return d.notes;
      case 'appointmentDate':
        return d.appointmentDate;
      case 'birthDate':
        return d.birthDate;
      case 'seat':
        return placesText(places.get(d.id) ?? [], lang);
    }
  };
  const header = columns.map((c) => exportHeaders[c][lang]);
  const body = rows.map((d, i) => columns.map((c) => cell(d, i, c)));
  const baseName = `${lang === 'vi' ? 'danh-sach-dai-bieu' : 'delegates'}-${foldForSearch(event.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)}`;

  if (req.format === 'csv') {
    return {
      fileName: `${baseName}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      dataBase64: Buffer.from(toCsv([header, ...body]), 'utf8').toString('base64'),
      rows: rows.length,
    };
  }
  const sheet = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...body.map((r) => r.map((v) => (typeof v === 'string' ? neutralizeCell(v) : v))),
  ];
  const buffer = await writeXlsxFile(sheet, {
    sheet: lang === 'vi' ? 'Đại biểu' : 'Delegates',
    columns: columns.map((c) => ({ width: WIDTHS[c] })),
    stickyRowsCount: 1,
  }).toBuffer();
  return {
    fileName: `${baseName}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: buffer.toString('base64'),
    rows: rows.length,
  };
}

import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import writeXlsxFile from 'write-excel-file/node';
import type { ExportedFile } from '../../shared/contract/export';
import { neutralizeCell } from '../../shared/csv';
import { levelNote } from '../../shared/precedence/catalogue';
import { buildOrder } from '../../shared/precedence/order';
import { reasonText } from '../../shared/precedence/reason-text';
import { foldForSearch } from '../../shared/text';
import { getEvent } from '../../db/events';
import { orderInputs } from '../../db/precedence';
import type { DB } from '../../db/schema';

const HEADERS = {
  vi: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Cấp', 'Nhóm cấp', 'Căn cứ', 'Ngày bổ nhiệm', 'Ngày sinh'],
  en: ['No.', 'Full name', 'Title', 'Organization', 'Level', 'Level group', 'Why here', 'Appointed on', 'Date of birth'],
};
const WIDTHS = [6, 26, 44, 34, 7, 36, 40, 14, 12];

const dateText = (iso: string) => iso.split('-').reverse().join('/');

/** The order of precedence as .xlsx: the event's name and date above the table, as it is handed round. */
export async function exportPrecedence(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string, lang: 'vi' | 'en'): Promise<ExportedFile> {
  const event = await getEvent(db, eventId);
  const { people, settings } = await orderInputs(db, sqlite, eventId);
  const order = buildOrder(people, settings);
  const byId = new Map(people.map((p) => [p.id, p]));
  const text = (s: string | null) => (s === null ? null : neutralizeCell(s));
  const width = HEADERS.vi.length;
  const span = (value: string, extra: object = {}) => [{ value: neutralizeCell(value), columnSpan: width, ...extra }, ...Array<null>(width - 1).fill(null)];
  const when = event.endDate && event.endDate !== event.startDate ? `${dateText(event.startDate)} – ${dateText(event.endDate)}` : dateText(event.startDate);
  const sheet = [
    span(event.name, { fontWeight: 'bold', fontSize: 14, wrap: true, height: 36 }),
    span(lang === 'vi' ? `Ngày ${when}${event.venue ? ` · ${event.venue}` : ''}` : `${when}${event.venue ? ` · ${event.venue}` : ''}`),
    span(lang === 'vi' ? `THỨ TỰ ƯU TIÊN (LỄ TÂN) — ${order.entries.length} đại biểu` : `ORDER OF PRECEDENCE — ${order.entries.length} delegates`, {
      fontWeight: 'bold',
    }),
    Array<null>(width).fill(null),
    HEADERS[lang].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...order.entries.map((e) => {
      const d = byId.get(e.id)!;
      const note = e.level === null ? null : levelNote(e.level);
      return [
        e.position,
        neutralizeCell(d.fullName),
        text(d.title),
        text(d.organization),
        e.level,
        note ? note[lang] : null,
        reasonText(e, lang),
        d.appointmentDate,
        d.birthDate,
      ];
    }),
  ];
  const buffer = await writeXlsxFile(sheet as never, {
    sheet: lang === 'vi' ? 'Thứ tự ưu tiên' : 'Precedence',
    columns: WIDTHS.map((w) => ({ width: w })),
    stickyRowsCount: 5,
  }).toBuffer();
  const slug = foldForSearch(event.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return {
    fileName: `${lang === 'vi' ? 'thu-tu-uu-tien' : 'precedence'}-${slug}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: buffer.toString('base64'),
    rows: order.entries.length,
  };
}

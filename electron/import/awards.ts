import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { addRecipients, kindRow } from '../../db/awards';
import { getAwards } from '../../db/awards-state';
import { delegatesForDuplicates } from '../../db/import';
import type { DB } from '../../db/schema';
import { MAX_IMPORT_ROWS } from '../../shared/contract/import';
import type { AwardImportPreview, Awards } from '../../shared/contract/awards';
import { matchDelegates, readAwardRows } from '../../shared/awards/import-rows';
import { DomainError } from '../../shared/result';
import { tooManyRows } from './errors';
import { readSpreadsheet } from './read';

interface AwardFile {
  kindId: string;
  fileName: string;
  dataBase64: string;
  sheet?: string | undefined;
}

/** The recipients a decision's spreadsheet gives, matched to the event's delegates. Writes nothing. */
export async function previewAwardImport(db: Kysely<DB>, input: AwardFile): Promise<AwardImportPreview> {
  const kind = await kindRow(db, input.kindId);
  const file = await readSpreadsheet(input);
  if (file.rows.length > MAX_IMPORT_ROWS) throw tooManyRows(file.rows.length);
  const read = readAwardRows(file.rows);
  const kindHas = await db.selectFrom('awardRecipients').select(['recipientKind', 'delegateId', 'fullName', 'unit']).where('kindId', '=', kind.id).execute();
  return { ...read, sheet: file.sheet, rows: matchDelegates(read.rows, await delegatesForDuplicates(db, kind.eventId), kindHas) };
}

/** The file's recipients the award does not have yet, added after its own in the file's order, in the caller's one transaction. */
export async function importAwardRecipients(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  input: AwardFile,
): Promise<{ awards: Awards; added: number; fileName: string }> {
  const preview = await previewAwardImport(db, input);
  const fresh = preview.rows.filter((r) => !r.already);
  if (preview.rows.length && !fresh.length)
    throw new DomainError('VALIDATION', {
      vi: 'Mọi người nhận trong tệp đã có trong hình thức khen thưởng này. Không có gì được thêm.',
      en: 'Every recipient in the file is already on this award. Nothing was added.',
    });
  if (!preview.rows.length)
    throw new DomainError('VALIDATION', {
      vi: 'Tệp không có dòng nào đọc được là người nhận khen thưởng (cần cột Họ và tên hoặc Đơn vị). Không có gì được thêm.',
      en: 'No row of the file reads as an award recipient (a name or unit column is needed). Nothing was added.',
    });
  const eventId = await addRecipients(
    db,
    input.kindId,
    undefined,
    fresh.map((r) => ({ recipientKind: r.recipientKind, delegateId: r.delegateId, fullName: r.fullName, title: r.title, unit: r.unit })),
  );
  const fileName = input.fileName.split(/[\\/]/).pop() ?? input.fileName;
  return { awards: await getAwards(db, sqlite, eventId), added: fresh.length, fileName };
}

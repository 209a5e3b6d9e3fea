import { z } from 'zod';
import { id } from '../fields';
import { query, returns } from './define';
import { MAX_BULK } from './delegates';

export const EXPORT_COLUMNS = [
  'seq',
  'fullName',
  'title',
  'organization',
  'category',
  'bridgePoint',
  'status',
  'rank',
  'phone',
  'email',
  'notes',
  'appointmentDate',
  'birthDate',
  'seat',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  rows: number;
}

export const exportContract = {
  /**
   * The delegate list as .xlsx or .csv: all delegates in precedence order, or exactly `ids` in the
   * given order (the filtered, sorted view). Cells that could run as formulas are neutralised.
   */
  'delegates.export': query(
    z.strictObject({
      eventId: id,
      format: z.enum(['xlsx', 'csv']),
      ids: z.array(id).max(MAX_BULK).optional(),
      columns: z.array(z.enum(EXPORT_COLUMNS)).min(1).max(EXPORT_COLUMNS.length).optional(),
      language: z.enum(['vi', 'en']).default('vi'),
    }),
    returns<ExportedFile>(),
  ),
  /** The order of precedence as .xlsx, with the event's name and date above the table. */
  'precedence.export': query(z.strictObject({ eventId: id, language: z.enum(['vi', 'en']).default('vi') }), returns<ExportedFile>()),
};

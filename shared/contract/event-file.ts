import { z } from 'zod';
import { id } from '../fields';
import { MAX_EVENT_FILE_BYTES } from '../event-file/format';
import type { Message } from '../result';
import { command, query, returns } from './define';
import type { ExportedFile } from './export';

export type MergeChoice = 'mine' | 'theirs';

/** Who last changed a record on one side, and when. */
export interface MergeSide {
  laptop: string;
  at: string;
}

/**
 * One thing both laptops changed differently, for the organizer to choose. `field`: one field of a
 * record (both values shown); `row`: deleted on one side and edited on the other (`deleted` says
 * which); `unique`: two records claim the same place (the same seat, the same category name).
 */
export interface MergeConflict {
  key: string;
  kind: 'field' | 'row' | 'unique';
  table: string;
  tableLabel: Message;
  rowId: string;
  record: string | null;
  field: string | null;
  fieldLabel: Message | null;
  mine: string | number | null;
  theirs: string | number | null;
  deleted: MergeChoice | null;
  mineBy: MergeSide | null;
  theirsBy: MergeSide | null;
  choice: MergeChoice;
}

export interface MergeTableCounts {
  table: string;
  label: Message;
  added: number;
  updated: number;
  deleted: number;
  /** Rows this laptop changed that the file has otherwise: ours kept. */
  kept: number;
  /** Rows that were the same thing twice (a delegate checked in on both laptops): one kept. */
  deduplicated: number;
}

/** What an import did, or (preview) would do. */
export interface EventFileSummary {
  mode: 'new' | 'merge';
  event: { id: string; name: string; startDate: string };
  from: { laptop: string; exportedAt: string; appVersion: string };
  /** The file's change sets this laptop had not seen. */
  remoteChanges: number;
  tables: MergeTableCounts[];
  conflicts: MergeConflict[];
  /** Check-ins of the same delegate on both laptops, counted once. */
  checkInsAlreadyHere: number;
  nothingNew: boolean;
}

// Base64 is 4 characters per 3 bytes.
const fileData = z
  .string()
  .min(1)
  .max(Math.ceil(MAX_EVENT_FILE_BYTES / 3) * 4 + 4);
const choice = z.enum(['mine', 'theirs']);

export const eventFileContract = {
  /** One event whole (every record and its change history) as a .hoinghi file for another laptop. */
  'eventFile.export': query(z.strictObject({ eventId: id }), returns<ExportedFile>()),
  /** Reads a .hoinghi file and says what importing it would do, changing nothing. */
  'eventFile.preview': query(z.strictObject({ dataBase64: fileData }), returns<EventFileSummary>()),
  /**
   * Adds the file's event, or merges it into this laptop's copy, in one change set. `choices`:
   * the organizer's pick per conflict key; `otherwise` for the rest.
   */
  'eventFile.import': command(
    z.strictObject({
      dataBase64: fileData,
      choices: z.record(z.string().max(400), choice).default({}),
      otherwise: choice.default('mine'),
    }),
    returns<EventFileSummary>(),
  ),
};

import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from '../fields';
import { wellFormed } from '../text';
import { MAX_IMPORT_FILE_BYTES } from './import';
import { command, query, returns } from './define';
import type { ScriptItem } from './script';

/** An award of the event (Bằng khen của Thủ tướng Chính phủ), in order from the highest (seq 0). */
export interface AwardKind {
  id: string;
  eventId: string;
  seq: number;
  name: string;
  decisionNumber: string | null;
  /** ISO date of the decision. */
  decisionDate: string | null;
  /** Who signed it ("Thủ tướng Chính phủ"). */
  decisionSigner: string | null;
  /** Recipients called on stage at a time, 5 to 10. */
  batchSize: number;
  createdAt: string;
  updatedAt: string;
}

export type RecipientKind = 'individual' | 'collective';

/**
 * One recipient in the decision's order. An individual: a delegate (delegateId) or a name not in the
 * list; a collective: its unit, received by its leader (a delegate, or a name). Name, title and unit
 * are stored (a linked delegate's filling the blanks), so a deleted delegate leaves the name; while
 * linked, the name read is the delegate's as it now is, the title and unit as the decision gives them.
 */
export interface AwardRecipient {
  id: string;
  eventId: string;
  kindId: string;
  seq: number;
  recipientKind: RecipientKind;
  delegateId: string | null;
  fullName: string | null;
  title: string | null;
  unit: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A presenter chosen by hand for one batch of a kind (the others are chosen by precedence). */
export interface AwardPresenter {
  id: string;
  eventId: string;
  kindId: string;
  batchIndex: number;
  delegateId: string;
}

/** A recipient as the batches, the screen and the print read it: the delegate's current name, and the seat. */
export interface BatchEntry {
  recipientId: string;
  collective: boolean;
  name: string | null;
  title: string | null;
  unit: string | null;
  seat: string | null;
}

export interface PresenterRef {
  delegateId: string;
  fullName: string;
  title: string | null;
}

export interface AwardBatch {
  kindId: string;
  /** 0-based within its kind. */
  index: number;
  /** How many batches its kind has. */
  of: number;
  entries: BatchEntry[];
  presenter: PresenterRef | null;
  /** Whether the presenter was chosen by hand. */
  chosen: boolean;
  /** The script item's title and the MC's lines for it. */
  title: string;
  lines: string;
}

export interface Awards {
  kinds: AwardKind[];
  /** Every kind's recipients, kind by kind in the decision's order. */
  recipients: AwardRecipient[];
  presenters: AwardPresenter[];
  /** The batches from the highest award down, as the script gets them. */
  batches: AwardBatch[];
  /** Who can present, in order of precedence (the hall's ranked delegates): what the presenter choice offers. */
  pool: PresenterRef[];
}

export interface AwardImportRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  recipientKind: RecipientKind;
  fullName: string | null;
  title: string | null;
  unit: string | null;
  /** The delegate the row matched (same name and unit, as the delegate import's duplicate check), if any. */
  delegateId: string | null;
  /** Already a recipient of this award (the same delegate, or the same name and unit): not added again. */
  already: boolean;
}

export interface AwardImportPreview {
  sheet: string;
  /** 0-based row of the header found. */
  headerRow: number;
  /** What the columns were read as ("Họ và tên" → name). */
  columns: { name: string | null; title: string | null; unit: string | null; collective: string | null };
  rows: AwardImportRow[];
  /** Rows without a name or a unit, headings, totals and signatures: not recipients. */
  skipped: number;
}

const kindFields = {
  name: requiredText(300),
  decisionNumber: optionalText(100),
  decisionDate: isoDate.nullable(),
  decisionSigner: optionalText(300),
  batchSize: z.number().int().min(5).max(10),
};
const recipientFields = {
  recipientKind: z.enum(['individual', 'collective']),
  delegateId: id.nullable(),
  fullName: optionalText(200),
  title: optionalText(300),
  unit: optionalText(300),
};
const partial = <T extends Record<string, z.ZodType>>(fields: T) =>
  z.strictObject(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof T]: z.ZodOptional<T[K]>;
    },
  );
export type AwardKindPatch = z.output<ReturnType<typeof partial<typeof kindFields>>>;
export type AwardRecipientPatch = z.output<ReturnType<typeof partial<typeof recipientFields>>>;

const newKind = z.strictObject({
  ...kindFields,
  decisionNumber: kindFields.decisionNumber.default(null),
  decisionDate: kindFields.decisionDate.default(null),
  decisionSigner: kindFields.decisionSigner.default(null),
  batchSize: kindFields.batchSize.default(8),
});
export type NewAwardKind = z.output<typeof newKind>;
const newRecipient = z.strictObject({
  ...recipientFields,
  delegateId: recipientFields.delegateId.default(null),
});
export type NewAwardRecipient = z.output<typeof newRecipient>;

const file = {
  kindId: id,
  fileName: z.string().min(1).max(260).transform(wellFormed),
  dataBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4),
  sheet: z.string().max(200).optional(),
};

/** Every write answers with the event's awards as stored, batches and all. */
export const awardsContract = {
  'awards.list': query(z.strictObject({ eventId: id }), returns<Awards>()),
  /** A kind put after another (first when `afterId` is null; last when it is left out). */
  'awards.createKind': command(z.strictObject({ eventId: id, afterId: id.nullable().optional(), kind: newKind }), returns<Awards>()),
  'awards.updateKind': command(z.strictObject({ id, set: partial(kindFields) }), returns<Awards>()),
  'awards.deleteKind': command(z.strictObject({ id }), returns<Awards>()),
  'awards.moveKind': command(z.strictObject({ id, afterId: id.nullable() }), returns<Awards>()),
  'awards.addRecipient': command(z.strictObject({ kindId: id, afterId: id.nullable().optional(), recipient: newRecipient }), returns<Awards>()),
  'awards.updateRecipient': command(z.strictObject({ id, set: partial(recipientFields) }), returns<Awards>()),
  'awards.deleteRecipient': command(z.strictObject({ id }), returns<Awards>()),
  /** Moved to just after `afterId` (first when null) within its kind. */
  'awards.moveRecipient': command(z.strictObject({ id, afterId: id.nullable() }), returns<Awards>()),
  /** Reads a spreadsheet of recipients and says what would be added. Writes nothing. */
  'awards.previewImport': query(z.strictObject(file), returns<AwardImportPreview>()),
  /** Adds the file's recipients after the kind's own, in the file's order. */
  'awards.importRecipients': command(z.strictObject(file), returns<{ awards: Awards; added: number; fileName: string }>()),
  /** A batch's presenter chosen by hand; null gives the choice back to the order of precedence. */
  'awards.setPresenter': command(z.strictObject({ kindId: id, batchIndex: z.number().int().min(0).max(999), delegateId: id.nullable() }), returns<Awards>()),
  /**
   * One script item per batch, from the highest award down, right after the script's "Công bố quyết
   * định và trao khen thưởng" item (at the end when it has none), replacing the items the awards wrote before;
   * lines edited by hand there are only overwritten with `overwriteEdits` (CONFLICT otherwise).
   */
  'awards.writeScript': command(
    z.strictObject({ eventId: id, overwriteEdits: z.boolean().default(false) }),
    returns<{ items: ScriptItem[]; written: number }>(),
  ),
};

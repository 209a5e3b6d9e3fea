import { z } from 'zod';
import { id } from '../fields';
import { wellFormed } from '../text';
import type { Message } from '../result';
import { command, query, returns } from './define';
import type { DelegateStatus } from './delegates';

/** What a spreadsheet column can be mapped to. familyName + givenName are joined ("Họ và tên đệm" | "Tên"). */
export const IMPORT_FIELDS = [
  'seq',
  'fullName',
  'familyName',
  'givenName',
  'title',
  'organization',
  'category',
  'bridgePoint',
  'phone',
  'email',
  'notes',
  'status',
  'precedenceOrder',
  'appointmentDate',
  'birthDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const DUPLICATE_ACTIONS = ['skip', 'update', 'keepBoth'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

/** Files larger than this are refused before parsing (a delegate list is a few hundred KB). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Data rows above this are refused: far above any real event, well below what would stall the app. */
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportColumn {
  /** 0-based column index in the sheet. */
  index: number;
  header: string;
  /** A few cleaned values from the first data rows, to help the user map the column. */
  samples: string[];
  field: ImportField | null;
}

export interface ImportInspection {
  fileKind: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string;
  /** 0-based index of the header row in the sheet's rows. */
  headerRow: number;
  columns: ImportColumn[];
  /** 'remembered' when this header set was mapped by hand before; 'detected' from header names. */
  mappingSource: 'remembered' | 'detected';
  /** Rows below the header, before any are skipped. */
  dataRowCount: number;
  /** The first rows of the sheet as text, so the user can see (and change) where the header is. */
  topRows: string[][];
}

/** One row as it would be written, after cleaning. Labels, not ids, for category and bridge point. */
export interface ImportCandidate {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  fullName: string;
  title: string | null;
  organization: string | null;
  category: string | null;
  bridgePoint: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  status: DelegateStatus | null;
  /** A hand order within the delegate's precedence level (lower first); the level itself is never imported. */
  precedenceOrder: number | null;
  appointmentDate: string | null;
  birthDate: string | null;
}

export interface RowIssue {
  row: number;
  fullName: string | null;
  reasons: Message[];
}

export interface DuplicateMatch {
  row: number;
  incoming: ImportCandidate;
  /** The event's delegate this row matches (same folded name + organization), if any. */
  existing: { id: string; fullName: string; title: string | null; organization: string | null; phone: string | null } | null;
  /** The earlier row of the same file this row repeats, if any. */
  sameAsRow: number | null;
  /** That earlier row as it was read, to show both spellings side by side. */
  earlier: { fullName: string; title: string | null; organization: string | null; phone: string | null } | null;
  /**
   * The best of the spellings so far (proper case over ALL CAPS or all lower case; the first on a
   * tie): what the delegate keeps when the spellings differ in quality.
   */
  keptName: string;
}

/** A section heading of the list ("I. KHÁCH MỜI") that names a category or a unit for the rows below it. */
export interface ImportSection {
  /** 1-based row number of the heading. */
  row: number;
  text: string;
  /** The category label it would give ("Khách mời"), or null. */
  category: string | null;
  /** The unit it would give, or null. */
  organization: string | null;
  /** Rows under it (up to the next heading of the same kind) without a value of their own: what it would fill. */
  rows: number;
  /** Whether it is applied in this preview: by default when it names a category. */
  apply: boolean;
}

/** Names typed in capitals or lower case, which the title-case option rewrites ("LÊ ĐỨC BÌNH" -> "Lê Đức Bình"). */
export interface TitleCaseInfo {
  /** How many valid rows' names the option changes (whether it is on or not). */
  count: number;
  /** A few of them, as typed and as rewritten. */
  examples: { from: string; to: string }[];
}

export interface ImportPreview {
  dataRowCount: number;
  /** Valid rows that are not duplicates: written whatever the duplicate decisions. */
  toAdd: number;
  errors: RowIssue[];
  warnings: RowIssue[];
  skipped: { blank: number; totals: number; repeatedHeaders: number; sections: number; signatures: number };
  duplicates: DuplicateMatch[];
  /** Headings that can fill a category or unit for the rows below them. */
  sections: ImportSection[];
  titleCase: TitleCaseInfo;
  /** The first valid rows, cleaned, as they will be written. */
  sample: ImportCandidate[];
  newCategories: string[];
  newBridgePoints: string[];
}

export interface ImportReportRow {
  row: number;
  fullName: string | null;
  outcome: 'added' | 'updated' | 'skipped' | 'error';
  reason: Message | null;
}

export interface ImportReport {
  fileName: string;
  sheet: string;
  added: number;
  updated: number;
  skippedDuplicates: number;
  skippedErrors: number;
  skippedOther: number;
  categoriesCreated: string[];
  bridgePointsCreated: string[];
  rows: ImportReportRow[];
  durationMs: number;
}

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}

const file = {
  eventId: id,
  // Shown back in the report: a lone surrogate would not survive being saved.
  fileName: z.string().min(1).max(260).transform(wellFormed),
  // base64 of at most MAX_IMPORT_FILE_BYTES, checked again on the decoded bytes.
  dataBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4),
  sheet: z.string().max(200).optional(),
};

const mapped = {
  ...file,
  headerRow: z.number().int().min(0).max(1000),
  /** mapping[i] is what column i holds; null = ignore. */
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(500),
  /** How names are cleaned (Hòa / Hoà); left out, the event's own setting applies. */
  toneStyle: z.enum(['old', 'new']).optional(),
  /** Names in ALL CAPS or all lower case written in title case ("LÊ ĐỨC BÌNH" -> "Lê Đức Bình"). */
  titleCaseNames: z.boolean().default(true),
  /** Per heading row (key: row number): apply what it names to the rows below, or not. Left out: the default. */
  sections: z.record(z.string().regex(/^\d{1,7}$/), z.boolean()).default({}),
};

export const importContract = {
  /** Reads the file, finds the header row, proposes a column mapping. Writes nothing. */
  'import.inspect': query(z.strictObject(file), returns<ImportInspection>()),
  /** Cleans and validates every row with the given mapping; finds duplicates. Writes nothing. */
  'import.preview': query(z.strictObject(mapped), returns<ImportPreview>()),
  /** Writes the rows in ONE transaction (all or nothing) and remembers the mapping for this header set. */
  'import.commit': command(
    z.strictObject({
      ...mapped,
      duplicates: z.strictObject({
        all: z.enum(DUPLICATE_ACTIONS),
        /** Per-row choices (key: row number) that override `all`. */
        byRow: z.record(z.string().regex(/^\d{1,7}$/), z.enum(DUPLICATE_ACTIONS)).default({}),
      }),
      /** Chosen by the caller, to poll import.progress while the commit runs. */
      progressId: z.string().min(8).max(64).optional(),
    }),
    returns<ImportReport>(),
  ),
  'import.progress': query(z.strictObject({ progressId: z.string().min(8).max(64) }), returns<ImportProgress | null>()),
};

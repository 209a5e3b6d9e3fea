import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { getEvent } from '../../db/events';
import { delegatesForDuplicates, knownUnits, labelKeys, writeImport, type EventLabels } from '../../db/import';
import type { DB } from '../../db/schema';
import { readSetting, writeSetting } from '../../db/settings';
import {
  MAX_IMPORT_ROWS,
  type ImportColumn,
  type ImportField,
  type ImportInspection,
  type ImportPreview,
  type ImportReport,
  type DuplicateAction,
} from '../../shared/contract/import';
import { classifyRow } from '../../shared/import/classify';
import { cellClean } from '../../shared/import/clean';
import { findDuplicates } from '../../shared/import/duplicates';
import {
  detectHeaderRow,
  detectMapping,
  fallbackHeaderRow,
  HEADER_SCAN_ROWS,
  mappingMemoryKey,
  mappingProblem,
  recallMapping,
  rememberMapping,
  sameMapping,
} from '../../shared/import/mapping';
import { planWrites } from '../../shared/import/plan';
import { buildPreview } from '../../shared/import/preview';
import { buildReport } from '../../shared/import/report';
import { checkRows, dataRowCount, type CheckedRows } from '../../shared/import/rows';
import { DomainError } from '../../shared/result';
import type { ToneStyle } from '../../shared/text';
import { tooManyRows } from './errors';
import { dropProgress, setProgress, yieldToEventLoop } from './progress';
import { readSpreadsheet, type ParsedFile } from './read';

/** The mapping cannot name more columns than the contract lets it send. */
const MAX_COLUMNS = 500;
const SAMPLES = 3;
const SAMPLE_SCAN_ROWS = 200;
const TOP_COLUMNS = 50;
const TOP_CELL_CHARS = 200;

export interface FileInput {
  eventId: string;
  fileName: string;
  dataBase64: string;
  sheet?: string | undefined;
}

export interface MappedInput extends FileInput {
  headerRow: number;
  mapping: (ImportField | null)[];
  toneStyle?: ToneStyle | undefined;
  titleCaseNames?: boolean | undefined;
  sections?: Record<string, boolean> | undefined;
}

export interface CommitInput extends MappedInput {
  duplicates: { all: DuplicateAction; byRow: Record<string, DuplicateAction> };
  progressId?: string | undefined;
}

const widthOf = (rows: ParsedFile['rows']) =>
  Math.min(
    MAX_COLUMNS,
    rows.reduce((w, r) => Math.max(w, r.length), 0),
  );
const headersOf = (rows: ParsedFile['rows'], headerRow: number, width: number) => Array.from({ length: width }, (_, i) => cellClean(rows[headerRow]?.[i]));

export async function inspectImport(db: Kysely<DB>, input: FileInput): Promise<ImportInspection> {
  await getEvent(db, input.eventId);
  const file = await readSpreadsheet(input);
  const rows = file.rows;
  const headerRow = detectHeaderRow(rows) ?? fallbackHeaderRow(rows);
  const count = dataRowCount(rows, headerRow);
  if (count > MAX_IMPORT_ROWS) throw tooManyRows(count);

  const width = widthOf(rows);
  const headers = headersOf(rows, headerRow, width);
  const remembered = recallMapping(await readSetting(db, mappingMemoryKey(headers)), headers, width);
  const mapping = remembered ?? detectMapping(headers);

  const columns: ImportColumn[] = headers.map((header, index) => ({ index, header, samples: [], field: mapping[index] ?? null }));
  // Samples come from rows that are delegates under the proposed mapping: not headings or totals.
  const ctx = { mapping, headerLower: headers.map((h) => h.toLowerCase()) };
  const end = Math.min(rows.length, headerRow + 1 + SAMPLE_SCAN_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    const texts = Array.from({ length: width }, (_, i) => cellClean(rows[r]![i]));
    if (classifyRow(texts, ctx) !== 'data') continue;
    for (const col of columns) if (col.samples.length < SAMPLES && texts[col.index]) col.samples.push(texts[col.index]!.slice(0, TOP_CELL_CHARS));
  }
  return {
    fileKind: file.fileKind,
    sheets: file.sheets,
    sheet: file.sheet,
    headerRow,
    columns,
    mappingSource: remembered ? 'remembered' : 'detected',
    dataRowCount: count,
    topRows: rows.slice(0, HEADER_SCAN_ROWS).map((r) => r.slice(0, TOP_COLUMNS).map((c) => cellClean(c).slice(0, TOP_CELL_CHARS))),
  };
}

interface Checked {
  checked: CheckedRows;
  /** The user's mapping, one entry per column of the sheet. */
  mapping: (ImportField | null)[];
  labels: EventLabels;
}

/** Reads, checks the mapping, cleans and validates every row. Shared by preview and commit. */
async function check(db: Kysely<DB>, input: MappedInput, file: ParsedFile): Promise<Checked> {
  const event = await getEvent(db, input.eventId);
  if (input.headerRow >= file.rows.length)
    throw new DomainError('VALIDATION', {
      vi: `Dòng tiêu đề ${input.headerRow + 1} nằm ngoài trang tính (chỉ có ${file.rows.length} dòng).`,
      en: `Header row ${input.headerRow + 1} is outside the sheet (it has ${file.rows.length} rows).`,
    });
  const problem = mappingProblem(input.mapping);
  if (problem) throw new DomainError('VALIDATION', problem);
  const mapping = Array.from({ length: widthOf(file.rows) }, (_, i) => input.mapping[i] ?? null);
  const count = dataRowCount(file.rows, input.headerRow);
  if (count > MAX_IMPORT_ROWS) throw tooManyRows(count);
  const style = input.toneStyle ?? event.toneStyle;
  const labels = await labelKeys(db, input.eventId);
  const options = {
    titleCaseNames: input.titleCaseNames ?? true,
    sections: input.sections ?? {},
    customCategories: labels.customCategories,
    knownUnits: await knownUnits(db, input.eventId),
  };
  return { mapping, labels, checked: checkRows(file.rows, input.headerRow, mapping, style, options) };
}

export async function previewImport(db: Kysely<DB>, input: MappedInput): Promise<ImportPreview> {
  const { checked, labels } = await check(db, input, await readSpreadsheet(input));
  const duplicates = findDuplicates(checked.candidates, await delegatesForDuplicates(db, input.eventId), checked.nameKeys);
  return buildPreview(checked, duplicates, labels);
}

/**
 * The whole import inside the caller's transaction (`trx`; `sqlite` is its connection, used for
 * the row writes): nothing is written unless everything is. Progress is published under
 * input.progressId; between write chunks the event loop gets a turn, so import.progress polls
 * (which never touch the database) are answered meanwhile. "done" is published just before
 * dispatch commits; should the commit itself fail, the call's answer says so.
 */
export async function commitImport(trx: Kysely<DB>, sqlite: BetterSqlite3.Database, input: CommitInput): Promise<ImportReport> {
  const started = performance.now();
  const id = input.progressId;
  try {
    setProgress(id, { phase: 'reading', done: 0, total: 1 });
    const file = await readSpreadsheet(input);
    setProgress(id, { phase: 'checking', done: 0, total: file.rows.length });
    const { checked, mapping } = await check(trx, input, file);
    const duplicates = findDuplicates(checked.candidates, await delegatesForDuplicates(trx, input.eventId), checked.nameKeys);
    const plan = planWrites(checked.candidates, duplicates, input.duplicates);
    const total = plan.inserts.length + plan.updates.length;
    setProgress(id, { phase: 'writing', done: 0, total });
    await yieldToEventLoop();
    const created = await writeImport(trx, sqlite, input.eventId, plan, async (done) => {
      setProgress(id, { phase: 'writing', done, total });
      await yieldToEventLoop();
    });
    await rememberFor(trx, file, input.headerRow, mapping);
    const report = buildReport({ fileName: input.fileName, sheet: file.sheet, durationMs: Math.round(performance.now() - started), ...created }, checked, plan);
    setProgress(id, { phase: 'done', done: total, total });
    return report;
  } catch (e) {
    dropProgress(id);
    throw e;
  }
}

/**
 * Remembers a hand-made mapping for this header set; a mapping equal to what detection proposes
 * needs no memory (and clears an older one), so "remembered" always means "mapped by hand".
 */
async function rememberFor(trx: Kysely<DB>, file: ParsedFile, headerRow: number, mapping: (ImportField | null)[]): Promise<void> {
  const headers = headersOf(file.rows, headerRow, mapping.length);
  const key = mappingMemoryKey(headers);
  if (!sameMapping(mapping, detectMapping(headers))) await writeSetting(trx, key, rememberMapping(headers, mapping));
  else if ((await readSetting(trx, key)) != null) await writeSetting(trx, key, null);
}

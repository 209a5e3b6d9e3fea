import { createHash } from 'node:crypto';
import type { RawCell } from '../../shared/import/cells';
import { decodeCsv, parseCsv } from './csv';
import { cellTooLong, emptySheet, MAX_CELL_CHARS, notAnExcelFile } from './errors';
import { decodeBase64, sniff, type FileKind } from './sniff';
import { readXlsx } from './xlsx';

export interface ParsedFile {
  fileKind: FileKind;
  sheets: string[];
  sheet: string;
  /** Treat as read-only: the same arrays are handed to inspect, preview and commit. */
  rows: readonly (readonly RawCell[])[];
}

/**
 * inspect, preview and commit each receive the whole file; parsing it once and reusing the rows
 * keeps the three steps fast on a 5,000-row list. Keyed by a hash of the bytes and the sheet, so a
 * changed file is always re-read; a file read without naming a sheet is also filed under the sheet
 * it opened, which is what the next call names. A few keys (two sheets), ten minutes.
 */
const cache = new Map<string, { at: number; file: ParsedFile }>();
const CACHE_KEYS = 4;
const CACHE_MS = 10 * 60 * 1000;

export function clearParseCache(): void {
  cache.clear();
}

export async function readSpreadsheet(input: { fileName: string; dataBase64: string; sheet?: string | undefined }): Promise<ParsedFile> {
  const hash = createHash('sha256').update(input.dataBase64).digest('hex');
  const key = (sheet: string | undefined) => `${hash}\u0000${sheet ?? ''}`;
  const now = Date.now();
  for (const [k, v] of cache) if (now - v.at > CACHE_MS) cache.delete(k);
  const hit = cache.get(key(input.sheet));
  if (hit) return hit.file;

  const file = await parse(input);
  checkCellSizes(file.rows);
  if (!file.rows.some((r) => r.some((c) => c !== null && c !== undefined && c !== ''))) throw emptySheet(file.sheet);
  cache.set(key(input.sheet), { at: now, file });
  if (file.fileKind === 'xlsx') cache.set(key(file.sheet), { at: now, file });
  while (cache.size > CACHE_KEYS) cache.delete(cache.keys().next().value!);
  return file;
}

async function parse(input: { fileName: string; dataBase64: string; sheet?: string | undefined }): Promise<ParsedFile> {
  const bytes = decodeBase64(input.dataBase64);
  const kind = sniff(bytes);
  if (kind === 'xlsx') {
    const x = await readXlsx(bytes, input.sheet);
    return { fileKind: 'xlsx', sheets: x.sheets, sheet: x.sheet, rows: x.rows };
  }
  // Text named .xlsx is not read as a CSV: the user picked a workbook, and guessing would import
  // whatever the bytes happen to split into.
  if (/\.xls[xm]$/i.test(input.fileName.trim())) throw notAnExcelFile(input.fileName.split(/[\\/]/).pop() ?? input.fileName);
  // A CSV has one sheet; it is named after the file. A sheet name sent for it is ignored.
  const name = (input.fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]+$/, '') || 'CSV';
  return { fileKind: 'csv', sheets: [name], sheet: name, rows: parseCsv(decodeCsv(bytes)) };
}

/**
 * A cell longer than Excel allows is refused with its row and column, before any cleaning runs on
 * it: no field holds more than 2,000 characters, and an 8 MB cell only costs time (or worse).
 */
function checkCellSizes(rows: ParsedFile['rows']): void {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw cellTooLong(r + 1, c, v.length);
    }
  }
}

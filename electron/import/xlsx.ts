import { InvalidInputError, InvalidSpreadsheetError, readSheet, SheetNotFoundError } from 'read-excel-file/node';
import { MAX_IMPORT_ROWS } from '../../shared/contract/import';
import type { NumberCell, RawCell } from '../../shared/import/cells';
import { damagedFile, sheetNotFound, tooManyRows, unreadableSheet } from './errors';
import { inspectXlsxZip } from './zip-guard';

export interface XlsxSheet {
  sheets: string[];
  sheet: string;
  rows: RawCell[][];
}

/** Titles, blanks and a total row on top of the data rows: the cap is on delegates, not layout. */
const LAYOUT_ROWS = 1000;

// A number cell keeps the digits as written in the file: a phone's leading-zero repair and long
// numbers must not go through a float.
const parseNumber = (num: string): NumberCell => ({ num });

/**
 * Reads one sheet (the named one, else the first visible one) after the zip guard has passed the
 * file. A sheet storing far more rows than an import may take is refused before it is parsed.
 */
export async function readXlsx(bytes: Buffer, sheet?: string): Promise<XlsxSheet> {
  const zip = inspectXlsxZip(bytes);
  const names = zip.sheets.map((s) => s.name);
  if (names.length === 0) throw damagedFile();
  const index =
    sheet === undefined
      ? Math.max(
          0,
          zip.sheets.findIndex((s) => !s.hidden),
        )
      : names.indexOf(sheet);
  if (index < 0) throw sheetNotFound(sheet!, names);
  const chosen = zip.sheets[index]!;
  if (chosen.rowCount > MAX_IMPORT_ROWS + LAYOUT_ROWS) throw tooManyRows(chosen.rowCount);
  try {
    // By position, as the workbook lists them: the same order the guard read.
    const rows = await readSheet<NumberCell>(bytes, index + 1, { parseNumber });
    return { sheets: names, sheet: chosen.name, rows: rows as unknown as RawCell[][] };
  } catch (e) {
    if (e instanceof SheetNotFoundError) throw sheetNotFound(chosen.name, names);
    if (e instanceof InvalidSpreadsheetError) throw unreadableSheet();
    if (e instanceof InvalidInputError) throw damagedFile();
    // Anything else a parser throws on a stranger's file is still the file's fault, not ours.
    throw damagedFile();
  }
}

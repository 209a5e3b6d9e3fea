import Papa from 'papaparse';
import { MAX_IMPORT_ROWS } from '../../shared/contract/import';
import { notASpreadsheet, notUtf8, tooManyRows } from './errors';

/**
 * CSV text from bytes: a BOM decides (UTF-8, UTF-16 LE/BE); without one, NUL bytes in the first
 * KB mean UTF-16 (on odd positions LE, even BE, as ASCII text lays them out); otherwise it must
 * be valid UTF-8. Legacy Vietnamese code pages (TCVN3, VNI, Windows-1258) cannot be told apart
 * reliably, so they are refused with how to re-save, rather than imported garbled.
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = utf8(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const head = bytes.subarray(0, 1024);
    let odd = 0;
    let even = 0;
    for (let i = 0; i < head.length; i++) {
      if (head[i] !== 0) continue;
      if (i % 2) odd++;
      else even++;
    }
    if (odd + even > head.length / 8)
      text = new TextDecoder(odd >= even ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    else text = utf8(bytes);
  }
  if (looksBinary(text)) throw notASpreadsheet();
  return text;
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Binary junk is not UTF-8 either: tell "not a spreadsheet" from "a CSV in the wrong code page".
    if (looksBinary(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))) throw notASpreadsheet();
    throw notUtf8();
  }
}

/** Control characters other than tab, CR, LF are not in any spreadsheet's text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, sample.length / 100);
}

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter is the one that splits the most of the first 50 non-empty lines into the same
 * number (two or more) of fields. Title rows above the header have none and do not vote.
 * Excel's "sep=;" first line decides outright.
 */
export function detectDelimiter(text: string): Delimiter {
  const sep = /^sep=([,;\t])\r?\n/.exec(text);
  if (sep) return sep[1] as Delimiter;
  const lines = text
    .split(/\r?\n/, 200)
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = fieldsIn(line, d);
      if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Fields on one line, quotes respected (a comma inside "Hà Nội, Việt Nam" is not a separator). */
function fieldsIn(line: string, d: string): number {
  let n = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/** All rows as text cells; blank lines are kept as rows so row numbers match the file's lines. */
export function parseCsv(text: string): string[][] {
  // More lines than rows could possibly be is refused before parsing builds them all.
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= MAX_IMPORT_ROWS + 1000; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_IMPORT_ROWS + 1000) throw tooManyRows(text.split('\n').length);
  // Excel's "sep=;" line stays as an empty row, so row numbers still match the file's lines.
  const body = text.replace(/^sep=[,;\t](\r?\n)/, '$1');
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, header: false, dynamicTyping: false });
  const rows = result.data;
  // The final newline gives one empty row that is not in the file.
  while (rows.length && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  return rows;
}

// What a spreadsheet may skip or not show before the first character it reads: spaces and
// controls (NUL included), and invisible format characters (soft hyphen, zero-width spaces and
// joiners, bidi marks and embeddings, word joiner, BOM, variation selectors, Hangul fillers).
const INVISIBLE_LEAD =
  /^[\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]+/;
// The formula starters, also in their full-width forms (an IME types those).
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\u2212]/;

/**
 * Spreadsheet-safe text out: a cell that starts with = + - @, a tab or a carriage return could be
 * run as a formula by Excel or LibreOffice (OWASP "CSV injection"), so it gets a leading apostrophe.
 * Invisible characters in front do not hide a formula: "\u200b=HYPERLINK(…)" and "\0=1+1" are
 * neutralised too.
 */
export function neutralizeCell(value: string): string {
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const lead = INVISIBLE_LEAD.exec(value);
  const rest = lead ? value.slice(lead[0].length) : value;
  return FORMULA_START.test(rest) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a UTF-8 BOM (so Excel reads the diacritics) and CRLF line ends; every cell neutralised. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = rows.map((r) => r.map((c) => quote(neutralizeCell(c === null || c === undefined ? '' : String(c)))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * Spreadsheet-safe text out: a cell that starts with = + - @, a tab or a carriage return could be
 * run as a formula by Excel or LibreOffice (OWASP "CSV injection"), so it gets a leading apostrophe.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a UTF-8 BOM (so Excel reads the diacritics) and CRLF line ends; every cell neutralised. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = rows.map((r) => r.map((c) => quote(neutralizeCell(c === null || c === undefined ? '' : String(c)))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * Cells as the readers hand them over, and their plain text.
 * The xlsx reader keeps a number cell's own digits (NumberCell) rather than a float, so a phone
 * that Excel stored as 912345678 can get its leading 0 back and long numbers are not rounded.
 */

export interface NumberCell {
  readonly num: string;
}

export type RawCell = string | number | boolean | Date | NumberCell | null | undefined;
export type RawRow = readonly RawCell[];

export const isNumberCell = (c: RawCell): c is NumberCell => typeof c === 'object' && c !== null && !(c instanceof Date);

/** "9.12345678E8" -> "912345678"; plain digits stay as they are (no float round-trip). */
export function numberText(raw: string): string {
  if (!/[eE]/.test(raw)) return raw;
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

/** A date cell as YYYY-MM-DD. The readers give dates at UTC midnight, so UTC parts are the calendar day. */
export function isoOfDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** The text a person would see in the cell (not yet cleaned). */
export function cellText(c: RawCell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (c instanceof Date) return isoOfDate(c);
  return numberText(c.num);
}

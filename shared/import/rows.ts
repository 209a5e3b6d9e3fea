import type { ImportCandidate, ImportField, RowIssue } from '../contract/import';
import { MAX_RANK } from '../contract/delegates';
import type { Message } from '../result';
import type { ToneStyle } from '../text';
import type { RawRow } from './cells';
import { classifyRow, type RowKind } from './classify';
import { cellClean, cleanDate, cleanEmail, cleanLabel, cleanPhone, cleanRank, cleanStatus } from './clean';
import { fastIdentityKey } from '../text-fast';
import { FIELD_LABELS } from './mapping';
import { reasons } from './messages';

/** Field limits, the same as the delegate and category schemas. */
export const LIMITS = { fullName: 200, title: 300, organization: 300, notes: 2000, category: 100, bridgePoint: 200 } as const;

export interface SkippedRow {
  row: number;
  kind: Exclude<RowKind, 'data'>;
}

export interface CheckedRows {
  /** Rows below the header (trailing blank rows not counted). */
  dataRowCount: number;
  /** Valid rows, cleaned, in file order. */
  candidates: ImportCandidate[];
  /** identityKey of each candidate's name (same index), known cheaply here from how it was cleaned. */
  nameKeys: string[];
  errors: RowIssue[];
  warnings: RowIssue[];
  skipped: SkippedRow[];
  counts: { blank: number; totals: number; repeatedHeaders: number; sections: number };
}

const LETTER = /\p{L}/u;
const joinName = (family: string, given: string) => (family && given ? `${family} ${given}` : family || given);

/** Rows below the header with trailing blank rows dropped: what "rows in the file" means to a user. */
export function dataRowCount(rows: readonly RawRow[], headerRow: number): number {
  let end = rows.length;
  while (end > headerRow + 1 && (rows[end - 1] ?? []).every((c) => cellClean(c) === '')) end--;
  return Math.max(0, end - headerRow - 1);
}

/**
 * Classifies, cleans and validates every row below the header with the given mapping.
 * `headerRow` is 0-based; reported row numbers are 1-based, as the spreadsheet shows them.
 */
export function checkRows(
  rows: readonly RawRow[],
  headerRow: number,
  mapping: readonly (ImportField | null)[],
  style: ToneStyle,
): CheckedRows {
  const header = rows[headerRow] ?? [];
  const width = Math.max(mapping.length, header.length);
  const headerLower = Array.from({ length: width }, (_, i) => cellClean(header[i]).toLowerCase());
  const ctx = { mapping, headerLower };
  const col = (f: ImportField) => mapping.indexOf(f);
  const c = {
    fullName: col('fullName'),
    familyName: col('familyName'),
    givenName: col('givenName'),
    title: col('title'),
    organization: col('organization'),
    category: col('category'),
    bridgePoint: col('bridgePoint'),
    phone: col('phone'),
    email: col('email'),
    status: col('status'),
    precedenceRank: col('precedenceRank'),
    appointmentDate: col('appointmentDate'),
    birthDate: col('birthDate'),
  };
  const notesCols = mapping.flatMap((f, i) => (f === 'notes' ? [i] : []));

  const out: CheckedRows = {
    dataRowCount: dataRowCount(rows, headerRow),
    candidates: [],
    nameKeys: [],
    errors: [],
    warnings: [],
    skipped: [],
    counts: { blank: 0, totals: 0, repeatedHeaders: 0, sections: 0 },
  };
  const end = headerRow + 1 + out.dataRowCount;
  // Titles, units, categories and bridge points repeat on most rows: place their tones once.
  const tonedMemo = new Map<string, string>();
  const toned = (t: string): string => {
    let v = tonedMemo.get(t);
    if (v === undefined) {
      v = cleanLabel(t, style);
      tonedMemo.set(t, v);
    }
    return v;
  };
  const texts: string[] = new Array<string>(mapping.length);

  // Per-row state, reset for each row; the helpers below are made once, not per row.
  let raw: RawRow = [];
  let errs: Message[] | null = null;
  let warns: Message[] | null = null;
  let notes: string[] | null = null;
  const err = (m: Message) => (errs ??= []).push(m);
  const warn = (m: Message) => (warns ??= []).push(m);
  const note = (t: string) => (notes ??= []).push(t);
  const at = (i: number) => (i >= 0 ? texts[i]! : '');
  const label = (i: number) => (i >= 0 && texts[i] ? toned(texts[i]!) : '');
  const text = (field: 'title' | 'organization' | 'category' | 'bridgePoint', i: number): string | null => {
    const v = label(i);
    if (v.length > LIMITS[field]) err(reasons.tooLong(FIELD_LABELS[field], LIMITS[field]));
    return v || null;
  };
  const date = (field: 'appointmentDate' | 'birthDate', i: number): string | null => {
    if (i < 0 || !texts[i]) return null;
    const d = cleanDate(raw[i], texts[i]);
    if (d.kind === 'date') return d.iso;
    if (d.kind === 'none') return null;
    // Lists usually give only the year of birth; that is enough for "the older first".
    if (field === 'birthDate' && d.kind === 'partial' && /^(18|19|20)\d{2}$/.test(d.text.trim())) return d.text.trim();
    // Not a full date: the organizer's text is kept in Notes rather than lost or invented.
    warn(d.kind === 'partial' ? reasons.partialDate(FIELD_LABELS[field], d.text) : reasons.badDate(FIELD_LABELS[field], d.text));
    note(`${FIELD_LABELS[field].vi}: ${d.text}`);
    return null;
  };

  for (let r = headerRow + 1; r < end; r++) {
    raw = rows[r] ?? [];
    const rowNo = r + 1;
    const n = Math.max(mapping.length, raw.length);
    texts.length = n;
    for (let i = 0; i < n; i++) texts[i] = cellClean(raw[i]);
    const kind = classifyRow(texts, ctx);
    if (kind !== 'data') {
      out.skipped.push({ row: rowNo, kind });
      if (kind === 'blank') out.counts.blank++;
      else if (kind === 'total') out.counts.totals++;
      else if (kind === 'repeatedHeader') out.counts.repeatedHeaders++;
      else out.counts.sections++;
      continue;
    }
    errs = warns = notes = null;

    // Names are nearly all different: cleaned directly, not through the memo.
    const fullName =
      c.fullName >= 0 ? cleanLabel(at(c.fullName), style) : joinName(cleanLabel(at(c.familyName), style), cleanLabel(at(c.givenName), style));
    if (!fullName) err(reasons.noName);
    else if (fullName.length > LIMITS.fullName) err(reasons.tooLong(FIELD_LABELS.fullName, LIMITS.fullName));
    else if (!LETTER.test(fullName)) err(reasons.notAName(fullName));

    const title = text('title', c.title);
    const organization = text('organization', c.organization);
    const category = text('category', c.category);
    const bridgePoint = text('bridgePoint', c.bridgePoint);
    for (const i of notesCols) if (texts[i]) note(toned(texts[i]!));

    let phone: string | null = null;
    if (at(c.phone)) {
      const p = cleanPhone(raw[c.phone], at(c.phone));
      if (p.invalid !== null) err(reasons.badPhone(p.invalid));
      phone = p.phone;
      if (p.extra.length) {
        warn(reasons.extraPhones(p.extra.join(', ')));
        note(`${FIELD_LABELS.phone.vi}: ${p.extra.join(', ')}`);
      }
    }
    let email: string | null = null;
    if (at(c.email)) {
      const e = cleanEmail(raw[c.email], at(c.email));
      if (e.invalid !== null) err(reasons.badEmail(e.invalid));
      email = e.email;
      if (e.extra.length) {
        warn(reasons.extraEmails(e.extra.join(', ')));
        note(`Email: ${e.extra.join(', ')}`);
      }
    }
    let status: ImportCandidate['status'] = null;
    if (at(c.status)) {
      const v = cleanStatus(at(c.status));
      if (v === undefined) err(reasons.badStatus(at(c.status)));
      else status = v;
    }
    let precedenceRank: number | null = null;
    if (at(c.precedenceRank)) {
      const k = cleanRank(at(c.precedenceRank));
      if (k === undefined) err(reasons.badRank(at(c.precedenceRank), MAX_RANK));
      else precedenceRank = k;
    }
    const appointmentDate = date('appointmentDate', c.appointmentDate);
    const birthDate = date('birthDate', c.birthDate);

    const notesText = notes === null ? null : (notes as string[]).join('; ');
    if (notesText !== null && notesText.length > LIMITS.notes) err(reasons.tooLong(FIELD_LABELS.notes, LIMITS.notes));

    if (errs !== null) {
      out.errors.push({ row: rowNo, fullName: fullName || null, reasons: errs });
      continue;
    }
    if (warns !== null) out.warnings.push({ row: rowNo, fullName, reasons: warns });
    // fullName is cleaned text with tones placed in `style`; with the 'old' style that is already
    // identityKey's normal form (normalizeTones is idempotent), so lower case is the whole key.
    out.nameKeys.push(style === 'old' ? fullName.toLowerCase() : fastIdentityKey(fullName));
    out.candidates.push({
      row: rowNo,
      fullName,
      title,
      organization,
      category,
      bridgePoint,
      phone,
      email,
      notes: notesText || null,
      status,
      precedenceRank,
      appointmentDate,
      birthDate,
    });
  }
  return out;
}

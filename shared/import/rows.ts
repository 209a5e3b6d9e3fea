import type { ImportCandidate, ImportField, ImportSection, RowIssue, TitleCaseInfo } from '../contract/import';
import { MAX_RANK } from '../contract/delegates';
import type { Message } from '../result';
import { identityKey, type ToneStyle } from '../text';
import type { RawRow } from './cells';
import { classifyRow, continuesSignature, type RowKind } from './classify';
import { cellClean, cleanDate, cleanEmail, cleanLabel, cleanOrder, cleanPhone, cleanStatus } from './clean';
import { isOneCase, titleCaseVi } from './name-case';
import { headingLevel, readHeading } from './sections';
import { fastIdentityKey } from '../text-fast';
import { FIELD_LABELS } from './mapping';
import { reasons } from './messages';

/** Field limits, the same as the delegate and category schemas. */
const LIMITS = { fullName: 200, title: 300, organization: 300, notes: 2000, category: 100, bridgePoint: 200 } as const;

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
  counts: { blank: number; totals: number; repeatedHeaders: number; sections: number; signatures: number };
  /** Headings that name a category or a unit, with what applying them fills. */
  sections: ImportSection[];
  titleCase: TitleCaseInfo;
}

export interface CheckOptions {
  /** Names in ALL CAPS or all lower case written in title case. */
  titleCaseNames: boolean;
  /** Per heading row (key: row number): apply it or not; a heading not named here takes its default. */
  sections: Readonly<Record<string, boolean>>;
  /** The event's custom category labels, so a heading can name one. */
  customCategories: readonly string[];
  /** Units the event already has, by identityKey, so a heading in capitals reuses their spelling. */
  knownUnits: ReadonlyMap<string, string>;
}

const DEFAULT_OPTIONS: CheckOptions = { titleCaseNames: true, sections: {}, customCategories: [], knownUnits: new Map() };
const TITLE_CASE_EXAMPLES = 3;

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
  options: CheckOptions = DEFAULT_OPTIONS,
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
    precedenceOrder: col('precedenceOrder'),
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
    counts: { blank: 0, totals: 0, repeatedHeaders: 0, sections: 0, signatures: 0 },
    sections: [],
    titleCase: { count: 0, examples: [] },
  };
  // The heading (index into `headings`) each candidate is under, for its category and for its unit.
  const headings: { row: number; text: string; category: string | null; organization: string | null }[] = [];
  const underCategory: number[] = [];
  const underUnit: number[] = [];
  let categoryHeading = -1;
  let unitHeading = -1;
  let inSignature = false;
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
    if (v.length > LIMITS[field]) {
      // Too long for the field, but not lost: the person is imported and the text kept in Notes.
      warn(reasons.longField(FIELD_LABELS[field], LIMITS[field]));
      note(`${FIELD_LABELS[field].vi}: ${v}`);
      return null;
    }
    return v || null;
  };
  /** A value that cannot be cleaned: the text as typed goes to Notes, with a warning. */
  const keep = (field: ImportField, v: string, why: Message) => {
    warn(why);
    note(`${FIELD_LABELS[field].vi}: ${v}`);
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
    let kind = classifyRow(texts, ctx);
    // Below "NGƯỜI LẬP BIỂU" or the date line: the signers' titles and names, not delegates.
    if (inSignature && kind !== 'blank') {
      if (continuesSignature(texts, ctx)) kind = 'signature';
      else inSignature = false;
    }
    if (kind === 'signature') inSignature = true;
    if (kind !== 'data') {
      out.skipped.push({ row: rowNo, kind });
      if (kind === 'blank') out.counts.blank++;
      else if (kind === 'total') out.counts.totals++;
      else if (kind === 'repeatedHeader') out.counts.repeatedHeaders++;
      else if (kind === 'signature') out.counts.signatures++;
      else {
        out.counts.sections++;
        const h = heading(rowNo, texts);
        const level = headingLevel(texts.filter(Boolean).join(' '));
        const at = h ? headings.push(h) - 1 : -1;
        // A part ("II. …", or any heading naming a category) ends the part above it, and the units
        // named inside that part; a sub-part ("2. …") ends the unit above it. A heading naming
        // nothing this event knows ("III. CÁN BỘ HƯU TRÍ" without that category) still ends them.
        if (h?.category || level === 'top') {
          categoryHeading = h?.category ? at : -1;
          unitHeading = -1;
        } else if (level === 'sub') unitHeading = -1;
        if (h?.organization) unitHeading = at;
      }
      continue;
    }
    errs = warns = notes = null;

    // Names are nearly all different: cleaned directly, not through the memo.
    let fullName = c.fullName >= 0 ? cleanLabel(at(c.fullName), style) : joinName(cleanLabel(at(c.familyName), style), cleanLabel(at(c.givenName), style));
    // "LÊ ĐỨC BÌNH", "bùi minh ưng": counted either way, rewritten when the option is on.
    if (isOneCase(fullName)) {
      const proper = titleCaseVi(fullName);
      out.titleCase.count++;
      if (out.titleCase.examples.length < TITLE_CASE_EXAMPLES) out.titleCase.examples.push({ from: fullName, to: proper });
      if (options.titleCaseNames) fullName = proper;
    }
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
      if (p.invalid !== null) keep('phone', p.invalid, reasons.badPhone(p.invalid));
      phone = p.phone;
      if (p.extra.length) {
        warn(reasons.extraPhones(p.extra.join(', ')));
        note(`${FIELD_LABELS.phone.vi}: ${p.extra.join(', ')}`);
      }
    }
    let email: string | null = null;
    if (at(c.email)) {
      const e = cleanEmail(raw[c.email], at(c.email));
      if (e.invalid !== null) keep('email', e.invalid, reasons.badEmail(e.invalid));
      email = e.email;
      if (e.extra.length) {
        warn(reasons.extraEmails(e.extra.join(', ')));
        note(`Email: ${e.extra.join(', ')}`);
      }
    }
    let status: ImportCandidate['status'] = null;
    if (at(c.status)) {
      const v = cleanStatus(at(c.status));
      if (v === undefined) keep('status', at(c.status), reasons.badStatus(at(c.status)));
      else status = v;
    }
    let precedenceOrder: number | null = null;
    if (at(c.precedenceOrder)) {
      const k = cleanOrder(at(c.precedenceOrder));
      if (k === undefined) keep('precedenceOrder', at(c.precedenceOrder), reasons.badOrder(at(c.precedenceOrder), MAX_RANK));
      else precedenceOrder = k;
    }
    const appointmentDate = date('appointmentDate', c.appointmentDate);
    const birthDate = date('birthDate', c.birthDate);

    let notesText = notes === null ? null : (notes as string[]).join('; ');
    if (notesText !== null && notesText.length > LIMITS.notes) {
      warn(reasons.notesCut(LIMITS.notes));
      notesText = `${notesText.slice(0, LIMITS.notes - 1)}…`;
    }

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
      precedenceOrder,
      appointmentDate,
      birthDate,
    });
    underCategory.push(categoryHeading);
    underUnit.push(unitHeading);
  }
  applyHeadings(out, headings, underCategory, underUnit, options);
  return out;

  function heading(row: number, cells: readonly string[]) {
    // The heading's words: its cells in order, a lone part letter or number ("B", "II") in front.
    const text = cells.filter(Boolean).join(' ');
    if (text.length > LIMITS.organization) return null;
    const m = readHeading(text, options.customCategories, options.knownUnits);
    if (!m.category && !m.organization) return null;
    return {
      row,
      text,
      category: m.category && toned(m.category),
      organization: m.organization && toned(m.organization),
    };
  }
}

/**
 * Fills the category and the unit that headings name into the rows under them that have none of
 * their own, for every heading that is applied (the user's choice, else on when it names a
 * category). Each heading is listed with how many rows it fills.
 */
function applyHeadings(
  out: CheckedRows,
  headings: readonly { row: number; text: string; category: string | null; organization: string | null }[],
  underCategory: readonly number[],
  underUnit: readonly number[],
  options: CheckOptions,
): void {
  const sections: ImportSection[] = headings.map((h) => ({
    row: h.row,
    text: h.text,
    category: h.category,
    organization: h.organization,
    rows: 0,
    apply: options.sections[String(h.row)] ?? h.category !== null,
  }));
  // A unit in capitals is spelled as the file spells it elsewhere, when it does ("Bộ Tài chính").
  if (sections.some((h) => h.organization)) {
    const spellings = new Set<string>();
    for (const cand of out.candidates) if (cand.organization) spellings.add(cand.organization);
    const fileUnits = new Map<string, string>();
    for (const unit of spellings) if (!fileUnits.has(identityKey(unit))) fileUnits.set(identityKey(unit), unit);
    for (const h of sections) if (h.organization) h.organization = fileUnits.get(identityKey(h.organization)) ?? h.organization;
  }
  out.candidates.forEach((cand, i) => {
    const cat = sections[underCategory[i]!];
    const unit = sections[underUnit[i]!];
    const fillsCategory = !!cat?.category && cand.category === null;
    const fillsUnit = !!unit?.organization && cand.organization === null;
    if (fillsCategory) cat!.rows++;
    // A heading naming both is counted once for a row it fills both ways.
    if (fillsUnit && !(fillsCategory && unit === cat)) unit!.rows++;
    if (fillsCategory && cat!.apply) cand.category = cat!.category;
    if (fillsUnit && unit!.apply) cand.organization = unit!.organization;
  });
  out.sections = sections;
}

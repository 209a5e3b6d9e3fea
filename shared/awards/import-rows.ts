import type { AwardImportPreview, AwardImportRow, AwardRecipient } from '../contract/awards';
import type { ImportCandidate } from '../contract/import';
import type { RawRow } from '../import/cells';
import { classifyRow } from '../import/classify';
import { cellClean } from '../import/clean';
import { findDuplicates, type ExistingDelegate } from '../import/duplicates';
import { foldHeader } from '../import/headers';
import { detectHeaderRow, detectMapping, fallbackHeaderRow } from '../import/mapping';
import { identityKey } from '../text';

/** A column about collectives: "Tên tập thể" (its cells name one) or "Cá nhân/Tập thể" (its cells say which). */
const COLLECTIVE_HEADER = /\btap the\b/;
/** The second kind: the header names both, or is a kind of recipient ("Loại", "Hình thức khen"). */
const MARKER_HEADER = /\bca nhan\b|^loai\b|^doi tuong\b/;
const SAYS_COLLECTIVE = /^tap the$/;
/** Who receives for a collective, when the list names him in his own column ("Người nhận thay"). */
const LEADER_HEADER = /\bnhan thay\b|\bdai dien nhan\b|^nguoi nhan\b/;
const NAME_FIELDS = new Set(['fullName', 'familyName', 'givenName']);

/**
 * An award decision's list read with the delegate import's header detection and column mapping
 * ("Họ và tên", "Chức vụ", "Đơn vị"; a header a few rows down under the decision's title), and its
 * row classification (headings, totals and the signature block are not recipients). A row is a
 * collective when a "tập thể" column names one or says so, or when it has a unit and no name;
 * then its name (or the "Người nhận thay" column's), if any, is the leader receiving for it. Rows
 * keep the file's order, the decision's.
 */
type ReadRow = Omit<AwardImportRow, 'delegateId' | 'already'>;

export function readAwardRows(rows: readonly RawRow[]): Omit<AwardImportPreview, 'sheet' | 'rows'> & { rows: ReadRow[] } {
  const headerRow = detectHeaderRow(rows) ?? fallbackHeaderRow(rows);
  const headers = (rows[headerRow] ?? []).map((c) => cellClean(c));
  const folded = headers.map(foldHeader);
  const mapping = detectMapping(headers);
  const collectiveCol = folded.findIndex((h) => COLLECTIVE_HEADER.test(h));
  const markerOnly = collectiveCol >= 0 && MARKER_HEADER.test(folded[collectiveCol]!);
  // "Tên tập thể" reads like a name to the delegate import; here it is the collective, not a person.
  if (collectiveCol >= 0 && NAME_FIELDS.has(mapping[collectiveCol] ?? '')) mapping[collectiveCol] = null;
  const leaderCol = folded.findIndex((h, i) => i !== collectiveCol && LEADER_HEADER.test(h));
  const col = (f: 'fullName' | 'familyName' | 'givenName' | 'title' | 'organization') => mapping.indexOf(f);
  const c = { name: col('fullName'), family: col('familyName'), given: col('givenName'), title: col('title'), unit: col('organization') };
  if (c.name < 0 && c.family < 0 && c.given < 0) c.name = leaderCol;
  // Rows are told from headings with these columns counted as data too: a collective alone on its row is a recipient.
  const seen = [...mapping];
  if (collectiveCol >= 0) seen[collectiveCol] = c.unit < 0 ? 'organization' : 'notes';
  if (leaderCol >= 0 && seen[leaderCol] === null) seen[leaderCol] = c.name === leaderCol ? 'fullName' : 'notes';
  const ctx = { mapping: seen, headerLower: headers.map((h) => h.toLowerCase()) };
  const out: ReadRow[] = [];
  let skipped = 0;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const texts = (rows[r] ?? []).map((x) => cellClean(x));
    if (texts.every((t) => t === '')) continue;
    if (classifyRow(texts, ctx) !== 'data') {
      skipped++;
      continue;
    }
    const at = (i: number) => (i < 0 ? '' : (texts[i] ?? ''));
    const name = at(c.name) || [at(c.family), at(c.given)].filter(Boolean).join(' ');
    const marker = at(collectiveCol);
    const saysCollective = markerOnly ? SAYS_COLLECTIVE.test(foldHeader(marker)) : marker !== '';
    const unit = (saysCollective && !markerOnly ? marker : at(c.unit)) || null;
    const collective = saysCollective || (!name && unit !== null);
    if (!name && !unit) {
      skipped++;
      continue;
    }
    out.push({ row: r + 1, recipientKind: collective ? 'collective' : 'individual', fullName: name || null, title: at(c.title) || null, unit });
  }
  const header = (i: number) => (i < 0 ? null : (headers[i] ?? null));
  return {
    headerRow,
    columns: { name: header(c.name >= 0 ? c.name : c.family), title: header(c.title), unit: header(c.unit), collective: header(collectiveCol) },
    rows: out,
    skipped,
  };
}

/**
 * Each named row matched to the event's delegate of the same name and unit, by the delegate
 * import's own duplicate check (identity keys: case, spaces and tone placement ignored); a
 * collective's leader is looked for in the collective's unit. Rows that match nobody stay free names.
 * A row the award already has (or an earlier row of the file repeats) is marked `already`.
 */
export function matchDelegates(
  rows: readonly ReadRow[],
  delegates: readonly ExistingDelegate[],
  kindHas: readonly (Pick<AwardRecipient, 'delegateId' | 'fullName' | 'unit'> & { recipientKind: string })[],
): AwardImportRow[] {
  const named = rows.filter((r) => r.fullName);
  const candidates: ImportCandidate[] = named.map((r) => ({
    row: r.row,
    fullName: r.fullName!,
    title: r.title,
    organization: r.unit,
    category: null,
    bridgePoint: null,
    phone: null,
    email: null,
    notes: null,
    status: null,
    precedenceOrder: null,
    appointmentDate: null,
    birthDate: null,
  }));
  const found = new Map<number, string>();
  for (const m of findDuplicates(candidates, delegates).matches) if (m.existing && !found.has(m.row)) found.set(m.row, m.existing.id);
  // What the award already has, so the same file imported twice adds nothing twice.
  const keyOf = (r: { recipientKind: string; fullName: string | null; unit: string | null }) =>
    `${r.recipientKind}|${identityKey(r.fullName ?? '')}|${identityKey(r.unit ?? '')}`;
  const had = new Set(kindHas.map(keyOf));
  const hadDelegates = new Set(kindHas.flatMap((r) => (r.delegateId ? [`${r.recipientKind}|${r.delegateId}`] : [])));
  return rows.map((r) => {
    const delegateId = found.get(r.row) ?? null;
    const already = had.has(keyOf(r)) || (delegateId !== null && hadDelegates.has(`${r.recipientKind}|${delegateId}`));
    had.add(keyOf(r));
    if (delegateId) hadDelegates.add(`${r.recipientKind}|${delegateId}`);
    return { ...r, delegateId, already };
  });
}

import type { DuplicateAction, ImportCandidate, ImportReportRow } from '../contract/import';
import type { Message } from '../result';
import type { Duplicates } from './duplicates';
import { reasons } from './messages';
import { betterSpelling, isBetterSpelling } from './name-case';

export interface DuplicateDecisions {
  all: DuplicateAction;
  /** Per-row choices (key: row number) that override `all`. */
  byRow: Readonly<Record<string, DuplicateAction>>;
}

export interface PlannedInsert {
  values: ImportCandidate;
  /** identityKey(values.fullName), known from duplicate detection. */
  nameKey: string;
}

export interface WritePlan {
  /** New delegates, in file order; a row merged into another carries the merged values. */
  inserts: PlannedInsert[];
  /** Existing delegates to update: null fields mean "leave as it is". */
  updates: { id: string; values: ImportCandidate; nameKey: string }[];
  /** One outcome per candidate row. */
  outcomes: ImportReportRow[];
  skippedDuplicates: number;
}

/** An insert's values are the candidate itself until a later row merges into it (then a copy). */
type Target =
  { kind: 'insert'; entry: PlannedInsert; copied: boolean } | { kind: 'existing'; id: string; name: string; update: { values: ImportCandidate } | null };

/**
 * Non-empty values of `from` replace those of `into`: a blank cell never erases what is known.
 * The name keeps the better spelling: "Nguyễn Văn An" is not overwritten by "NGUYỄN VĂN AN".
 */
function merge(into: ImportCandidate, from: ImportCandidate): void {
  into.fullName = betterSpelling(into.fullName, from.fullName);
  if (from.title !== null) into.title = from.title;
  if (from.organization !== null) into.organization = from.organization;
  if (from.category !== null) into.category = from.category;
  if (from.bridgePoint !== null) into.bridgePoint = from.bridgePoint;
  if (from.phone !== null) into.phone = from.phone;
  if (from.email !== null) into.email = from.email;
  if (from.notes !== null) into.notes = from.notes;
  if (from.status !== null) into.status = from.status;
  if (from.precedenceOrder !== null) into.precedenceOrder = from.precedenceOrder;
  if (from.appointmentDate !== null) into.appointmentDate = from.appointmentDate;
  if (from.birthDate !== null) into.birthDate = from.birthDate;
}

/**
 * Turns the valid rows and the user's duplicate decisions into writes. Rows with the same key form
 * a group; the group has a current target: the existing delegate, or the delegate a row of the
 * file adds. For each duplicate row:
 * - skip: the row is not written;
 * - update: its non-empty values replace the target's (the existing delegate is updated, or the
 *   earlier row's new delegate gets the later row's values);
 * - keepBoth: the row is added as another delegate and becomes the group's target.
 * A row that is the first of its key and matches no existing delegate is simply added.
 */
export function planWrites(candidates: readonly ImportCandidate[], duplicates: Duplicates, decisions: DuplicateDecisions): WritePlan {
  const matchByRow = new Map(duplicates.matches.map((m) => [m.row, m]));
  const groups = new Map<string, Target>();
  const plan: WritePlan = { inserts: [], updates: [], outcomes: [], skippedDuplicates: 0 };
  const decide = (row: number): DuplicateAction => decisions.byRow[String(row)] ?? decisions.all;
  const outcome = (c: ImportCandidate, o: ImportReportRow['outcome'], reason: Message | null) =>
    plan.outcomes.push({ row: c.row, fullName: c.fullName, outcome: o, reason });
  let nameKey = '';
  const insert = (c: ImportCandidate): Target => {
    const entry = { values: c, nameKey };
    plan.inserts.push(entry);
    return { kind: 'insert', entry, copied: false };
  };

  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const key = duplicates.keys[i]!;
    nameKey = duplicates.nameKeys[i]!;
    const match = matchByRow.get(c.row);
    let target = groups.get(key);
    if (!target && !match?.existing) {
      groups.set(key, insert(c));
      outcome(c, 'added', null);
      continue;
    }
    if (!target) target = { kind: 'existing', id: match!.existing!.id, name: match!.existing!.fullName, update: null };
    const action = decide(c.row);
    if (action === 'skip') {
      plan.skippedDuplicates++;
      // The repeat is not written, but a better spelling of the name is kept on the row it repeats.
      if (target.kind === 'insert' && isBetterSpelling(target.entry.values.fullName, c.fullName)) {
        if (!target.copied) {
          target.entry.values = { ...target.entry.values };
          target.copied = true;
        }
        target.entry.values.fullName = c.fullName;
      }
      const reason = match?.sameAsRow != null ? reasons.skippedRepeat(match.sameAsRow) : reasons.skippedExisting(match!.existing!.fullName);
      outcome(c, 'skipped', reason);
    } else if (action === 'keepBoth') {
      target = insert(c);
      outcome(c, 'added', reasons.keptBoth);
    } else if (target.kind === 'insert') {
      if (!target.copied) {
        target.entry.values = { ...target.entry.values };
        target.copied = true;
      }
      merge(target.entry.values, c);
      outcome(c, 'updated', reasons.mergedInto(target.entry.values.row));
    } else {
      if (target.update) merge(target.update.values, c);
      else {
        // The delegate's own spelling stays unless this one is better.
        target.update = { values: { ...c, fullName: betterSpelling(target.name, c.fullName) } };
        plan.updates.push({ id: target.id, values: target.update.values, nameKey });
      }
      outcome(c, 'updated', reasons.updatedExisting);
    }
    groups.set(key, target);
  }
  return plan;
}

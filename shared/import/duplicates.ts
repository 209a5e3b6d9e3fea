import type { DuplicateMatch, ImportCandidate } from '../contract/import';
import { fastIdentityKey } from '../text-fast';
import { isBetterSpelling } from './name-case';

/** The fields of an event's delegate that duplicate detection and the preview need. */
export interface ExistingDelegate {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  phone: string | null;
  /** identityKey(fullName), as stored. */
  nameKey: string;
}

/**
 * The same person: same name and same organization, each compared by identityKey (case, spaces,
 * NFC/NFD and tone placement ignored; diacritics kept, so Hoa and Hòa differ). Two people with the
 * same name in different units are not duplicates; nor is a row without an organization the same
 * as a delegate with one.
 */
const duplicateKey = (nameKey: string, orgKey: string): string => `${nameKey}|${orgKey}`;

/** identityKey with a memo: organizations and titles repeat on most rows of a list. */
export function memoIdentity(): (s: string | null) => string {
  const memo = new Map<string, string>();
  return (s) => {
    if (!s) return '';
    let k = memo.get(s);
    if (k === undefined) {
      k = fastIdentityKey(s);
      memo.set(s, k);
    }
    return k;
  };
}

export interface Duplicates {
  matches: DuplicateMatch[];
  /** Duplicate key of each candidate (same index as the candidates). */
  keys: string[];
  /** identityKey of each candidate's name (same index): the delegate's stored nameKey. */
  nameKeys: string[];
}

/**
 * Each candidate that repeats an earlier row of the file (sameAsRow: the first row with its key)
 * or matches a delegate already in the event (the first one with its key), or both.
 */
export function findDuplicates(
  candidates: readonly ImportCandidate[],
  existing: readonly ExistingDelegate[],
  /** identityKey of each candidate's name, when the caller already has them (same index). */
  knownNameKeys?: readonly string[],
): Duplicates {
  const key = memoIdentity();
  const byKey = new Map<string, ExistingDelegate>();
  for (const d of existing) {
    const k = duplicateKey(d.nameKey, key(d.organization));
    if (!byKey.has(k)) byKey.set(k, d);
  }
  // Per group: its first row, and the spelling it keeps so far (the best of its rows, the existing delegate's first).
  const groups = new Map<string, { first: ImportCandidate; kept: string }>();
  const keys: string[] = [];
  const nameKeys: string[] = [];
  const matches: DuplicateMatch[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const nameKey = knownNameKeys?.[i] ?? fastIdentityKey(c.fullName);
    const k = duplicateKey(nameKey, key(c.organization));
    keys.push(k);
    nameKeys.push(nameKey);
    const found = byKey.get(k);
    const group = groups.get(k);
    const before = group?.kept ?? found?.fullName ?? c.fullName;
    const keptName = before !== c.fullName && isBetterSpelling(before, c.fullName) ? c.fullName : before;
    if (group) group.kept = keptName;
    else groups.set(k, { first: c, kept: keptName });
    if (!found && !group) continue;
    const e = group?.first ?? null;
    matches.push({
      row: c.row,
      incoming: c,
      existing: found ? { id: found.id, fullName: found.fullName, title: found.title, organization: found.organization, phone: found.phone } : null,
      sameAsRow: e?.row ?? null,
      earlier: e ? { fullName: e.fullName, title: e.title, organization: e.organization, phone: e.phone } : null,
      keptName,
    });
  }
  return { matches, keys, nameKeys };
}

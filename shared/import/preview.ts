import { builtinCategoryByKey } from '../categories';
import type { ImportCandidate, ImportPreview } from '../contract/import';
import { identityKey } from '../text';
import type { Duplicates } from './duplicates';
import type { CheckedRows } from './rows';

const PREVIEW_SAMPLE_ROWS = 20;

/**
 * Labels in the file that name no category (built-in or the event's own) or bridge point of the
 * event yet, each once in its first spelling: what the commit would create.
 */
function newLabels(
  candidates: readonly ImportCandidate[],
  pick: (c: ImportCandidate) => string | null,
  existingKeys: ReadonlySet<string>,
  isBuiltin: (label: string) => boolean = () => false,
): string[] {
  const seen = new Set<string>(existingKeys);
  const out: string[] = [];
  for (const c of candidates) {
    const label = pick(c);
    if (!label) continue;
    const key = identityKey(label);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!isBuiltin(label)) out.push(label);
  }
  return out;
}

export function buildPreview(
  checked: CheckedRows,
  duplicates: Duplicates,
  existing: { categoryKeys: ReadonlySet<string>; bridgePointKeys: ReadonlySet<string> },
): ImportPreview {
  return {
    dataRowCount: checked.dataRowCount,
    toAdd: checked.candidates.length - duplicates.matches.length,
    errors: checked.errors,
    warnings: checked.warnings,
    skipped: checked.counts,
    duplicates: duplicates.matches,
    sections: checked.sections,
    titleCase: checked.titleCase,
    sample: checked.candidates.slice(0, PREVIEW_SAMPLE_ROWS),
    newCategories: newLabels(
      checked.candidates,
      (c) => c.category,
      existing.categoryKeys,
      (l) => builtinCategoryByKey(l) !== null,
    ),
    newBridgePoints: newLabels(checked.candidates, (c) => c.bridgePoint, existing.bridgePointKeys),
  };
}

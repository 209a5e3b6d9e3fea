import type { DuplicateAction, ImportPreview } from '../../../shared/contract/import';

/**
 * What the commit will do with the choices made so far: new delegates (the clean rows plus every
 * duplicate kept as another person) and existing delegates updated. A later row merged into an
 * earlier row of the same file adds nobody.
 */
export function commitCounts(
  preview: ImportPreview,
  decisions: { all: DuplicateAction; byRow: Record<string, DuplicateAction> },
): { add: number; update: number } {
  let add = preview.toAdd;
  let update = 0;
  for (const m of preview.duplicates) {
    const a = decisions.byRow[String(m.row)] ?? decisions.all;
    if (a === 'keepBoth') add++;
    else if (a === 'update' && m.existing) update++;
  }
  return { add, update };
}

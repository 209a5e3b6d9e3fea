import type { ImportColumn, ImportInspection } from '../../../shared/contract/import';
import { detectMapping } from '../../../shared/import/mapping';

const SAMPLES = 3;

/**
 * The columns under a header row the user picked instead of the detected one, built from the
 * rows the inspection showed: headers from that row, samples from the non-empty rows below it,
 * and the same automatic mapping the server proposes.
 */
export function columnsForRow(inspection: ImportInspection, headerRow: number): ImportColumn[] {
  const rows = inspection.topRows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) => (rows[headerRow]?.[i] ?? '').trim());
  const mapping = detectMapping(headers);
  const below = rows.slice(headerRow + 1).filter((r) => r.some((c) => c.trim() !== ''));
  return headers.map((header, index) => ({
    index,
    header,
    samples: below
      .map((r) => (r[index] ?? '').trim())
      .filter(Boolean)
      .slice(0, SAMPLES),
    field: mapping[index] ?? null,
  }));
}

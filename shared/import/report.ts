import type { ImportReport, ImportReportRow } from '../contract/import';
import { neutralizeCell } from '../csv';
import type { CheckedRows } from './rows';
import { joinReasons, reasons } from './messages';
import type { WritePlan } from './plan';

const SKIP_REASON = {
  total: reasons.total,
  repeatedHeader: reasons.repeatedHeader,
  section: reasons.section,
  signature: reasons.signature,
} as const;

/**
 * Every row's fate, in row order: written rows, duplicates, errors, and skipped non-data rows.
 * Blank rows are counted in skippedOther but not listed: a list of empty lines helps nobody.
 */
export function buildReport(
  head: { fileName: string; sheet: string; durationMs: number; categoriesCreated: string[]; bridgePointsCreated: string[] },
  checked: CheckedRows,
  plan: WritePlan,
): ImportReport {
  // A written row that was changed on the way (a value kept in Notes…) says so in the report.
  const warned = new Map(checked.warnings.map((w) => [w.row, joinReasons(w.reasons)]));
  const rows: ImportReportRow[] = plan.outcomes.map((o) => (o.reason === null && warned.has(o.row) ? { ...o, reason: warned.get(o.row)! } : o));
  for (const e of checked.errors) rows.push({ row: e.row, fullName: e.fullName, outcome: 'error', reason: joinReasons(e.reasons) });
  for (const s of checked.skipped) if (s.kind !== 'blank') rows.push({ row: s.row, fullName: null, outcome: 'skipped', reason: SKIP_REASON[s.kind] });
  rows.sort((a, b) => a.row - b.row);
  const k = checked.counts;
  return {
    fileName: head.fileName,
    sheet: head.sheet,
    added: plan.inserts.length,
    updated: plan.updates.length,
    skippedDuplicates: plan.skippedDuplicates,
    skippedErrors: checked.errors.length,
    skippedOther: k.blank + k.totals + k.repeatedHeaders + k.sections + k.signatures,
    categoriesCreated: head.categoriesCreated,
    bridgePointsCreated: head.bridgePointsCreated,
    rows,
    durationMs: head.durationMs,
  };
}

const OUTCOME = {
  vi: { added: 'Thêm mới', updated: 'Cập nhật', skipped: 'Bỏ qua', error: 'Lỗi' },
  en: { added: 'Added', updated: 'Updated', skipped: 'Skipped', error: 'Error' },
} as const;

const csvCell = (s: string): string => {
  // A saved report is opened in Excel: a cell starting with = + - @ must not run as a formula.
  const safe = neutralizeCell(s);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The report as a CSV (UTF-8 with BOM, so Excel shows Vietnamese correctly), in one language. */
export function reportToCsv(report: ImportReport, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const lines: string[][] = [
    [vi ? 'Tệp' : 'File', report.fileName],
    [vi ? 'Trang tính' : 'Sheet', report.sheet],
    [vi ? 'Thêm mới' : 'Added', String(report.added)],
    [vi ? 'Cập nhật' : 'Updated', String(report.updated)],
    [vi ? 'Bỏ qua (trùng)' : 'Skipped (duplicates)', String(report.skippedDuplicates)],
    [vi ? 'Bỏ qua (lỗi)' : 'Skipped (errors)', String(report.skippedErrors)],
    [vi ? 'Bỏ qua (dòng trống, tổng cộng, tiêu đề, ký tên)' : 'Skipped (blank, total, heading, signature rows)', String(report.skippedOther)],
    [vi ? 'Đối tượng mới' : 'New categories', report.categoriesCreated.join(', ')],
    [vi ? 'Điểm cầu mới' : 'New bridge points', report.bridgePointsCreated.join(', ')],
    [],
    [vi ? 'Dòng' : 'Row', vi ? 'Họ và tên' : 'Full name', vi ? 'Kết quả' : 'Outcome', vi ? 'Lý do' : 'Reason'],
    ...report.rows.map((r) => [String(r.row), r.fullName ?? '', OUTCOME[lang][r.outcome], r.reason?.[lang] ?? '']),
  ];
  return `\ufeff${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

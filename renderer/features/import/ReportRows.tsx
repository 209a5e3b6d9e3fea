import { useMemo, useState } from 'react';
import type { ImportReportRow } from '../../../shared/contract/import';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';

type Outcome = ImportReportRow['outcome'];
const OUTCOMES: Outcome[] = ['added', 'updated', 'skipped', 'error'];
const SHOW_AT_MOST = 500;

/** Every row's fate, filterable by outcome; the saved report has all of them. */
export function ReportRows({ rows }: { rows: ImportReportRow[] }) {
  const tr = useT();
  const w = tr.import.write;
  const lang = useLanguage((s) => s.lang);
  const counts = useMemo(() => {
    const m = new Map<Outcome, number>();
    for (const r of rows) m.set(r.outcome, (m.get(r.outcome) ?? 0) + 1);
    return m;
  }, [rows]);
  // Start on what needs a look (skipped and errors) when there is any.
  const [filter, setFilter] = useState<Outcome | 'all'>('all');
  const shown = filter === 'all' ? rows : rows.filter((r) => r.outcome === filter);
  const nf = (n: number) => formatNumber(n, lang);
  return (
    <>
      <div className="segmented" role="group" aria-label={w.rowsTitle}>
        {(['all', ...OUTCOMES] as const).map((o) => {
          const n = o === 'all' ? rows.length : (counts.get(o) ?? 0);
          if (o !== 'all' && n === 0) return null;
          return (
            <button
              key={o}
              type="button"
              aria-pressed={filter === o}
              className={`segmented-btn${filter === o ? ' is-on' : ''}`}
              onClick={() => setFilter(o)}
              data-testid={`report-filter-${o}`}
            >
              {o === 'all' ? w.outcomeAll : w.outcome[o]} <span className="tabular muted">{nf(n)}</span>
            </button>
          );
        })}
      </div>
      <div className="table-card card">
        <table className="data-table report-rows" data-testid="import-report-rows">
          <thead>
            <tr>
              <th scope="col" className="num">
                {tr.import.check.row}
              </th>
              <th scope="col">{tr.import.check.name}</th>
              <th scope="col">{w.outcomeHead}</th>
              <th scope="col">{tr.import.check.reason}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOW_AT_MOST).map((r) => (
              <tr key={`${r.row}-${r.outcome}`} data-testid="import-report-row" data-row={r.row} data-outcome={r.outcome}>
                <td className="num tabular">{r.row}</td>
                <td className="issue-name">
                  {r.fullName && (
                    <span className="clamp" title={r.fullName}>
                      {r.fullName}
                    </span>
                  )}
                </td>
                <td className="report-outcome">
                  <span className={`outcome outcome-${r.outcome}`}>{w.outcome[r.outcome]}</span>
                </td>
                <td className="muted issue-reason" title={r.reason?.[lang]}>
                  {r.reason?.[lang] ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > SHOW_AT_MOST && <p className="table-more">{w.moreRows(shown.length - SHOW_AT_MOST)}</p>}
      </div>
    </>
  );
}

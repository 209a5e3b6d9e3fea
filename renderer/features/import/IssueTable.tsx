import type { RowIssue } from '../../../shared/contract/import';
import { useLanguage, useT } from '../../i18n';

const SHOW_AT_MOST = 300;

/** Rows with a problem: the row number as the spreadsheet shows it, the name, every reason. */
export function IssueTable({ issues, testId }: { issues: RowIssue[]; testId: string }) {
  const tr = useT();
  const k = tr.import.check;
  const lang = useLanguage((s) => s.lang);
  return (
    <div className="table-card card">
      <table className="data-table issues" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {k.row}
            </th>
            <th scope="col">{k.name}</th>
            <th scope="col">{k.reason}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOW_AT_MOST).map((e) => (
            <tr key={e.row} data-testid="import-issue" data-row={e.row}>
              <td className="num tabular">{e.row}</td>
              <td className="issue-name">
                {e.fullName ? (
                  <span className="clamp" title={e.fullName}>
                    {e.fullName}
                  </span>
                ) : (
                  <span className="muted">{k.noName}</span>
                )}
              </td>
              <td className="issue-reason">
                <ul className="issue-reasons">
                  {e.reasons.map((r, i) => (
                    <li key={i} title={r[lang]}>
                      {r[lang]}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOW_AT_MOST && <p className="table-more">{k.more(issues.length - SHOW_AT_MOST)}</p>}
    </div>
  );
}

import { DUPLICATE_ACTIONS, type DuplicateAction, type DuplicateMatch } from '../../../shared/contract/import';
import { spellingQuality } from '../../../shared/import/name-case';
import { useT } from '../../i18n';
import { formatPhone } from '../delegates/formatPhone';
import { useImport } from './importStore';

const line = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

/** Each row of the file that matches a delegate already in the list (or an earlier row), and what to do. */
export function DuplicatesTable({ duplicates }: { duplicates: DuplicateMatch[] }) {
  const tr = useT();
  const k = tr.import.check;
  const decisions = useImport((s) => s.decisions);
  const decideAll = useImport((s) => s.decideAll);
  const decideRow = useImport((s) => s.decideRow);
  const actionOf = (m: DuplicateMatch): DuplicateAction => decisions.byRow[String(m.row)] ?? decisions.all;
  const labelOf = (m: DuplicateMatch, a: DuplicateAction) => (a === 'update' && !m.existing && m.sameAsRow !== null ? k.mergeInto(m.sameAsRow) : k.actions[a]);
  return (
    <>
      <div className="dup-all" role="radiogroup" aria-label={k.forAll}>
        <span className="dup-all-label">{k.forAll}</span>
        <div className="segmented">
          {DUPLICATE_ACTIONS.map((a) => (
            <button
              key={a}
              type="button"
              role="radio"
              aria-checked={decisions.all === a && Object.keys(decisions.byRow).length === 0}
              className={`segmented-btn${decisions.all === a ? ' is-on' : ''}`}
              onClick={() => decideAll(a)}
              data-testid={`dup-all-${a}`}
            >
              {k.actions[a]}
            </button>
          ))}
        </div>
      </div>
      <div className="table-card card">
        <table className="data-table dups" data-testid="import-duplicates">
          <thead>
            <tr>
              <th scope="col" className="num">
                {k.row}
              </th>
              <th scope="col">{k.incoming}</th>
              <th scope="col">{k.existing}</th>
              <th scope="col">{k.action}</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.map((m) => {
              const action = actionOf(m);
              const inc = m.incoming;
              const other = m.existing ?? m.earlier;
              // Which spelling the merged delegate keeps, when the two differ (skipping a repeat
              // of the file, or merging; an existing delegate left alone keeps its own).
              const keeps =
                other && spellingQuality(other.fullName) !== spellingQuality(inc.fullName) && action !== 'keepBoth' && !(m.existing && action === 'skip')
                  ? m.keptName
                  : null;
              return (
                <tr key={m.row} data-testid="import-duplicate" data-row={m.row} data-action={action}>
                  <td className="num tabular">{m.row}</td>
                  <td data-testid="dup-incoming">
                    <p className={`dup-name${keeps === inc.fullName ? ' is-kept' : ''}`} title={inc.fullName}>
                      {inc.fullName}
                    </p>
                    <p className="dup-meta">{line(inc.title, inc.organization, formatPhone(inc.phone))}</p>
                  </td>
                  <td data-testid="dup-other">
                    {other && (
                      <>
                        <p className={`dup-name${keeps === other.fullName ? ' is-kept' : ''}`} title={other.fullName}>
                          {other.fullName}
                        </p>
                        <p className="dup-meta">{line(other.title, other.organization, formatPhone(other.phone))}</p>
                      </>
                    )}
                    <p className="dup-where">{m.existing ? k.inList : k.sameAsRow(m.sameAsRow ?? 0)}</p>
                    {keeps && (
                      <p className="dup-kept" data-testid="dup-kept">
                        {k.keptName(keeps)}
                      </p>
                    )}
                  </td>
                  <td className="dup-action">
                    <select
                      className="input input-sm"
                      value={action}
                      aria-label={`${k.action}: ${k.row} ${m.row}`}
                      onChange={(e) => decideRow(m.row, e.target.value as DuplicateAction)}
                      data-testid="dup-action"
                    >
                      {DUPLICATE_ACTIONS.map((a) => (
                        <option key={a} value={a}>
                          {labelOf(m, a)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

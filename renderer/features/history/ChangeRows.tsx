import { useMemo } from 'react';
import type { RowChange } from '../../../shared/contract/history';
import { useLanguage, useT } from '../../i18n';
import { categoryName } from '../delegates/categoryName';
import { useDelegates } from '../delegates/delegatesStore';
import { columnLabel, valueText, type Names } from './fieldText';

/** The rows one change touched, field by field: what it was and what it became. */
export function ChangeRows({ changes, showTable = true }: { changes: RowChange[]; showTable?: boolean }) {
  const tr = useT();
  const h = tr.history;
  const lang = useLanguage((s) => s.lang);
  const categories = useDelegates((s) => s.categories);
  const points = useDelegates((s) => s.bridgePoints);
  const names: Names = useMemo(
    () => ({ categories: new Map(categories.map((c) => [c.id, categoryName(c, lang)])), bridgePoints: new Map(points.map((b) => [b.id, b.name])) }),
    [categories, points, lang],
  );
  return (
    <ul className="hist-rows" data-testid="history-rows">
      {changes.map((c) => (
        <li key={`${c.table}-${c.rowId}-${c.op}`} className={`hist-row hist-${c.op}`} data-testid="history-row">
          <p className="hist-row-head">
            <span className="badge">{c.op === 'insert' ? h.added : c.op === 'delete' ? h.removed : h.edited}</span>
            {showTable && <span className="muted"> {h.tables[c.table] ?? c.table}</span>}
            {c.name && <strong> {c.name}</strong>}
          </p>
          {c.op === 'update' && (
            <table className="hist-fields">
              <tbody>
                {c.fields.map((f) => (
                  <tr key={f.column} data-testid="history-field" data-column={f.column}>
                    <th scope="row">{columnLabel(f.column, lang)}</th>
                    <td className="hist-before">{valueText(f.column, f.before, tr, names)}</td>
                    <td className="hist-arrow" aria-hidden="true">
                      →
                    </td>
                    <td className="hist-after">{valueText(f.column, f.after, tr, names)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ul>
  );
}

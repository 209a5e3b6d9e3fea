import { useMemo } from 'react';
import type { RowChange } from '../../../shared/contract/history';
import { useLanguage, useT } from '../../i18n';
import { useDelegates } from '../delegates/delegatesStore';
import { columnLabel, historyNames, rowTitle, valueText } from './fieldText';

/** The rows one change touched, field by field: what it was and what it became. */
export function ChangeRows({ changes, showTable = true }: { changes: RowChange[]; showTable?: boolean }) {
  const tr = useT();
  const h = tr.history;
  const lang = useLanguage((s) => s.lang);
  const categories = useDelegates((s) => s.categories);
  const points = useDelegates((s) => s.bridgePoints);
  const delegates = useDelegates((s) => s.delegates);
  const names = useMemo(() => historyNames({ categories, bridgePoints: points, delegates }, changes, lang), [categories, points, delegates, changes, lang]);
  return (
    <ul className="hist-rows" data-testid="history-rows">
      {changes.map((c) => {
        const title = rowTitle(c, names);
        return (
          <li key={`${c.table}-${c.rowId}-${c.op}`} className={`hist-row hist-${c.op}`} data-testid="history-row">
            <p className="hist-row-head">
              <span className="badge">{c.op === 'insert' ? h.added : c.op === 'delete' ? h.removed : h.edited}</span>
              {showTable && <span className="muted"> {h.tables[c.table] ?? c.table}</span>}
              {title && <strong> {title}</strong>}
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
        );
      })}
    </ul>
  );
}

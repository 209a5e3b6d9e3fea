import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { chooseHeaderRow } from './importActions';
import { useImport } from './importStore';

/** Column letters as Excel shows them: A … Z, AA, AB … */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const MAX_COLUMNS = 14;

/** The top of the sheet as it is, the header row highlighted; a click on another row makes it the header. */
export function HeaderRowPicker() {
  const tr = useT();
  const c = tr.import.columns;
  const inspection = useImport((s) => s.inspection)!;
  const headerRow = useImport((s) => s.headerRow);
  const rows = inspection.topRows;
  const width = Math.min(MAX_COLUMNS, Math.max(1, ...rows.map((r) => r.length)));
  const box = useRef<HTMLDivElement>(null);
  // The header row in view, a couple of title rows above it for context.
  useEffect(() => {
    const el = box.current;
    const row = el?.querySelector<HTMLElement>(`[data-row="${headerRow}"]`);
    if (el && row) el.scrollTop = Math.max(0, row.offsetTop - 3 * row.offsetHeight);
  }, [headerRow]);
  return (
    <div className="sheet-peek" role="radiogroup" aria-label={c.headerTitle} data-testid="import-top-rows" ref={box}>
      <table className="sheet">
        <thead>
          <tr>
            <th className="sheet-corner" aria-hidden="true" />
            {Array.from({ length: width }, (_, i) => (
              <th key={i} scope="col" className="sheet-col">
                {columnLetter(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const on = i === headerRow;
            const empty = r.every((cell) => cell.trim() === '');
            return (
              <tr
                key={i}
                className={`sheet-row${on ? ' is-header' : ''}${i < headerRow ? ' is-above' : ''}${empty ? ' is-empty' : ''}`}
                onClick={() => chooseHeaderRow(i)}
                data-testid="import-top-row"
                data-row={i}
                aria-current={on ? 'true' : undefined}
              >
                <th scope="row" className="sheet-num tabular">
                  <label className="sheet-pick">
                    <input
                      type="radio"
                      name="import-header-row"
                      className="sr-only"
                      checked={on}
                      onChange={() => chooseHeaderRow(i)}
                      aria-label={c.useRow(i + 1)}
                    />
                    {i + 1}
                  </label>
                </th>
                {Array.from({ length: width }, (_, j) => (
                  <td key={j} title={r[j] || undefined}>
                    {r[j] ?? ''}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

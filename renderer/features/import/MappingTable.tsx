import { IMPORT_FIELDS, type ImportField } from '../../../shared/contract/import';
import { FIELD_LABELS } from '../../../shared/import/mapping';
import { useLanguage, useT } from '../../i18n';
import { columnLetter } from './HeaderRowPicker';
import { useImport } from './importStore';

const IGNORE = '';

/** Each column of the file: its header, a few values, and what it goes into (or "Bỏ qua"). */
export function MappingTable() {
  const tr = useT();
  const c = tr.import.columns;
  const lang = useLanguage((s) => s.lang);
  const columns = useImport((s) => s.columns);
  const mapping = useImport((s) => s.mapping);
  const setField = useImport((s) => s.setField);
  const used = new Map<ImportField, number>();
  for (const f of mapping) if (f && f !== 'notes') used.set(f, (used.get(f) ?? 0) + 1);
  // A column with neither a header nor any value is noise from the sheet's formatting.
  const shown = columns.filter((col) => col.header || col.samples.length || mapping[col.index]);
  return (
    <table className="data-table mapping" data-testid="import-mapping">
      <thead>
        <tr>
          <th scope="col">{c.column}</th>
          <th scope="col">{c.samples}</th>
          <th scope="col">{c.field}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((col) => {
          const field = mapping[col.index] ?? null;
          const clash = field !== null && (used.get(field) ?? 0) > 1;
          return (
            <tr key={col.index} className={field ? 'is-mapped' : 'is-ignored'} data-testid="import-column" data-column={col.index}>
              <td className="mapping-head">
                <span className="mapping-letter tabular">{columnLetter(col.index)}</span>
                <span className="mapping-header">{col.header || <span className="muted">{c.noHeader}</span>}</span>
              </td>
              <td className="mapping-samples">
                {col.samples.map((s, i) => (
                  <span key={i} className="value-chip" title={s}>
                    {s}
                  </span>
                ))}
              </td>
              <td className={`mapping-field${clash ? ' field-invalid' : ''}`}>
                <select
                  className="input input-sm"
                  value={field ?? IGNORE}
                  aria-label={`${c.field}: ${col.header || c.columnLetter(columnLetter(col.index))}`}
                  aria-invalid={clash || undefined}
                  onChange={(e) => setField(col.index, e.target.value === IGNORE ? null : (e.target.value as ImportField))}
                  data-testid="import-field"
                >
                  <option value={IGNORE}>{c.ignore}</option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f][lang]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

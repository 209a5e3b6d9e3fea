import type { ImportCandidate } from '../../../shared/contract/import';
import { FIELD_LABELS } from '../../../shared/import/mapping';
import { useLanguage, useT } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { formatPhone } from '../delegates/formatPhone';

type Col = keyof Omit<ImportCandidate, 'row'>;
const COLS: Col[] = [
  'fullName',
  'title',
  'organization',
  'category',
  'bridgePoint',
  'phone',
  'email',
  'status',
  'precedenceOrder',
  'appointmentDate',
  'birthDate',
  'notes',
];

/** The first valid rows exactly as they will be written: names, spacing, tones and phones cleaned. */
export function SampleTable({ sample }: { sample: ImportCandidate[] }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  // Only the fields the file has: a column of blanks says nothing.
  const cols = COLS.filter((c) => c === 'fullName' || sample.some((r) => r[c] !== null));
  const show = (r: ImportCandidate, c: Col): string => {
    const v = r[c];
    if (v === null) return '';
    if (c === 'phone') return formatPhone(v as string);
    if (c === 'status') return tr.delegates.status[v as keyof typeof tr.delegates.status];
    if (c === 'appointmentDate' || c === 'birthDate') return dayText(v as string);
    return String(v);
  };
  return (
    <div className="table-card card">
      <table className="data-table sample-table" data-testid="import-sample">
        <thead>
          <tr>
            <th scope="col" className="num">
              {tr.import.check.row}
            </th>
            {cols.map((c) => (
              <th key={c} scope="col">
                {FIELD_LABELS[c][lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.map((r) => (
            <tr key={r.row}>
              <td className="num tabular">{r.row}</td>
              {cols.map((c) => (
                <td key={c} className={c === 'fullName' ? 'sample-name' : c === 'phone' ? 'tabular nowrap' : undefined} title={show(r, c) || undefined}>
                  {show(r, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

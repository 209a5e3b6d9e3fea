import { useT } from '../../i18n';
import { ColumnsIcon } from '../../ui/icons';
import { Popover } from '../../ui/Popover';
import { saveColumns } from './columnPrefs';
import { COLUMN_IDS, DEFAULT_COLUMNS, type ColumnId } from './columns';
import { useDelegateView } from './viewStore';

/** Which optional columns the table shows; name and row number always stay. */
export function ColumnChooser() {
  const tr = useT();
  const t = tr.delegates.columnChooser;
  const columns = useDelegateView((s) => s.columns);
  const toggle = (c: ColumnId) => saveColumns(COLUMN_IDS.filter((x) => (x === c ? !columns.includes(c) : columns.includes(x))));
  const isDefault = columns.length === DEFAULT_COLUMNS.length && DEFAULT_COLUMNS.every((c) => columns.includes(c));
  return (
    <Popover
      label={t.title}
      align="end"
      testId="columns-menu"
      trigger={(p) => (
        <button {...p} type="button" className="btn btn-ghost btn-sm" data-testid="columns-button">
          <ColumnsIcon />
          {t.button}
        </button>
      )}
    >
      {() => (
        <div className="menu">
          <p className="menu-title">{t.title}</p>
          <ul className="menu-list" role="group" aria-label={t.title}>
            <li>
              <label className="menu-check is-fixed">
                <input type="checkbox" className="check" checked disabled />
                <span className="menu-check-label">{tr.delegates.columns.fullName}</span>
                <span className="menu-count">{t.always}</span>
              </label>
            </li>
            {COLUMN_IDS.map((c) => (
              <li key={c}>
                <label className="menu-check">
                  <input type="checkbox" className="check" checked={columns.includes(c)} onChange={() => toggle(c)} data-testid={`column-${c}`} />
                  <span className="menu-check-label">{tr.delegates.columns[c]}</span>
                </label>
              </li>
            ))}
          </ul>
          {!isDefault && (
            <div className="menu-foot">
              <button type="button" className="link-btn link-btn-sm" onClick={() => saveColumns([...DEFAULT_COLUMNS])} data-testid="columns-reset">
                {t.reset}
              </button>
            </div>
          )}
        </div>
      )}
    </Popover>
  );
}

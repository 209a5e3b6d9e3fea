import { useEffect, useState } from 'react';
import type { HistoryEntry, RowChange } from '../../../shared/contract/history';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ChangeRows } from './ChangeRows';

/** One delegate's history in its panel: each change, newest first, field by field. */
export function RowHistory({ table, rowId }: { table: 'delegates'; rowId: string }) {
  const tr = useT();
  const h = tr.history;
  const lang = useLanguage((s) => s.lang);
  const [items, setItems] = useState<{ entry: HistoryEntry; change: RowChange }[] | null>(null);
  useEffect(() => {
    let live = true;
    void call('history.ofRow', { table, rowId }).then(
      (x) => live && setItems(x),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [table, rowId]);
  if (!items) return null;
  const time = (iso: string) => formatDateTime(iso, lang);
  return (
    <details className="row-history" data-testid="row-history">
      <summary>
        {h.rowTitle} ({items.length})
      </summary>
      {items.length === 0 ? (
        <p className="muted">{h.rowEmpty}</p>
      ) : (
        <ol className="hist-entries">
          {items.map(({ entry, change }) => (
            <li key={entry.id} className="hist-entry" data-testid="row-history-entry">
              <p className="hist-entry-line">
                <span className="hist-when tabular">{time(entry.at)}</span> <span className="hist-label">{entry.label[lang]}</span>{' '}
                <span className="muted">{h.by(entry.laptop)}</span>
              </p>
              <ChangeRows changes={[change]} showTable={false} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

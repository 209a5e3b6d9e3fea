import { useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { IndexEntry } from '../../../shared/delegate-list';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { downloadBase64 } from '../../ui/download';
import { DownloadIcon } from '../../ui/icons';
import { Popover } from '../../ui/Popover';
import { notifyError, notifySuccess } from '../../ui/toast';
import { exportColumnsOf } from './columns';
import { useDelegateView } from './viewStore';

type Format = 'xlsx' | 'csv';

/**
 * Export as .xlsx or .csv, in the order on screen and with the columns on screen: the whole list,
 * or (when a search or filter is on) only the rows shown.
 */
export function ExportMenu({ eventId, rows, sorted }: { eventId: string; rows: IndexEntry<Delegate>[]; sorted: IndexEntry<Delegate>[] }) {
  const tr = useT();
  const t = tr.delegates.export;
  const lang = useLanguage((s) => s.lang);
  const columns = useDelegateView((s) => s.columns);
  const narrowed = rows.length !== sorted.length;
  const [scope, setScope] = useState<'all' | 'view'>('view');
  const [busy, setBusy] = useState<Format | null>(null);

  const run = async (format: Format, close: () => void) => {
    setBusy(format);
    try {
      const list = narrowed && scope === 'view' ? rows : sorted;
      const file = await call('delegates.export', {
        eventId,
        format,
        ids: list.map((e) => e.delegate.id),
        columns: exportColumnsOf(columns),
        language: lang,
      });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      notifySuccess((d) => d.delegates.export.done(file.fileName));
      close();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Popover
      label={t.button}
      align="end"
      testId="export-menu"
      trigger={(p) => (
        <button {...p} type="button" className="btn btn-ghost btn-sm" data-testid="export-button" disabled={sorted.length === 0}>
          <DownloadIcon />
          {t.button}
        </button>
      )}
    >
      {(close) => (
        <div className="menu menu-export">
          {narrowed && (
            <fieldset className="menu-radios">
              <legend className="menu-title">{t.scope}</legend>
              <label className="menu-radio">
                <input type="radio" name="export-scope" checked={scope === 'view'} onChange={() => setScope('view')} data-testid="export-scope-view" />
                {t.view(rows.length)}
              </label>
              <label className="menu-radio">
                <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="export-scope-all" />
                {t.all(sorted.length)}
              </label>
            </fieldset>
          )}
          <p className="menu-hint">{t.hint}</p>
          <div className="menu-actions">
            <Button
              size="sm"
              variant="primary"
              onClick={() => void run('xlsx', close)}
              busy={busy === 'xlsx'}
              disabled={busy !== null}
              data-testid="export-xlsx"
            >
              {t.xlsx}
            </Button>
            <Button size="sm" onClick={() => void run('csv', close)} busy={busy === 'csv'} disabled={busy !== null} data-testid="export-csv">
              {t.csv}
            </Button>
          </div>
        </div>
      )}
    </Popover>
  );
}

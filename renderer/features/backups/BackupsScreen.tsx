import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/contract/backups';
import { call } from '../../api/client';
import { boot } from '../../app/boot';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { notifyError, notifySuccess } from '../../ui/toast';
import { PageHead } from '../../ui/PageHead';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** The backups folder: each backup with when, why and what it holds; back up now; restore one in two clicks. */
export function BackupsScreen() {
  const tr = useT();
  const b = tr.backups;
  const lang = useLanguage((s) => s.lang);
  const [list, setList] = useState<{ folder: string; backups: BackupInfo[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<BackupInfo | null>(null);

  const load = async () => {
    try {
      setList(await call('backups.list', {}));
    } catch (e) {
      notifyError(e);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const when = (x: BackupInfo) => (x.at ? formatDateTime(x.at, lang, true) : x.file);
  const reason = (r: string) => b.reasons[r] ?? (/^before-v(\d+)$/.exec(r) ? b.beforeMigration(/^before-v(\d+)$/.exec(r)![1]!) : r);

  const now = async () => {
    setBusy(true);
    try {
      const made = await call('backups.create', {});
      notifySuccess((d) => d.backups.made(made.file));
      await load();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const elsewhere = async () => {
    setBusy(true);
    try {
      const { file } = await call('backups.saveElsewhere', {});
      if (file) notifySuccess((d) => d.backups.madeElsewhere(file));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const openFolder = () => call('backups.openFolder', {}).catch(notifyError);

  const restore = async (x: BackupInfo) => {
    await call('backups.restore', { file: x.file });
    // Everything on screen came from the data just replaced: start again from the file.
    await boot();
    notifySuccess((d) => d.backups.restored(when(x)));
  };

  return (
    <main className="page page-fill" data-testid="backups-screen">
      <PageHead
        title={b.title}
        subtitle={b.subtitle}
        tight
        actions={
          <>
            {/* The system's dialogs: the desktop app has them, the preview in a browser does not. */}
            {window.api && (
              <>
                <Button onClick={() => void openFolder()} data-testid="backups-open-folder">
                  {b.openFolder}
                </Button>
                <Button onClick={() => void elsewhere()} busy={busy} title={b.elsewhereTitle} data-testid="backups-elsewhere">
                  {b.elsewhere}
                </Button>
              </>
            )}
            <Button variant="primary" onClick={() => void now()} busy={busy} data-testid="backups-now">
              {b.now}
            </Button>
          </>
        }
      />
      {list && (
        <p className="muted backups-folder" data-testid="backups-folder">
          {b.folder(list.folder)}
        </p>
      )}
      <div className="page-fill-body table-card card">
        {list && list.backups.length === 0 ? (
          <EmptyState title={b.empty} testId="backups-empty" />
        ) : (
          <table className="data-table" data-testid="backups-table">
            <thead>
              <tr>
                <th scope="col">{b.when}</th>
                <th scope="col">{b.reason}</th>
                <th scope="col" className="num">
                  {b.events}
                </th>
                <th scope="col" className="num">
                  {b.delegates}
                </th>
                <th scope="col" className="num">
                  {b.size}
                </th>
                <th scope="col">
                  <span className="sr-only">{b.restore}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list?.backups.map((x) => (
                <tr key={x.file} data-testid="backup-row" data-file={x.file} data-reason={x.reason}>
                  <td className="tabular">{when(x)}</td>
                  <td>{reason(x.reason)}</td>
                  <td className="num tabular">{x.events === null ? b.unreadable : b.count(x.events)}</td>
                  <td className="num tabular">{b.count(x.delegates)}</td>
                  <td className="num tabular">{size(x.size)}</td>
                  <td className="row-actions">
                    <Button
                      size="sm"
                      onClick={() => setAsking(x)}
                      aria-label={b.restoreLabel(when(x))}
                      disabled={x.events === null}
                      data-testid="backup-restore"
                    >
                      {b.restore}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          title={b.restoreTitle}
          confirmLabel={b.restoreConfirm}
          onConfirm={() => restore(asking)}
          onClose={() => setAsking(null)}
          testId="backup-restore-confirm"
        >
          <p>{b.restoreBody(when(asking))}</p>
          <p className="muted">{b.restoreSafe}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}

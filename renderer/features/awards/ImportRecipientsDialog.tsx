import { useState } from 'react';
import type { AwardImportPreview, AwardKind } from '../../../shared/contract/awards';
import { ApiError, call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { notifySuccess } from '../../ui/toast';
import { fileProblem, readAsBase64 } from '../import/readFile';
import { runAwards } from './awardsStore';

/** Recipients from the decision's spreadsheet: read and shown first, written only when confirmed. */
export function ImportRecipientsDialog({ kind, onClose }: { kind: AwardKind; onClose(): void }) {
  const t = useT();
  const a = t.awards;
  const lang = useLanguage((s) => s.lang);
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<AwardImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (f: File | undefined) => {
    if (!f) return;
    setPreview(null);
    setError(null);
    const problem = fileProblem(f);
    if (problem) return setError(problem === 'tooBig' ? t.import.file.tooBig(f.name) : t.import.file.wrongType(f.name));
    setBusy(true);
    try {
      const read = { fileName: f.name, dataBase64: await readAsBase64(f) };
      setFile(read);
      setPreview(await call('awards.previewImport', { kindId: kind.id, ...read }));
    } catch (e) {
      setError(e instanceof ApiError ? e.error.message[lang] : t.errors.unexpected);
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (!file) return;
    setBusy(true);
    let added = 0;
    const ok = await runAwards(async () => {
      const r = await call('awards.importRecipients', { kindId: kind.id, ...file });
      added = r.added;
      return r.awards;
    });
    setBusy(false);
    if (ok) {
      notifySuccess((d) => d.awards.imported(added, file.fileName));
      onClose();
    }
  };
  const fresh = preview?.rows.filter((r) => !r.already) ?? [];
  const linked = fresh.filter((r) => r.delegateId).length;
  return (
    <Dialog
      title={a.importTitle(kind.name)}
      onClose={onClose}
      busy={busy}
      size="lg"
      testId="award-import-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button variant="primary" busy={busy} disabled={!fresh.length} onClick={() => void commit()} data-testid="award-import-commit">
            {a.importConfirm(fresh.length)}
          </Button>
        </>
      }
    >
      <p className="form-note">{a.importHint}</p>
      <label className="field-label" htmlFor="award-import-file">
        {a.importPick}
      </label>
      <input id="award-import-file" type="file" accept=".xlsx,.csv" onChange={(e) => void pick(e.target.files?.[0])} data-testid="award-import-file" />
      {busy && !preview && <p className="loading-line">{a.importReading}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <>
          <p className="award-import-summary" data-testid="award-import-summary">
            {a.importSummary(fresh.length, linked, preview.skipped, preview.rows.length - fresh.length)} {a.importHeader(preview.headerRow + 1)}
          </p>
          <div className="table-card award-import-table">
            <table className="data-table">
              <thead>
                <tr>
                  <th>{a.no}</th>
                  <th>{a.name}</th>
                  <th>{a.recipientFields.title}</th>
                  <th>{a.recipientFields.unit}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row} className={r.already ? 'is-muted' : undefined} data-testid="award-import-row">
                    <td className="tabular">{r.row}</td>
                    <td>{r.recipientKind === 'collective' ? (r.unit ?? '') : r.fullName}</td>
                    <td>{r.title}</td>
                    <td>{r.recipientKind === 'collective' ? (r.fullName ? a.receivesFor(r.fullName) : a.collective) : r.unit}</td>
                    <td>
                      {r.already ? (
                        <span className="badge badge-hand">{a.already}</span>
                      ) : r.delegateId ? (
                        <span className="badge">{a.linked}</span>
                      ) : (
                        <span className="badge badge-none">{a.freeName}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Dialog>
  );
}

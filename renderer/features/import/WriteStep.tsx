import { reportToCsv } from '../../../shared/import/report';
import { useUi } from '../../app/store';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { downloadText, safeFileName } from '../../ui/download';
import { CheckIcon, DownloadIcon } from '../../ui/icons';
import { notifySuccess } from '../../ui/toast';
import { useImport } from './importStore';
import { ReportRows } from './ReportRows';
import { StatCard } from './StatCard';

function Progress() {
  const tr = useT();
  const w = tr.import.write;
  const progress = useImport((s) => s.progress);
  const pct = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return (
    <div className="write-progress card" data-testid="import-progress">
      <p className="write-title">
        <span className="spinner" aria-hidden="true" /> {w.writing}
      </p>
      <div
        className={`progress${pct === null ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-label={w.writing}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
      >
        <div className="progress-bar" style={{ width: pct === null ? undefined : `${pct}%` }} />
      </div>
      <p className="write-phase tabular">{progress ? `${w.phase[progress.phase]} · ${w.progress(progress.done, progress.total)}` : w.phase.reading}</p>
      <p className="field-hint">{w.allOrNothing}</p>
    </div>
  );
}

/** Step 4: the write with a real progress bar, then the report (saved as CSV on request). */
export function WriteStep() {
  const tr = useT();
  const w = tr.import.write;
  const lang = useLanguage((s) => s.lang);
  const report = useImport((s) => s.report);
  const commitError = useImport((s) => s.commitError);
  const { goto, start, close } = useImport.getState();

  if (commitError != null)
    return (
      <>
        <div className="import-body">
          <Banner testId="import-commit-error">
            <strong>{w.failed}</strong> {commitError instanceof ApiError ? commitError.error.message[lang] : tr.errors.unexpected}
          </Banner>
        </div>
        <footer className="wizard-foot">
          <Button onClick={() => goto('check')}>{tr.common.back}</Button>
        </footer>
      </>
    );
  if (!report)
    return (
      <div className="import-body">
        <Progress />
      </div>
    );

  const save = () => {
    const name = safeFileName(`${lang === 'vi' ? 'Bao cao nhap' : 'Import report'} - ${report.fileName.replace(/\.[^.]+$/, '')}.csv`);
    downloadText(name, reportToCsv(report, lang));
    notifySuccess((d) => d.import.write.reportSaved(name));
  };
  const seconds = formatNumber(Math.max(report.durationMs, 100) / 1000, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  return (
    <>
      <div className="import-body" data-testid="import-report">
        <div className="report-head">
          <span className="report-check" aria-hidden="true">
            <CheckIcon />
          </span>
          <div>
            <h2 className="report-title">{w.reportTitle}</h2>
            <p className="muted">{w.reportLine(report.fileName, report.sheet, seconds)}</p>
          </div>
        </div>
        <div className="stats">
          <StatCard value={report.added} label={w.added} tone="good" testId="report-added" />
          <StatCard value={report.updated} label={w.updated} tone="warn" testId="report-updated" />
          <StatCard value={report.skippedDuplicates} label={w.skippedDuplicates} testId="report-skipped-duplicates" />
          <StatCard value={report.skippedErrors} label={w.skippedErrors} tone="bad" testId="report-skipped-errors" />
          <StatCard value={report.skippedOther} label={w.skippedOther} testId="report-skipped-other" />
        </div>
        {(report.categoriesCreated.length > 0 || report.bridgePointsCreated.length > 0) && (
          <div className="new-labels">
            {report.categoriesCreated.length > 0 && (
              <p data-testid="report-categories">
                <span className="new-labels-title">{w.categoriesCreated}:</span>
                {report.categoriesCreated.map((c) => (
                  <span key={c} className="tag">
                    {c}
                  </span>
                ))}
              </p>
            )}
            {report.bridgePointsCreated.length > 0 && (
              <p data-testid="report-bridge-points">
                <span className="new-labels-title">{w.bridgePointsCreated}:</span>
                {report.bridgePointsCreated.map((c) => (
                  <span key={c} className="tag">
                    {c}
                  </span>
                ))}
              </p>
            )}
          </div>
        )}
        <section className="import-section" aria-labelledby="imp-rows">
          <h2 className="section-title" id="imp-rows">
            {w.rowsTitle}
          </h2>
          <ReportRows rows={report.rows} />
        </section>
      </div>
      <footer className="wizard-foot">
        <Button onClick={start} data-testid="import-again">
          {w.another}
        </Button>
        <span className="spacer" />
        <Button icon={<DownloadIcon />} onClick={save} data-testid="import-save-report">
          {w.saveReport}
        </Button>
        <Button
          variant="primary"
          onClick={() => {
            close();
            useUi.getState().go('delegates');
          }}
          data-testid="import-done"
        >
          {w.toList}
        </Button>
      </footer>
    </>
  );
}

import { useEffect } from 'react';
import { useT } from '../../i18n';
import { ChevronLeftIcon } from '../../ui/icons';
import { CheckStep } from './CheckStep';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { useImport, type ImportStep } from './importStore';
import { WriteStep } from './WriteStep';

const STEPS: ImportStep[] = ['file', 'columns', 'check', 'write'];

function Stepper({ step }: { step: ImportStep }) {
  const tr = useT();
  const at = STEPS.indexOf(step);
  return (
    <ol className="stepper" aria-label={tr.import.stepOf(at + 1, STEPS.length)} data-testid="import-steps">
      {STEPS.map((s, i) => (
        <li key={s} className={`stepper-item${i === at ? ' is-on' : ''}${i < at ? ' is-done' : ''}`} aria-current={i === at ? 'step' : undefined}>
          <span className="stepper-num tabular" aria-hidden="true">
            {i + 1}
          </span>
          <span className="stepper-label">{tr.import.steps[s]}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * Delegate lists from the units' spreadsheets, in four steps: the file, its columns, the check
 * (counts, errors, duplicates and what to do with them), then one all-or-nothing write and its report.
 */
export function ImportWizard({ eventId }: { eventId: string }) {
  const tr = useT();
  const step = useImport((s) => s.step);
  const committing = useImport((s) => s.committing);
  const close = useImport((s) => s.close);

  // A file dropped beside the zone must not make the browser open it in place of the app.
  useEffect(() => {
    const keep = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  return (
    <main className="page page-fill import" data-testid="import-wizard" data-step={step}>
      <div className="import-head">
        <button type="button" className="back-link" onClick={close} disabled={committing} data-testid="import-close">
          <ChevronLeftIcon />
          {tr.import.back}
        </button>
        <h1 className="page-title">{tr.import.title}</h1>
        <Stepper step={step} />
      </div>
      {step === 'file' && <FileStep eventId={eventId} />}
      {step === 'columns' && <ColumnsStep eventId={eventId} />}
      {step === 'check' && <CheckStep eventId={eventId} />}
      {step === 'write' && <WriteStep />}
    </main>
  );
}

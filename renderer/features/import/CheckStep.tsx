import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { CheckIcon, UploadIcon } from '../../ui/icons';
import { commitCounts } from './commitCounts';
import { DuplicatesTable } from './DuplicatesTable';
import { CheckOptions } from './CheckOptions';
import { commit } from './importActions';
import { useImport } from './importStore';
import { IssueTable } from './IssueTable';
import { SampleTable } from './SampleTable';
import { StatCard } from './StatCard';

/** Step 3: what the file holds once cleaned and checked, and the duplicate decisions; still nothing written. */
export function CheckStep({ eventId }: { eventId: string }) {
  const tr = useT();
  const k = tr.import.check;
  const lang = useLanguage((s) => s.lang);
  const preview = useImport((s) => s.preview)!;
  const decisions = useImport((s) => s.decisions);
  const goto = useImport((s) => s.goto);
  const refreshing = useImport((s) => s.refreshing);
  const { add, update } = commitCounts(preview, decisions);
  const sk = preview.skipped;
  const skipped = sk.blank + sk.totals + sk.repeatedHeaders + sk.sections + sk.signatures;
  const skippedParts = [
    sk.blank && k.skippedBlank(sk.blank),
    sk.totals && k.skippedTotals(sk.totals),
    sk.repeatedHeaders && k.skippedHeaders(sk.repeatedHeaders),
    sk.sections && k.skippedSections(sk.sections),
    sk.signatures && k.skippedSignatures(sk.signatures),
  ].filter((x): x is string => !!x);
  const nf = (n: number) => formatNumber(n, lang);

  return (
    <>
      <div className="import-body">
        <div className="stats" data-testid="import-counts">
          <StatCard value={preview.toAdd} label={k.toAdd} tone="good" testId="count-add" />
          <StatCard value={preview.duplicates.length} label={k.duplicates} tone="warn" testId="count-duplicates" />
          <StatCard value={preview.errors.length} label={k.errors} tone="bad" testId="count-errors">
            {preview.errors.length > 0 && k.errorsNotImported}
          </StatCard>
          <StatCard value={skipped} label={k.skipped} testId="count-skipped">
            {skippedParts.length > 0 && (
              <ul className="statcard-list" data-testid="count-skipped-detail">
                {skippedParts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </StatCard>
        </div>

        <CheckOptions eventId={eventId} />

        {(preview.newCategories.length > 0 || preview.newBridgePoints.length > 0) && (
          <div className="new-labels">
            {preview.newCategories.length > 0 && (
              <p data-testid="import-new-categories">
                <span className="new-labels-title">{k.newCategories}:</span>
                {preview.newCategories.map((c) => (
                  <span key={c} className="tag">
                    {c}
                  </span>
                ))}
              </p>
            )}
            {preview.newBridgePoints.length > 0 && (
              <p data-testid="import-new-bridge-points">
                <span className="new-labels-title">{k.newBridgePoints}:</span>
                {preview.newBridgePoints.map((c) => (
                  <span key={c} className="tag">
                    {c}
                  </span>
                ))}
              </p>
            )}
          </div>
        )}

        {preview.duplicates.length > 0 && (
          <section className="import-section" aria-labelledby="imp-dups">
            <h2 className="section-title" id="imp-dups">
              {k.duplicatesTitle} <span className="section-count tabular">{nf(preview.duplicates.length)}</span>
            </h2>
            <p className="section-hint">{k.duplicatesHint}</p>
            <DuplicatesTable duplicates={preview.duplicates} />
          </section>
        )}

        <section className="import-section" aria-labelledby="imp-errors">
          <h2 className="section-title" id="imp-errors">
            {k.errorsTitle} <span className="section-count tabular">{nf(preview.errors.length)}</span>
          </h2>
          {preview.errors.length > 0 ? (
            <>
              <p className="section-hint">{k.errorsHint}</p>
              <IssueTable issues={preview.errors} testId="import-errors" />
            </>
          ) : (
            <p className="section-ok">
              <CheckIcon /> {k.allGood}
            </p>
          )}
        </section>

        {preview.warnings.length > 0 && (
          <section className="import-section" aria-labelledby="imp-warnings">
            <h2 className="section-title" id="imp-warnings">
              {k.warningsTitle} <span className="section-count tabular">{nf(preview.warnings.length)}</span>
            </h2>
            <p className="section-hint">{k.warningsHint}</p>
            <IssueTable issues={preview.warnings} testId="import-warnings" />
          </section>
        )}

        {preview.sample.length > 0 && (
          <section className="import-section" aria-labelledby="imp-sample">
            <h2 className="section-title" id="imp-sample">
              {k.sampleTitle}
            </h2>
            <p className="section-hint">{k.sampleHint(preview.sample.length, preview.toAdd + preview.duplicates.length)}</p>
            <SampleTable sample={preview.sample} />
          </section>
        )}
      </div>
      <footer className="wizard-foot">
        <Button onClick={() => goto('columns')} data-testid="import-back">
          {tr.common.back}
        </Button>
        <span className="spacer" />
        <Button
          variant="primary"
          icon={<UploadIcon />}
          onClick={() => void commit(eventId)}
          disabled={add + update === 0 || refreshing}
          data-testid="import-commit"
        >
          {add + update === 0 ? k.nothing : update > 0 ? k.commitUpdate(add, update) : k.commit(add)}
        </Button>
      </footer>
    </>
  );
}

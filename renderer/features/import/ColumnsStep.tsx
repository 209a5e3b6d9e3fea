import { mappingProblem } from '../../../shared/import/mapping';
import type { ToneStyle } from '../../../shared/text';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ChevronRightIcon } from '../../ui/icons';
import { HeaderRowPicker } from './HeaderRowPicker';
import { chooseSheet, runPreview } from './importActions';
import { useImport } from './importStore';
import { MappingTable } from './MappingTable';

function ToneChoice() {
  const tr = useT();
  const c = tr.import.columns;
  const tone = useImport((s) => s.toneStyle);
  const setTone = useImport((s) => s.setTone);
  const options: [ToneStyle, string, string][] = [
    ['old', c.toneOld, c.toneOldNote],
    ['new', c.toneNew, c.toneNewNote],
  ];
  return (
    <fieldset className="tone">
      <legend className="section-title">{c.toneTitle}</legend>
      <div className="tone-options">
        {options.map(([style, example, note]) => (
          <label key={style} className={`tone-option${tone === style ? ' is-on' : ''}`}>
            <input type="radio" name="import-tone" checked={tone === style} onChange={() => setTone(style)} data-testid={`import-tone-${style}`} />
            <span className="tone-example">{example}</span>
            <span className="tone-note">{note}</span>
          </label>
        ))}
      </div>
      <p className="field-hint">{c.toneHint}</p>
    </fieldset>
  );
}

/** Step 2: the sheet, where its header is, which column holds what, and how names are spelt. */
export function ColumnsStep({ eventId }: { eventId: string }) {
  const tr = useT();
  const c = tr.import.columns;
  const lang = useLanguage((s) => s.lang);
  const file = useImport((s) => s.file)!;
  const inspection = useImport((s) => s.inspection)!;
  const headerRow = useImport((s) => s.headerRow);
  const mapping = useImport((s) => s.mapping);
  const edited = useImport((s) => s.mappingEdited);
  const checking = useImport((s) => s.checking);
  const checkError = useImport((s) => s.checkError);
  const start = useImport((s) => s.start);
  const problem = mappingProblem(mapping);
  const rowsBelow = Math.max(0, inspection.dataRowCount + inspection.headerRow - headerRow);

  return (
    <>
      <div className="import-body">
        <div className="import-file-line">
          <p className="import-file-name" data-testid="import-file-name">
            {c.fileLine(file.name, rowsBelow)}
          </p>
          {inspection.sheets.length > 1 && (
            <label className="inline-field">
              <span className="field-label">{c.sheet}</span>
              <select
                className="input input-sm"
                value={inspection.sheet}
                onChange={(e) => void chooseSheet(eventId, e.target.value)}
                disabled={checking}
                data-testid="import-sheet"
              >
                {inspection.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>

        <section className="import-section" aria-labelledby="imp-header">
          <h2 className="section-title" id="imp-header">
            {c.headerTitle}
          </h2>
          <p className="section-hint">{c.headerHint}</p>
          <HeaderRowPicker />
        </section>

        <section className="import-section" aria-labelledby="imp-mapping">
          <h2 className="section-title" id="imp-mapping">
            {c.mappingTitle}
          </h2>
          <p
            className={`section-hint${inspection.mappingSource === 'remembered' && !edited ? ' is-remembered' : ''}`}
            data-testid="import-mapping-source"
            data-source={edited ? 'edited' : inspection.mappingSource}
          >
            {inspection.mappingSource === 'remembered' && !edited ? c.remembered : c.detected}
          </p>
          <MappingTable />
        </section>

        <section className="import-section">
          <ToneChoice />
        </section>
      </div>
      <footer className="wizard-foot">
        <Button onClick={start} disabled={checking} data-testid="import-another">
          {tr.import.file.another}
        </Button>
        <span className="spacer" />
        {problem && (
          <p className="wizard-problem" role="alert" data-testid="import-mapping-problem">
            {problem[lang]}
          </p>
        )}
        {checkError != null && (
          <Banner testId="import-check-error">{checkError instanceof ApiError ? checkError.error.message[lang] : tr.errors.unexpected}</Banner>
        )}
        <Button variant="primary" onClick={() => void runPreview(eventId)} busy={checking} disabled={!!problem} data-testid="import-next">
          {checking ? c.checking : c.next}
          {!checking && <ChevronRightIcon />}
        </Button>
      </footer>
    </>
  );
}

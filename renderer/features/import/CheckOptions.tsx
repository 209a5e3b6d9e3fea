import type { ImportSection } from '../../../shared/contract/import';
import { useT } from '../../i18n';
import { setCheckOption } from './importActions';
import { useImport } from './importStore';

/** What a heading would fill, in words: "Điền đối tượng “Khách mời” cho 4 dòng bên dưới". */
function sectionLine(k: ReturnType<typeof useT>['import']['check'], s: ImportSection): string {
  const parts = [s.category && k.sectionCategory(s.category), s.organization && k.sectionUnit(s.organization)].filter(Boolean).join(', ');
  return `${k.sectionSets(parts)} ${k.sectionRows(s.rows)}`;
}

/**
 * Step 3's cleaning options: names in one case rewritten in title case, and each section heading
 * applied to the rows under it or not. Each change has the server check the file again.
 */
export function CheckOptions({ eventId }: { eventId: string }) {
  const tr = useT();
  const k = tr.import.check;
  const preview = useImport((s) => s.preview)!;
  const titleCaseNames = useImport((s) => s.titleCaseNames);
  const refreshing = useImport((s) => s.refreshing);
  // The user's choice shows at once; the preview's own `apply` catches up when the server answers.
  const chosen = useImport((s) => s.sections);
  const { titleCase, sections } = preview;
  if (titleCase.count === 0 && sections.length === 0) return null;
  return (
    <section className="import-section check-options" aria-labelledby="imp-options" aria-busy={refreshing || undefined} data-testid="import-options">
      <h2 className="section-title" id="imp-options">
        {k.optionsTitle}
        {refreshing && (
          <span className="section-busy muted" role="status">
            <span className="spinner" aria-hidden="true" /> {k.refreshing}
          </span>
        )}
      </h2>
      <p className="section-hint">{k.optionsHint}</p>
      <div className="card check-options-card">
        {titleCase.count > 0 && (
          <label className="option-row" data-testid="import-title-case">
            <input
              type="checkbox"
              className="check"
              checked={titleCaseNames}
              onChange={(e) => void setCheckOption(eventId, { titleCaseNames: e.target.checked })}
              data-testid="import-title-case-toggle"
            />
            <span className="option-text">
              <span className="option-label">{k.titleCase(titleCase.count)}</span>
              <span className="option-examples">
                {titleCase.examples.map((x) => (
                  <span key={x.from} className="option-example" title={k.titleCaseExample(x.from, x.to)}>
                    {k.titleCaseExample(x.from, x.to)}
                  </span>
                ))}
              </span>
            </span>
          </label>
        )}
        {sections.length > 0 && (
          <div className="option-group" role="group" aria-labelledby="imp-sections">
            <p className="option-group-title" id="imp-sections">
              {k.sectionsTitle}
            </p>
            <p className="option-group-hint">{k.sectionsHint}</p>
            <div className="option-group-list">
              {sections.map((s) => (
                <label key={s.row} className="option-row" data-testid="import-section-option" data-row={s.row} data-apply={s.apply}>
                  <input
                    type="checkbox"
                    className="check"
                    checked={chosen[String(s.row)] ?? s.apply}
                    onChange={(e) => void setCheckOption(eventId, { section: { row: s.row, apply: e.target.checked } })}
                    aria-describedby={`imp-section-${s.row}`}
                  />
                  <span className="option-text">
                    <span className="option-label">
                      <span className="option-row-no tabular">{k.sectionRow(s.row)}</span>
                      <span className="option-heading" title={s.text}>
                        {s.text}
                      </span>
                    </span>
                    <span className="option-effect" id={`imp-section-${s.row}`}>
                      {sectionLine(k, s)}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

import type { EventFileSummary, MergeChoice, MergeConflict } from '../../../shared/contract/event-file';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { importEventFile } from './eventFileActions';
import { useEventFile } from './eventFileStore';

const COUNTS = ['added', 'updated', 'deleted', 'kept', 'deduplicated'] as const;

function Counts({ summary }: { summary: EventFileSummary }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const c = tr.eventFile.columns;
  const rows = summary.tables.filter((t) => COUNTS.some((k) => t[k] > 0));
  if (rows.length === 0) return <p className="muted">{tr.eventFile.noRowChanges}</p>;
  const shown = COUNTS.filter((k) => summary.mode === 'merge' || k === 'added');
  return (
    <table className="data-table evfile-counts" data-testid="evfile-counts">
      <thead>
        <tr>
          <th scope="col">{c.table}</th>
          {shown.map((k) => (
            <th key={k} scope="col" className="num">
              {c[k]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr key={t.table} data-testid="evfile-count" data-table={t.table}>
            <td>{t.label[lang]}</td>
            {shown.map((k) => (
              <td key={k} className="num tabular" data-count={k}>
                {t[k] ? formatNumber(t[k], lang) : <span className="muted">–</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Side({ c, side, choice }: { c: MergeConflict; side: MergeChoice; choice: MergeChoice }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const f = tr.eventFile;
  const value = side === 'mine' ? c.mine : c.theirs;
  const by = side === 'mine' ? c.mineBy : c.theirsBy;
  const shown = c.kind === 'row' ? (c.deleted === side ? f.deleted : f.edited) : value === null || value === '' ? f.empty : String(value);
  return (
    <label className={`evfile-side${choice === side ? ' is-chosen' : ''}`}>
      <input
        type="radio"
        name={c.key}
        checked={choice === side}
        onChange={() => useEventFile.getState().choose(c.key, side)}
        data-testid={side === 'mine' ? 'evfile-keep-mine' : 'evfile-take-theirs'}
      />
      <span className="evfile-side-text">
        <span className="evfile-side-title">{side === 'mine' ? f.keepMine : f.takeTheirs}</span>
        <span className="evfile-value" data-testid="evfile-value">
          {shown}
        </span>
        {by && <span className="evfile-by muted">{f.by(by.laptop, formatDateTime(by.at, lang))}</span>}
      </span>
    </label>
  );
}

function Conflicts({ conflicts }: { conflicts: readonly MergeConflict[] }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const choices = useEventFile((s) => s.choices);
  const f = tr.eventFile;
  if (conflicts.length === 0) return <p className="muted">{f.noConflicts}</p>;
  return (
    <section className="evfile-conflicts" aria-label={f.conflictsTitle(conflicts.length)}>
      <div className="evfile-conflicts-head">
        <h3>{f.conflictsTitle(conflicts.length)}</h3>
        <span className="spacer" />
        <Button size="sm" onClick={() => useEventFile.getState().chooseAll('mine')} data-testid="evfile-all-mine">
          {f.allMine}
        </Button>
        <Button size="sm" onClick={() => useEventFile.getState().chooseAll('theirs')} data-testid="evfile-all-theirs">
          {f.allTheirs}
        </Button>
      </div>
      <p className="muted">{f.conflictsLead}</p>
      <ul className="evfile-conflict-list">
        {conflicts.map((c) => {
          const choice = choices[c.key] ?? c.choice;
          const what = c.kind === 'row' ? null : c.kind === 'unique' ? `${f.samePlace}: ${c.fieldLabel?.[lang] ?? ''}` : (c.fieldLabel?.[lang] ?? c.field);
          return (
            <li key={c.key} className="evfile-conflict" data-testid="evfile-conflict" data-key={c.key}>
              <div className="evfile-conflict-what">
                <span className="evfile-table">{c.tableLabel[lang]}</span>
                {c.record && <strong>{c.record}</strong>}
                {what && <span className="evfile-field">{what}</span>}
              </div>
              <div className="evfile-sides" role="radiogroup" aria-label={[c.record, what].filter(Boolean).join(' · ')}>
                <Side c={c} side="mine" choice={choice} />
                <Side c={c} side="theirs" choice={choice} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function problemText(problem: NonNullable<ReturnType<typeof useEventFile.getState>['problem']>, name: string, tr: ReturnType<typeof useT>, lang: 'vi' | 'en') {
  if ('local' in problem) return problem.local === 'wrongType' ? tr.eventFile.wrongType(name) : tr.eventFile.tooBig(name);
  return problem.error instanceof ApiError ? problem.error.error.message[lang] : tr.errors.unexpected;
}

/** The review of an event file before it is imported: what will be added or merged, and the choices to make. */
export function EventFileDialog() {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const fileName = useEventFile((s) => s.fileName);
  const reading = useEventFile((s) => s.reading);
  const summary = useEventFile((s) => s.summary);
  const problem = useEventFile((s) => s.problem);
  const close = useEventFile((s) => s.close);
  const action = useAction();
  const f = tr.eventFile;
  if (!fileName) return null;

  const title = problem ? f.titleFailed : summary?.mode === 'merge' ? f.titleMerge : f.titleNew;
  const go = () =>
    action.run(async () => {
      await importEventFile();
    });
  return (
    <Dialog
      title={title}
      onClose={close}
      size="lg"
      busy={action.busy}
      testId="evfile-dialog"
      footer={
        <>
          <CancelFooter error={action.error} busy={action.busy} onCancel={close} />
          {summary && !summary.nothingNew && (
            <Button variant="primary" onClick={() => void go()} busy={action.busy} data-testid="evfile-apply">
              {summary.mode === 'new' ? f.add : f.merge}
            </Button>
          )}
        </>
      }
    >
      {reading && (
        <p role="status" className="evfile-reading">
          <span className="spinner" aria-hidden="true" /> {f.reading}
        </p>
      )}
      {problem && (
        <Banner testId="evfile-error">
          <strong>{problemText(problem, fileName, tr, lang)}</strong>
          <span className="banner-note">{f.unchanged}</span>
        </Banner>
      )}
      {summary && (
        <div className="evfile-review" data-testid="evfile-review" data-mode={summary.mode}>
          <p className="evfile-from muted">{f.from(summary.from.laptop, formatDateTime(summary.from.exportedAt, lang))}</p>
          <p>
            {summary.mode === 'new'
              ? f.newLead(summary.event.name)
              : summary.nothingNew
                ? f.alreadyHere(summary.event.name)
                : f.mergeLead(summary.event.name, summary.remoteChanges)}
          </p>
          {summary.nothingNew ? (
            <p className="evfile-nothing" data-testid="evfile-nothing-new">
              <strong>{f.nothingNew}</strong>
            </p>
          ) : (
            <>
              <Counts summary={summary} />
              {summary.checkInsAlreadyHere > 0 && <p data-testid="evfile-checkins-here">{f.checkInsHere(summary.checkInsAlreadyHere)}</p>}
              {summary.mode === 'merge' && <Conflicts conflicts={summary.conflicts} />}
            </>
          )}
        </div>
      )}
    </Dialog>
  );
}

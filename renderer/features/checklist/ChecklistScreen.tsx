import { useEffect, useMemo, useState } from 'react';
import { progressOf } from '../../../shared/checklist/progress';
import { TASK_STATUSES } from '../../../shared/checklist/progress';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { dayText } from '../../ui/dateText';
import { EmptyState } from '../../ui/EmptyState';
import { CalendarIcon, PlusIcon, SearchIcon } from '../../ui/icons';
import { LoadError } from '../../ui/LoadError';
import { PageHead } from '../../ui/PageHead';
import { ChecklistPrintMenu } from './ChecklistPrintMenu';
import { ChecklistRows, ProgressBar } from './ChecklistRows';
import { useChecklist } from './checklistStore';
import { filterLines, groupLines, todayOf, type ChecklistView, type StatusFilter } from './grouping';
import { HolidaysDialog } from './HolidaysDialog';
import { SaveAsDialog } from './SaveAsDialog';
import { StartDialog } from './StartDialog';
import { TaskPanel } from './TaskPanel';

const VIEWS: ChecklistView[] = ['workstream', 'deadline', 'owner'];

/** The preparation checklist: by workstream, deadline or owner, with progress; Space marks a task done. */
export function ChecklistScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.checklist;
  const lang = useLanguage((s) => s.lang);
  const s = useChecklist();
  const [dialog, setDialog] = useState<'start' | 'save' | 'holidays' | null>(null);
  // Today is read when the list changes: overdue and due-today follow the laptop's clock.
  const today = useMemo(() => todayOf(new Date()), [s.data]);

  useEffect(() => {
    void useChecklist.getState().load(eventId);
  }, [eventId]);

  const lines = s.data?.lines;
  const all = useMemo(() => progressOf((lines ?? []).map((l) => l.task.status)), [lines]);
  const shown = useMemo(() => filterLines(lines ?? [], s.text, s.filter, lang), [lines, s.text, s.filter, lang]);
  const groups = useMemo(() => groupLines(shown, s.view, today, lang, { noOwner: t.noOwner, deadline: t.groups }), [shown, s.view, today, lang, t]);

  const actions = (
    <>
      <Button icon={<CalendarIcon />} onClick={() => setDialog('holidays')} data-testid="checklist-holidays">
        {t.holidaysButton}
      </Button>
      {lines && lines.length > 0 && (
        <>
          <Button onClick={() => setDialog('save')} data-testid="checklist-save-template">
            {t.saveTemplate}
          </Button>
          <ChecklistPrintMenu eventId={eventId} />
        </>
      )}
      <Button onClick={() => setDialog('start')} data-testid="checklist-start">
        {t.fromTemplate}
      </Button>
      <Button variant="primary" icon={<PlusIcon />} onClick={() => s.openPanel('new')} data-testid="checklist-add">
        {t.addTask}
      </Button>
    </>
  );

  return (
    <main className="page checklist-page" data-testid="checklist-screen">
      <PageHead title={t.title} subtitle={t.subtitle} actions={actions} />
      {s.status === 'error' && <LoadError error={s.error} onRetry={() => void s.load(eventId)} testId="checklist-load-error" />}
      {s.data && s.data.lines.length === 0 && (
        <EmptyState
          title={t.emptyTitle}
          testId="checklist-empty"
          actions={
            <Button variant="primary" onClick={() => setDialog('start')} data-testid="checklist-empty-start">
              {t.fromTemplate}
            </Button>
          }
        >
          {t.emptyBody}
        </EmptyState>
      )}
      {s.data && s.data.lines.length > 0 && (
        <>
          <div className="cl-summary">
            <ProgressBar percent={all.percent} label={t.progress(all.done, all.total)} />
            <strong className="tabular" data-testid="checklist-progress">
              {t.progress(all.done, all.total)} · {t.percent(all.percent)}
            </strong>
            <span className="muted">{t.eventDay(dayText(s.data.eventDate))}</span>
          </div>
          <div className="toolbar cl-toolbar">
            <div className="segmented" role="group" aria-label={t.viewLabel}>
              {VIEWS.map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={s.view === v}
                  className={`segmented-btn${s.view === v ? ' is-on' : ''}`}
                  onClick={() => s.setView(v)}
                  data-testid={`checklist-view-${v}`}
                >
                  {t.views[v]}
                </button>
              ))}
            </div>
            <label className="search">
              <SearchIcon />
              <input
                type="search"
                className="search-input"
                placeholder={t.search}
                aria-label={t.searchLabel}
                value={s.text}
                onChange={(e) => s.setText(e.target.value)}
                data-testid="checklist-search"
              />
            </label>
            <select
              className="input cl-filter"
              aria-label={t.statusFilter}
              value={s.filter}
              onChange={(e) => s.setFilter(e.target.value as StatusFilter)}
              data-testid="checklist-filter"
            >
              <option value="all">{t.allStatuses}</option>
              <option value="open">{t.notDone}</option>
              {TASK_STATUSES.map((x) => (
                <option key={x} value={x}>
                  {t.statuses[x]}
                </option>
              ))}
            </select>
            <p className="toolbar-count tabular" aria-live="polite" data-testid="checklist-count">
              {t.count(shown.length, s.data.lines.length)}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t.noMatch}</p>
          ) : (
            <ChecklistRows groups={groups} eventId={eventId} today={today} showProgress={s.view === 'workstream'} canMove={s.view === 'workstream'} />
          )}
        </>
      )}
      {s.panel && s.data && <TaskPanel eventId={eventId} taskId={s.panel === 'new' ? null : s.panel} onClose={() => s.openPanel(null)} />}
      {dialog === 'start' && <StartDialog eventId={eventId} hasTasks={(lines?.length ?? 0) > 0} onClose={() => setDialog(null)} />}
      {dialog === 'save' && <SaveAsDialog eventId={eventId} onClose={() => setDialog(null)} />}
      {dialog === 'holidays' && <HolidaysDialog onClose={() => setDialog(null)} />}
    </main>
  );
}

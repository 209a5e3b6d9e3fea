import { useEffect } from 'react';
import { hasFilters } from '../../../shared/delegate-list';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PeopleIcon, PlusIcon, SearchIcon, UploadIcon } from '../../ui/icons';
import { ImportWizard } from '../import/ImportWizard';
import { useSeatPlaces } from '../seating/placesStore';
import { useImport } from '../import/importStore';
import { DelegateFormPanel } from './DelegateFormPanel';
import { DelegateTable } from './DelegateTable';
import { DelegateToolbar } from './DelegateToolbar';
import { useDelegates } from './delegatesStore';
import { ListBar } from './ListBar';
import { useCellContext } from './useCellContext';
import { useDelegateList } from './useDelegateList';
import { useDelegateView } from './viewStore';

/** The open event's delegates: find, filter, order, add, edit, act on many; import and export. */
export function DelegatesScreen({ eventId }: { eventId: string }) {
  const importing = useImport((s) => s.open);
  // The seat column and the panel show where each delegate sits.
  useEffect(() => {
    void useSeatPlaces.getState().load(eventId);
  }, [eventId]);
  if (importing) return <ImportWizard eventId={eventId} />;
  return <DelegateList eventId={eventId} />;
}

function DelegateList({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.delegates;
  const lang = useLanguage((s) => s.lang);
  const status = useDelegates((s) => s.status);
  const error = useDelegates((s) => s.error);
  const load = useDelegates((s) => s.load);
  const ctx = useCellContext();
  const { rows, sorted, total, query } = useDelegateList(ctx);
  const editing = useDelegateView((s) => s.editing);
  const filtered = useDelegateView((s) => hasFilters(s.filters));
  const { setQuery, clearFilters, openCreate, closeForm } = useDelegateView.getState();
  const startImport = useImport((s) => s.start);

  let body;
  if (status === 'error') {
    body = (
      <Banner
        testId="delegates-error"
        action={
          <Button size="sm" onClick={() => void load(eventId)}>
            {tr.common.retry}
          </Button>
        }
      >
        <strong>{t.loadFailed}</strong> {error instanceof ApiError ? error.error.message[lang] : tr.errors.unexpected}
      </Banner>
    );
  } else if (status !== 'ready') {
    body = (
      <p className="loading-line">
        <span className="spinner" /> {tr.common.loading}
      </p>
    );
  } else if (total === 0) {
    body = (
      <EmptyState
        icon={<PeopleIcon />}
        title={t.emptyTitle}
        testId="delegates-empty"
        actions={
          <>
            <Button variant="primary" icon={<UploadIcon />} onClick={startImport}>
              {t.import}
            </Button>
            <Button icon={<PlusIcon />} onClick={openCreate}>
              {t.add}
            </Button>
          </>
        }
      >
        {t.emptyBody}
      </EmptyState>
    );
  } else if (rows.length === 0) {
    body = (
      <div data-testid="delegates-no-match" data-query={query} className="page-fill-body">
        <EmptyState
          icon={<SearchIcon />}
          title={t.noMatchTitle}
          actions={
            <>
              {query && <Button onClick={() => setQuery('')}>{t.clearSearch}</Button>}
              {filtered && <Button onClick={clearFilters}>{t.filters.clear}</Button>}
            </>
          }
        >
          {query ? t.noMatchBody(query) : t.noMatchFiltered}
        </EmptyState>
      </div>
    );
  } else {
    body = <DelegateTable rows={rows} query={query} ctx={ctx} />;
  }

  return (
    <main className="page page-fill" data-testid="delegates-screen">
      <div className="page-head page-head-tight">
        <h1 className="page-title">{t.title}</h1>
        <div className="page-actions">
          <Button icon={<UploadIcon />} onClick={startImport} data-testid="delegates-import">
            {t.import}
          </Button>
          <Button variant="primary" icon={<PlusIcon />} onClick={openCreate} data-testid="delegates-add">
            {t.add}
          </Button>
        </div>
      </div>
      <DelegateToolbar shown={rows.length} total={total} />
      {status === 'ready' && total > 0 && <ListBar eventId={eventId} rows={rows} sorted={sorted} query={query} ctx={ctx} />}
      <div className="page-fill-body">{body}</div>
      {editing && status === 'ready' && (
        <DelegateFormPanel
          key={editing.mode === 'edit' ? editing.delegate.id : 'new'}
          eventId={eventId}
          delegate={editing.mode === 'edit' ? editing.delegate : null}
          onClose={closeForm}
        />
      )}
    </main>
  );
}

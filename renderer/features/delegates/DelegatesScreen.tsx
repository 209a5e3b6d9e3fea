import { useLanguage, useT } from '../../i18n';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PeopleIcon, PlusIcon, SearchIcon } from '../../ui/icons';
import { ApiError } from '../../api/client';
import { DelegateFormPanel } from './DelegateFormPanel';
import { DelegateTable } from './DelegateTable';
import { DelegateToolbar } from './DelegateToolbar';
import { useDelegates } from './delegatesStore';
import { useDelegateList } from './useDelegateList';
import { useDelegateView } from './viewStore';

/** The open event's delegates: find, order, add, edit, delete. */
export function DelegatesScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const t = tr.delegates;
  const lang = useLanguage((s) => s.lang);
  const { status, error, categories, load } = useDelegates();
  const { rows, total } = useDelegateList();
  const { query, editing, setQuery, openCreate, closeForm } = useDelegateView();

  let body;
  if (status === 'error') {
    body = (
      <Banner testId="delegates-error" action={<Button size="sm" onClick={() => void load(eventId)}>{tr.common.retry}</Button>}>
        <strong>{t.loadFailed}</strong> {error instanceof ApiError ? error.error.message[lang] : tr.errors.unexpected}
      </Banner>
    );
  } else if (status !== 'ready') {
    body = <p className="loading-line"><span className="spinner" /> {tr.common.loading}</p>;
  } else if (total === 0) {
    body = (
      <EmptyState icon={<PeopleIcon />} title={t.emptyTitle} testId="delegates-empty"
        actions={<Button variant="primary" icon={<PlusIcon />} onClick={openCreate}>{t.add}</Button>}>
        {t.emptyBody}
      </EmptyState>
    );
  } else if (rows.length === 0) {
    body = (
      <EmptyState icon={<SearchIcon />} title={t.noMatchTitle} testId="delegates-no-match"
        actions={<Button onClick={() => setQuery('')}>{t.clearSearch}</Button>}>
        {t.noMatchBody(query)}
      </EmptyState>
    );
  } else {
    body = <DelegateTable rows={rows} categories={categories} />;
  }

  return (
    <main className="page page-fill" data-testid="delegates-screen">
      <div className="page-head page-head-tight">
        <h1 className="page-title">{t.title}</h1>
        <div className="page-actions">
          <Button variant="primary" icon={<PlusIcon />} onClick={openCreate} data-testid="delegates-add">
            {t.add}
          </Button>
        </div>
      </div>
      <DelegateToolbar shown={rows.length} total={total} />
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

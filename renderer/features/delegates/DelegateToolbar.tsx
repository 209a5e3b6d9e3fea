import { memo, useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { CloseIcon, SearchIcon } from '../../ui/icons';
import { useDelegateView } from './viewStore';

/** Search, order and count above the list. */
export const DelegateToolbar = memo(function DelegateToolbar({ shown, total }: { shown: number; total: number }) {
  const tr = useT();
  const t = tr.delegates;
  const query = useDelegateView((s) => s.query);
  const sort = useDelegateView((s) => s.sort);
  const setQuery = useDelegateView((s) => s.setQuery);
  const setSort = useDelegateView((s) => s.setSort);
  const searchRef = useRef<HTMLInputElement>(null);

  // Ctrl+F finds a delegate, as it finds text anywhere else on the desktop.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f' && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const sorts: ['precedence' | 'name', string][] = [
    ['precedence', t.sortPrecedence],
    ['name', t.sortName],
  ];

  return (
    <div className="toolbar">
      <div className="search">
        <SearchIcon />
        <label htmlFor="delegate-search" className="sr-only">
          {t.search}
        </label>
        <input
          ref={searchRef}
          id="delegate-search"
          type="search"
          className="search-input"
          placeholder={t.searchPlaceholder}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
          data-testid="delegates-search"
        />
        {query && (
          <button
            type="button"
            className="icon-btn search-clear"
            onClick={() => {
              setQuery('');
              searchRef.current?.focus();
            }}
            aria-label={t.clearSearch}
          >
            <CloseIcon size={14} />
          </button>
        )}
      </div>

      <div className="segmented" role="group" aria-label={t.sortLabel}>
        <span className="segmented-label" aria-hidden="true">
          {t.sortLabel}
        </span>
        {sorts.map(([mode, label]) => {
          const on = sort.key === mode && sort.dir === 'asc';
          return (
            <button
              key={mode}
              type="button"
              aria-pressed={on}
              className={`segmented-btn${on ? ' is-on' : ''}`}
              onClick={() => setSort({ key: mode, dir: 'asc' })}
              data-testid={`sort-${mode}`}
            >
              {label}
            </button>
          );
        })}
      </div>

      <p className="toolbar-count tabular" aria-live="polite" data-testid="delegates-count">
        {t.count(shown, total)}
      </p>
    </div>
  );
});

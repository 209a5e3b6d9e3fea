import { useMemo, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { DELEGATE_STATUSES } from '../../../shared/contract/delegates';
import { facetCounts, filterEntries, foldedIncludes, NONE, type Facet, type IndexEntry } from '../../../shared/delegate-list';
import { compareVi } from '../../../shared/text';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ChevronDownIcon } from '../../ui/icons';
import { Popover } from '../../ui/Popover';
import type { CellContext } from './columns';
import { useDelegateView } from './viewStore';

interface Option {
  value: string;
  label: string;
  count: number;
}

/** Past this many options a find box helps (units run into the hundreds; statuses never do). */
const FIND_FROM = 9;
const SHOW_AT_MOST = 300;

function useOptions(facet: Facet, sorted: IndexEntry<Delegate>[], query: string, ctx: CellContext): Option[] {
  const tr = useT();
  const filters = useDelegateView((s) => s.filters);
  return useMemo(() => {
    const counts = facetCounts(filterEntries(sorted, query), filters, facet);
    const chosen = filters[facet] ?? new Set<string>();
    const f = tr.delegates.filters;
    let options: Option[];
    if (facet === 'status') options = DELEGATE_STATUSES.map((s) => ({ value: s, label: tr.delegates.status[s], count: counts.get(s) ?? 0 }));
    else if (facet === 'category') options = [...ctx.categories].map(([id, c]) => ({ value: id, label: c.name, count: counts.get(id) ?? 0 }));
    else if (facet === 'bridgePoint') {
      options = [...ctx.bridgePoints].map(([id, name]) => ({ value: id, label: name, count: counts.get(id) ?? 0 }));
      options.push({ value: NONE, label: f.noBridgePoint, count: counts.get(NONE) ?? 0 });
    } else {
      // Units: every one in the list, the most frequent first, then "none".
      const all = new Map<string, number>();
      for (const e of sorted) {
        const o = e.delegate.organization ?? NONE;
        all.set(o, 0);
      }
      for (const v of chosen) all.set(v, 0);
      options = [...all.keys()]
        .filter((v) => v !== NONE)
        .map((v) => ({ value: v, label: v, count: counts.get(v) ?? 0 }))
        .sort((a, b) => b.count - a.count || compareVi(a.label, b.label));
      if (all.has(NONE)) options.push({ value: NONE, label: f.noOrganization, count: counts.get(NONE) ?? 0 });
    }
    return options;
  }, [facet, sorted, query, filters, ctx, tr]);
}

function FilterOptions({ facet, options, close }: { facet: Facet; options: Option[]; close(): void }) {
  const tr = useT();
  const f = tr.delegates.filters;
  const lang = useLanguage((s) => s.lang);
  const chosen = useDelegateView((s) => s.filters[facet]);
  const toggle = useDelegateView((s) => s.toggleFilter);
  const clearFacet = useDelegateView((s) => s.clearFacet);
  const [find, setFind] = useState('');
  const shown = useMemo(() => (find ? options.filter((o) => foldedIncludes(o.label, find)) : options), [options, find]);
  const nf = (n: number) => formatNumber(n, lang);
  return (
    <div className="menu">
      {options.length >= FIND_FROM && (
        <div className="menu-find">
          <input
            className="input input-sm"
            type="search"
            value={find}
            placeholder={f.findOrganization}
            aria-label={f.findOrganization}
            onChange={(e) => setFind(e.target.value)}
            data-autofocus
            data-testid={`filter-${facet}-find`}
          />
        </div>
      )}
      <ul className="menu-list" role="group" aria-label={f[facet]}>
        {shown.slice(0, SHOW_AT_MOST).map((o) => {
          const on = chosen?.has(o.value) ?? false;
          return (
            <li key={o.value || '∅'}>
              <label className={`menu-check${o.count === 0 && !on ? ' is-empty' : ''}`}>
                <input
                  type="checkbox"
                  className="check"
                  checked={on}
                  onChange={() => toggle(facet, o.value)}
                  data-testid={`filter-${facet}-option`}
                  data-value={o.value}
                />
                <span className={`menu-check-label${o.value === NONE ? ' muted' : ''}`}>{o.label}</span>
                <span className="menu-count tabular">{nf(o.count)}</span>
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li className="menu-none">{f.noOptions}</li>}
      </ul>
      {(chosen?.size ?? 0) > 0 && (
        <div className="menu-foot">
          <button
            type="button"
            className="link-btn link-btn-sm"
            onClick={() => {
              clearFacet(facet);
              close();
            }}
          >
            {f.clearFacet}
          </button>
        </div>
      )}
    </div>
  );
}

function OptionsLoader({ facet, sorted, query, ctx, close }: { facet: Facet; sorted: IndexEntry<Delegate>[]; query: string; ctx: CellContext; close(): void }) {
  const options = useOptions(facet, sorted, query, ctx);
  return <FilterOptions facet={facet} options={options} close={close} />;
}

/** One compact dropdown: the facet's name, what is chosen, and a list with counts when open. */
export function FilterMenu({ facet, sorted, query, ctx }: { facet: Facet; sorted: IndexEntry<Delegate>[]; query: string; ctx: CellContext }) {
  const tr = useT();
  const f = tr.delegates.filters;
  const chosen = useDelegateView((s) => s.filters[facet]);
  const n = chosen?.size ?? 0;
  const labelOf = (v: string) => {
    if (facet === 'status') return tr.delegates.status[v as keyof typeof tr.delegates.status];
    if (facet === 'category') return ctx.categories.get(v)?.name ?? '';
    if (facet === 'bridgePoint') return v === NONE ? f.noBridgePoint : (ctx.bridgePoints.get(v) ?? '');
    return v === NONE ? f.noOrganization : v;
  };
  const summary = n === 0 ? null : n === 1 ? labelOf([...chosen!][0]!) : f.chosenMany(n);
  return (
    <Popover
      label={f[facet]}
      testId={`filter-${facet}-menu`}
      trigger={(p) => (
        <button {...p} type="button" className={`chip${n ? ' is-on' : ''}`} data-testid={`filter-${facet}`}>
          <span className="chip-label">{f[facet]}</span>
          {summary && <span className="chip-value">{summary}</span>}
          <ChevronDownIcon />
        </button>
      )}
    >
      {(close) => <OptionsLoader facet={facet} sorted={sorted} query={query} ctx={ctx} close={close} />}
    </Popover>
  );
}

import { useMemo } from 'react';
import type { ExcludedEntry } from '../../../shared/precedence/order';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { RankIcon } from '../../ui/icons';
import { categoryName } from '../delegates/categoryName';
import { useDelegates } from '../delegates/delegatesStore';

const NONE: ExcludedEntry[] = [];

/** Who is out of the order (declined, unranked categories), listed apart so nobody disappears silently. */
export function ExcludedList({ onShowSettings }: { onShowSettings(): void }) {
  const tr = useT();
  const x = tr.precedence.excluded;
  const lang = useLanguage((s) => s.lang);
  const excluded = useDelegates((s) => s.order?.excluded ?? NONE);
  const delegates = useDelegates((s) => s.delegates);
  const categories = useDelegates((s) => s.categories);
  const byId = useMemo(() => new Map(delegates.map((d) => [d.id, d])), [delegates]);
  const catName = useMemo(() => new Map(categories.map((c) => [c.id, categoryName(c, lang)])), [categories, lang]);

  if (excluded.length === 0) return <EmptyState icon={<RankIcon />} title={x.none} testId="excluded-empty" />;
  const groups = [
    { why: 'declined' as const, title: x.declined, body: x.declinedBody },
    { why: 'category' as const, title: x.category, body: x.categoryBody },
  ];
  return (
    <div className="excluded">
      <p className="section-hint">{x.intro}</p>
      {groups.map((g) => {
        const list = excluded
          .filter((e) => e.why === g.why)
          .map((e) => byId.get(e.id))
          .filter((d) => d !== undefined);
        if (list.length === 0) return null;
        return (
          <section key={g.why} className="excluded-group card" data-testid={`excluded-${g.why}`}>
            <header className="excluded-head">
              <h3>
                {g.title} <span className="muted tabular">· {formatNumber(list.length, lang)}</span>
              </h3>
              <p className="muted">{g.body}</p>
              {g.why === 'category' && (
                <Button size="sm" variant="ghost" onClick={onShowSettings}>
                  {x.toSettings}
                </Button>
              )}
            </header>
            <ul className="excluded-list">
              {list.map((d) => (
                <li key={d.id} data-testid="excluded-row">
                  <span className="excluded-name">{d.fullName}</span>
                  <span className="muted">
                    {' '}
                    · {[d.title, d.organization, g.why === 'category' ? catName.get(d.categoryId) : null].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

import { useMemo } from 'react';
import { useUi } from '../../app/store';
import { useLanguage, useT } from '../../i18n';
import { formatEventWhen, formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { EditIcon, PeopleIcon, PlusIcon } from '../../ui/icons';
import { categoryName } from '../delegates/categoryName';
import { useDelegates } from '../delegates/delegatesStore';
import { useDelegateView } from '../delegates/viewStore';
import { useEventDialogs } from './dialogsStore';
import { useOpenEvent } from './eventsStore';

/** The open event at a glance: its details, and who is coming, by category. */
export function OverviewScreen() {
  const tr = useT();
  const o = tr.overview;
  const lang = useLanguage((s) => s.lang);
  const event = useOpenEvent();
  const { delegates, categories, status } = useDelegates();
  const editEvent = useEventDialogs((s) => s.editEvent);
  const go = useUi((s) => s.go);

  const counts = useMemo(() => {
    const byCategory = new Map<string, number>();
    for (const d of delegates) byCategory.set(d.categoryId, (byCategory.get(d.categoryId) ?? 0) + 1);
    return byCategory;
  }, [delegates]);
  const order = useDelegates((s) => s.order);
  // With a level (from the rules or by hand), and those counted but with a title no rule knows.
  const ranked = useMemo(() => order?.entries.filter((e) => e.level !== null).length ?? 0, [order]);
  const unleveled = (order?.entries.length ?? 0) - ranked;
  const nf = (n: number) => formatNumber(n, lang);

  if (!event) return null;
  const none = <span className="muted">{tr.common.notSet}</span>;

  return (
    <main className="page" data-testid="overview">
      <div className="page-head">
        <div>
          <p className="page-kicker">{tr.events.kinds[event.kind]}</p>
          <h1 className="page-title page-title-event">{event.name}</h1>
        </div>
      </div>

      <div className="overview-grid">
        <section className="card" aria-labelledby="ov-details">
          <header className="card-head">
            <h2 id="ov-details" className="card-title">
              {o.details}
            </h2>
            <Button size="sm" icon={<EditIcon />} onClick={() => editEvent(event)} data-testid="overview-edit">
              {o.editEvent}
            </Button>
          </header>
          <dl className="details">
            <dt>{o.kind}</dt>
            <dd data-testid="overview-kind">{tr.events.kinds[event.kind]}</dd>
            <dt>{o.date}</dt>
            <dd data-testid="overview-date">{formatEventWhen(event, lang, true)}</dd>
            <dt>{o.venue}</dt>
            <dd data-testid="overview-venue">{event.venue ?? none}</dd>
            <dt>{o.organizer}</dt>
            <dd data-testid="overview-organizer">{event.organizer ?? none}</dd>
            <dt>{o.description}</dt>
            <dd className="details-long">{event.description ?? none}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="ov-delegates">
          <header className="card-head">
            <h2 id="ov-delegates" className="card-title">
              {o.delegates}
            </h2>
          </header>
          <div className="stat">
            <span className="stat-value tabular" data-testid="overview-delegate-total">
              {status === 'ready' ? nf(delegates.length) : '…'}
            </span>
            <span className="stat-label">{tr.nav.delegates.toLocaleLowerCase(lang)}</span>
          </div>
          <table className="count-table">
            <thead>
              <tr>
                <th scope="col">{o.category}</th>
                <th scope="col" className="num">
                  {o.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c.id} data-testid={`overview-category-${c.code ?? c.id}`}>
                  <td>{categoryName(c, lang)}</td>
                  <td className="num tabular">{nf(counts.get(c.id) ?? 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>{o.ranked}</td>
                <td className="num tabular" data-testid="overview-ranked">
                  {nf(ranked)}
                </td>
              </tr>
              {unleveled > 0 && (
                <tr>
                  <td>{o.unleveled}</td>
                  <td className="num tabular" data-testid="overview-unleveled">
                    {nf(unleveled)}
                  </td>
                </tr>
              )}
            </tfoot>
          </table>
          <div className="card-actions">
            {delegates.length > 0 || status !== 'ready' ? (
              <Button variant="primary" icon={<PeopleIcon />} onClick={() => go('delegates')} data-testid="overview-view-delegates">
                {o.viewDelegates}
              </Button>
            ) : (
              <Button
                variant="primary"
                icon={<PlusIcon />}
                onClick={() => {
                  go('delegates');
                  useDelegateView.getState().openCreate();
                }}
              >
                {o.addFirst}
              </Button>
            )}
          </div>
        </section>
      </div>
    </main>
  );
}

import { useEffect, useMemo, useState } from 'react';
import type { ChangeSetDetail, HistoryEntry } from '../../../shared/contract/history';
import { foldedIncludes } from '../../../shared/delegate-list';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { notifyError } from '../../ui/toast';
import { ChangeRows } from './ChangeRows';
import { LaptopName } from './LaptopName';
import { useHistory } from './historyStore';
import { PageHead } from '../../ui/PageHead';

type Kind = 'all' | 'change' | 'undo';
const PAGE = 100;

const dayOf = (iso: string) => iso.slice(0, 10);

/** The event's change history, newest first; filtered by kind and day, searched; each change opens field by field. */
export function HistoryScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const h = tr.history;
  const lang = useLanguage((s) => s.lang);
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [done, setDone] = useState(false);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<Kind>('all');
  const [day, setDay] = useState('');
  const [open, setOpen] = useState<ChangeSetDetail | null>(null);
  // A new change, an undo or a redo anywhere is a new newest change set: the first page again.
  const latest = useHistory((s) => s.page?.entries[0]?.id ?? null);

  const load = async (before?: number) => {
    try {
      const page = await call('history.list', { eventId, limit: PAGE, ...(before ? { before } : {}) });
      setEntries((xs) => (before ? [...xs, ...page.entries] : page.entries));
      setDone(page.entries.length < PAGE);
    } catch (e) {
      notifyError(e);
    }
  };
  useEffect(() => {
    void load();
  }, [eventId, latest]);

  const shown = useMemo(
    () =>
      entries.filter(
        (e) =>
          (kind === 'all' || (kind === 'change' ? e.kind === 'change' : e.kind !== 'change')) &&
          (!day || dayOf(e.at) === day) &&
          (!query.trim() || foldedIncludes(`${e.label.vi} ${e.label.en} ${e.laptop}`, query)),
      ),
    [entries, kind, day, query],
  );
  const time = (iso: string) => formatDateTime(iso, lang);

  const toggle = async (e: HistoryEntry) => {
    if (open?.entry.id === e.id) return setOpen(null);
    try {
      setOpen(await call('history.get', { id: e.id, limit: 300 }));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <main className="page page-fill" data-testid="history-screen">
      <PageHead title={h.title} subtitle={h.subtitle} actions={<LaptopName />} tight />
      <div className="hist-tools">
        <input
          className="input input-sm"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={h.search}
          aria-label={h.search}
          data-testid="history-search"
        />
        <select className="input input-sm" value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-label={h.kindAll} data-testid="history-kind">
          <option value="all">{h.kindAll}</option>
          <option value="change">{h.kindChange}</option>
          <option value="undo">{h.kindUndo}</option>
        </select>
        <input className="input input-sm" type="date" value={day} onChange={(e) => setDay(e.target.value)} aria-label={h.day} data-testid="history-day" />
      </div>
      <div className="page-fill-body hist-list card">
        {entries.length === 0 ? (
          <EmptyState title={h.empty} testId="history-empty" />
        ) : shown.length === 0 ? (
          <p className="muted hist-nomatch">{h.noMatch}</p>
        ) : (
          <ol className="hist-entries" data-testid="history-list">
            {shown.map((e) => (
              <li key={e.id} className={`hist-entry${e.undone ? ' is-undone' : ''}`} data-testid="history-entry" data-kind={e.kind}>
                <button type="button" className="hist-entry-head" onClick={() => void toggle(e)} aria-expanded={open?.entry.id === e.id}>
                  <span className="hist-when tabular">{time(e.at)}</span>
                  <span className="hist-label" data-testid="history-label">
                    {e.label[lang]}
                  </span>
                  {e.kind !== 'change' && <span className="badge">{e.kind === 'undo' ? h.undoBadge : h.redoBadge}</span>}
                  {e.undone && <span className="badge badge-hand">{h.undoneBadge}</span>}
                  <span className="muted hist-meta">
                    {h.by(e.laptop)} · {h.rows(e.rowCount)}
                  </span>
                </button>
                {open?.entry.id === e.id && (
                  <div className="hist-detail" data-testid="history-detail">
                    <ChangeRows changes={open.changes} />
                    {open.total > open.changes.length && <p className="muted">{h.shownOf(open.changes.length, open.total)}</p>}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {!done && entries.length > 0 && (
          <div className="plist-more">
            <Button size="sm" onClick={() => void load(entries.at(-1)!.seq)} data-testid="history-more">
              {h.more}
            </Button>
          </div>
        )}
      </div>
    </main>
  );
}

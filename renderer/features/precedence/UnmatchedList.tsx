import { useMemo, useState } from 'react';
import type { UnmatchedTitle } from '../../../shared/precedence/order';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { RankIcon } from '../../ui/icons';
import { useDelegates } from '../delegates/delegatesStore';
import { AssignLevelDialog } from './AssignLevelDialog';

const NAMES_SHOWN = 3;

const NONE: UnmatchedTitle[] = [];

/** Titles no rule knows, with how many delegates hold each: one place to give each a level. */
export function UnmatchedList({ eventId }: { eventId: string }) {
  const tr = useT();
  const u = tr.precedence.unmatched;
  const unmatched = useDelegates((s) => s.order?.unmatched ?? NONE);
  const delegates = useDelegates((s) => s.delegates);
  const names = useMemo(() => new Map(delegates.map((d) => [d.id, d.fullName])), [delegates]);
  const [open, setOpen] = useState<UnmatchedTitle | null>(null);

  if (unmatched.length === 0)
    return (
      <EmptyState icon={<RankIcon />} title={u.none} testId="unmatched-empty">
        {u.noneBody}
      </EmptyState>
    );

  return (
    <div className="unmatched">
      <p className="section-hint">{u.intro}</p>
      <div className="table-card card">
        <table className="data-table" data-testid="unmatched-table">
          <thead>
            <tr>
              <th scope="col">{u.titleCol}</th>
              <th scope="col" className="num">
                {u.countCol}
              </th>
              <th scope="col">{u.whoCol}</th>
              <th scope="col">
                <span className="sr-only">{u.assign}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {unmatched.map((m) => (
              <tr key={m.title} data-testid="unmatched-row">
                <td className="unmatched-title" data-testid="unmatched-title">
                  {m.title || <span className="muted">{u.noTitle}</span>}
                </td>
                <td className="num tabular" data-testid="unmatched-count">
                  {u.count(m.ids.length)}
                </td>
                <td className="unmatched-who">
                  {m.ids
                    .slice(0, NAMES_SHOWN)
                    .map((id) => names.get(id))
                    .filter(Boolean)
                    .join(', ')}
                  {m.ids.length > NAMES_SHOWN && <span className="muted"> {u.andMore(m.ids.length - NAMES_SHOWN)}</span>}
                </td>
                <td className="row-actions">
                  <Button size="sm" onClick={() => setOpen(m)} disabled={!m.title} data-testid="unmatched-assign">
                    {u.assign}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && <AssignLevelDialog eventId={eventId} item={open} onClose={() => setOpen(null)} />}
    </div>
  );
}

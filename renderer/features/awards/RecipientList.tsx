import { useState } from 'react';
import type { AwardRecipient, BatchEntry } from '../../../shared/contract/awards';
import { titleAndUnit } from '../../../shared/awards/wording';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { EditIcon, GripIcon, TrashIcon } from '../../ui/icons';
import { runAwards } from './awardsStore';

/** Where a recipient moved to `to` (its new index among all) goes: after the one before that place. */
function afterFor(list: readonly AwardRecipient[], from: number, to: number): string | null {
  const rest = list.filter((_, i) => i !== from);
  return to === 0 ? null : rest[to - 1]!.id;
}

/**
 * A kind's recipients in the decision's order: dragged by the grip or moved with Alt+↑/↓ (the
 * focus follows the row), edited and deleted; each with how the batches read it and its seat.
 */
export function RecipientList({
  recipients,
  entries,
  onEdit,
}: {
  recipients: readonly AwardRecipient[];
  entries: ReadonlyMap<string, BatchEntry>;
  onEdit(r: AwardRecipient): void;
}) {
  const t = useT();
  const a = t.awards;
  const [drag, setDrag] = useState<number | null>(null);
  const move = async (from: number, to: number) => {
    if (to < 0 || to >= recipients.length || to === from) return;
    const id = recipients[from]!.id;
    if (await runAwards(() => call('awards.moveRecipient', { id, afterId: afterFor(recipients, from, to) })))
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-recipient-id="${id}"]`)?.focus());
  };
  if (!recipients.length) return <p className="award-empty">{a.noRecipients}</p>;
  return (
    <ol className="award-recipients" aria-label={a.recipients} data-testid="award-recipients">
      {recipients.map((r, i) => {
        const e = entries.get(r.id);
        const name = r.recipientKind === 'collective' ? r.unit : (e?.name ?? r.fullName);
        const detail =
          r.recipientKind === 'collective'
            ? e?.name
              ? a.receivesFor([e.name, e.title].filter(Boolean).join(', '))
              : a.noLeader
            : titleAndUnit(e?.title ?? r.title, e?.unit ?? r.unit);
        return (
          <li
            key={r.id}
            className={`award-recipient${drag === i ? ' is-dragging' : ''}`}
            tabIndex={0}
            data-recipient-id={r.id}
            data-testid="award-recipient"
            aria-label={`${i + 1}. ${name ?? ''}`}
            draggable
            onDragStart={(ev) => {
              setDrag(i);
              ev.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => setDrag(null)}
            onDragOver={(ev) => ev.preventDefault()}
            onDrop={(ev) => {
              ev.preventDefault();
              if (drag !== null) void move(drag, i);
              setDrag(null);
            }}
            onKeyDown={(ev) => {
              if (ev.target !== ev.currentTarget) return;
              if (ev.altKey && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) {
                ev.preventDefault();
                void move(i, i + (ev.key === 'ArrowUp' ? -1 : 1));
              } else if (ev.key === 'Enter') onEdit(r);
            }}
          >
            <span className="award-grip" aria-hidden="true">
              <GripIcon />
            </span>
            <span className="award-no tabular">{i + 1}</span>
            <span className="award-who">
              <span className="award-name">{name}</span>
              {detail && <span className="award-detail">{detail}</span>}
            </span>
            <span className={`badge${r.recipientKind === 'collective' ? ' badge-gold' : r.delegateId ? '' : ' badge-none'}`}>
              {r.recipientKind === 'collective' ? a.collective : r.delegateId ? a.linked : a.freeName}
            </span>
            <span className="award-seat tabular">{e?.seat ?? ''}</span>
            <Button size="sm" variant="ghost" icon={<EditIcon />} aria-label={a.editRecipient} onClick={() => onEdit(r)} data-testid="award-recipient-edit" />
            <Button
              size="sm"
              variant="ghost"
              icon={<TrashIcon />}
              aria-label={a.deleteRecipient}
              onClick={() => void runAwards(() => call('awards.deleteRecipient', { id: r.id }))}
              data-testid="award-recipient-delete"
            />
          </li>
        );
      })}
    </ol>
  );
}

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { IndexEntry } from '../../../shared/delegate-list';
import { useT } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { ArrowDownIcon, ArrowUpIcon, GripIcon } from '../../ui/icons';

interface OrderRowProps {
  entry: IndexEntry<Delegate>;
  position: number;
  last: boolean;
  flash: boolean;
  onMove(from: number, to: number): void;
  onClear(d: Delegate): void;
}

/** One senior delegate: place, who, rank and where the rank comes from; dragged by the grip. */
export const OrderRow = memo(function OrderRow({ entry, position, last, flash, onMove, onClear }: OrderRowProps) {
  const tr = useT();
  const o = tr.precedence.order;
  const d = entry.delegate;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: d.id });
  const byHand = d.precedenceRank !== null;
  const at = position - 1;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`prow${isDragging ? ' is-dragging' : ''}${flash ? ' is-flash' : ''}`}
      data-testid="precedence-row"
      data-delegate-id={d.id}
    >
      <button type="button" ref={setActivatorNodeRef} className="prow-grip" {...attributes} {...listeners} aria-label={o.drag(d.fullName)} data-testid="precedence-drag">
        <GripIcon />
      </button>
      <span className="prow-no tabular">{position}</span>
      <div className="prow-who">
        <p className="prow-name" data-testid="precedence-name">{d.fullName}</p>
        {d.title && <p className="prow-title" title={d.title}>{d.title}</p>}
      </div>
      <p className="prow-org" title={d.organization ?? undefined}>{d.organization}</p>
      <span className="prow-rank tabular" data-testid="precedence-rank">{entry.rank}</span>
      <span className="prow-source">
        {byHand ? (
          <span className="badge badge-hand" data-testid="precedence-source" data-source="hand">{o.byHand}</span>
        ) : (
          <span className="badge badge-rule" title={o.byRuleTitle(entry.rule?.pattern ?? '')} data-testid="precedence-source" data-source="rule">
            {o.byRule(entry.rule?.pattern ?? '')}
          </span>
        )}
      </span>
      <span className="prow-dates tabular">
        {d.appointmentDate && <span title={o.appointedFull(dayText(d.appointmentDate))}>{o.appointed(dayText(d.appointmentDate))}</span>}
        {d.birthDate && <span title={o.bornFull(dayText(d.birthDate))}>{o.born(dayText(d.birthDate))}</span>}
      </span>
      <span className="prow-actions">
        <button type="button" className="icon-btn" onClick={() => onMove(at, at - 1)} disabled={at === 0} aria-label={o.moveUp(d.fullName)} title={o.moveUp(d.fullName)} data-testid="precedence-up">
          <ArrowUpIcon />
        </button>
        <button type="button" className="icon-btn" onClick={() => onMove(at, at + 1)} disabled={last} aria-label={o.moveDown(d.fullName)} title={o.moveDown(d.fullName)} data-testid="precedence-down">
          <ArrowDownIcon />
        </button>
        {byHand && (
          <button type="button" className="btn btn-ghost btn-sm prow-clear" onClick={() => onClear(d)} aria-label={o.clearHandLabel(d.fullName)} data-testid="precedence-clear">
            {o.clearHand}
          </button>
        )}
      </span>
    </li>
  );
});

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { OrderEntry } from '../../../shared/precedence/order';
import { useT } from '../../i18n';
import { dayText } from '../../ui/dateText';
import { ArrowDownIcon, ArrowUpIcon, GripIcon } from '../../ui/icons';

interface OrderRowProps {
  entry: OrderEntry;
  delegate: Delegate;
  last: boolean;
  flash: boolean;
  onMove(from: number, to: number): void;
  onClearLevel(d: Delegate): void;
}

/** One delegate: place, who, level and why; dragged by the grip or moved by the buttons. */
export const OrderRow = memo(function OrderRow({ entry, delegate: d, last, flash, onMove, onClearLevel }: OrderRowProps) {
  const tr = useT();
  const o = tr.precedence.order;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: d.id });
  const at = entry.position - 1;
  const r = entry.reason;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`prow${isDragging ? ' is-dragging' : ''}${flash ? ' is-flash' : ''}${entry.level === null ? ' is-unleveled' : ''}`}
      data-testid="precedence-row"
      data-delegate-id={d.id}
      data-level={entry.level ?? ''}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="prow-grip"
        {...attributes}
        {...listeners}
        aria-label={o.drag(d.fullName)}
        data-testid="precedence-drag"
      >
        <GripIcon />
      </button>
      <span className="prow-no tabular" data-testid="precedence-position">
        {entry.position}
      </span>
      <div className="prow-who">
        <p className="prow-name" data-testid="precedence-name">
          {d.fullName}
        </p>
        {d.title && (
          <p className="prow-title" title={d.title}>
            {d.title}
          </p>
        )}
      </div>
      <p className="prow-org" title={d.organization ?? undefined}>
        {d.organization}
      </p>
      <span className="prow-rank tabular" data-testid="precedence-level">
        {entry.level ?? '—'}
      </span>
      <span className="prow-source">
        {r.kind === 'rule' && (
          <span className="badge badge-rule" title={o.byRuleTitle(r.rulePost, r.post)} data-testid="precedence-source" data-source="rule">
            {o.byRule(r.rulePost)}
          </span>
        )}
        {r.kind === 'hand' && (
          <span
            className="badge badge-hand"
            title={`${r.of ? o.handLevelOf(r.of) : o.handLevel} · ${o.handLevelRule(r.ruleLevel)}`}
            data-testid="precedence-source"
            data-source="hand"
          >
            {r.of ? o.handLevelOf(r.of) : o.handLevel}
          </span>
        )}
        {r.kind === 'none' && (
          <span className="badge badge-none" data-testid="precedence-source" data-source="none">
            {o.noLevel}
          </span>
        )}
        {entry.variant !== 'holder' && <span className="badge badge-variant">{entry.variant === 'former' ? o.former : o.acting}</span>}
        {entry.host && (
          <span className="badge badge-host" title={o.hostTitle}>
            {o.host}
          </span>
        )}
      </span>
      <span className="prow-dates tabular">
        {d.appointmentDate && <span title={o.appointedFull(dayText(d.appointmentDate))}>{o.appointed(dayText(d.appointmentDate))}</span>}
        {d.birthDate && <span title={o.bornFull(dayText(d.birthDate))}>{o.born(dayText(d.birthDate))}</span>}
      </span>
      <span className="prow-actions">
        <button
          type="button"
          className="icon-btn"
          onClick={() => onMove(at, at - 1)}
          disabled={at === 0}
          aria-label={o.moveUp(d.fullName)}
          title={o.moveUp(d.fullName)}
          data-testid="precedence-up"
        >
          <ArrowUpIcon />
        </button>
        <button
          type="button"
          className="icon-btn"
          onClick={() => onMove(at, at + 1)}
          disabled={last}
          aria-label={o.moveDown(d.fullName)}
          title={o.moveDown(d.fullName)}
          data-testid="precedence-down"
        >
          <ArrowDownIcon />
        </button>
        {r.kind === 'hand' && (
          <button
            type="button"
            className="btn btn-ghost btn-sm prow-clear"
            onClick={() => onClearLevel(d)}
            aria-label={o.clearLevelLabel(d.fullName)}
            title={o.clearLevelLabel(d.fullName)}
            data-testid="precedence-clear"
          >
            {o.clearLevel}
          </button>
        )}
      </span>
    </li>
  );
});

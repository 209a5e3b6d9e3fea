import { useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { PlanSeat, SeatingPlan } from '../../../shared/contract/seating';
import { identityKey } from '../../../shared/text';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { categoryName } from '../delegates/categoryName';
import { useDelegates } from '../delegates/delegatesStore';
import { clearSeat, markSeats } from './seatingActions';
import { RowEditor } from './RowEditor';
import { namedSeat, seatName } from './seatName';

type ReserveKind = 'category' | 'unit' | 'bridgePoint';

interface Props {
  plan: SeatingPlan;
  seats: PlanSeat[];
  byId: ReadonlyMap<string, Delegate>;
  presidium: ReadonlySet<string>;
  /** How many seats the chosen seat's row has. */
  rowSeatsOf(seat: PlanSeat): number;
}

/** The chosen seats: who sits there, and what can be done to them (empty, lock, block, reserve, name a block). */
export function SeatPanel({ plan, seats, byId, presidium, rowSeatsOf }: Props) {
  const tr = useT();
  const p = tr.seating.panel;
  const lang = useLanguage((x) => x.lang);
  const categories = useDelegates((x) => x.categories);
  const points = useDelegates((x) => x.bridgePoints);
  const ids = seats.map((s) => s.id);
  const one = seats.length === 1 ? seats[0]! : null;
  const who = one?.delegateId ? byId.get(one.delegateId) : undefined;
  // A lock keeps a person: it is about the taken seats of the choice only.
  const taken = seats.filter((s) => s.delegateId);
  const allLocked = taken.length > 0 && taken.every((s) => s.locked);
  const allBlocked = seats.every((s) => s.blocked);
  const anyTaken = seats.some((s) => s.delegateId);
  const rowSeats = one ? rowSeatsOf(one) : 0;

  const unitName = (key: string) => [...byId.values()].find((d) => d.organization && identityKey(d.organization) === key)?.organization ?? key;
  const reservedText = (s: PlanSeat) => {
    if (!s.reservedKind || !s.reservedKey) return null;
    if (s.reservedKind === 'category')
      return p.reservedFor(
        categoryName(
          categories.find((c) => c.id === s.reservedKey),
          lang,
        ),
      );
    if (s.reservedKind === 'bridgePoint') return p.reservedFor(points.find((b) => b.id === s.reservedKey)?.name ?? '?');
    return p.reservedFor(unitName(s.reservedKey));
  };

  if (seats.length === 0)
    return (
      <aside className="seat-panel" aria-label={p.label} data-testid="seat-panel">
        <h2 className="seat-panel-title">{p.noneTitle}</h2>
        <p className="muted">{p.noneBody}</p>
        <ul className="seat-panel-keys muted">
          {p.keys.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      </aside>
    );

  return (
    <aside className="seat-panel" aria-label={p.label} data-testid="seat-panel">
      <h2 className="seat-panel-title" data-testid="seat-panel-title">
        {one ? seatName(namedSeat(plan, one), tr) : p.many(formatNumber(seats.length, lang))}
      </h2>
      {one && (
        <p className="muted">
          {one.zone === 'presidium' ? tr.seating.seat.presidium : (plan.spec.areas[one.area ?? 0]?.name ?? '')}
          {one.blockName ? ` · ${one.blockName}` : ''}
        </p>
      )}
      {one && (
        <div className="seat-occupant" data-testid="seat-occupant">
          {who ? (
            <>
              <strong>{who.fullName}</strong>
              {who.title && <span>{who.title}</span>}
              {who.organization && <span className="muted">{who.organization}</span>}
              <span className="muted">
                {categoryName(
                  categories.find((c) => c.id === who.categoryId),
                  lang,
                )}
                {presidium.has(who.id) ? ` · ${tr.seating.seat.presidium}` : ''}
              </span>
            </>
          ) : (
            <span className="muted">{one.blocked ? p.blocked : p.empty}</span>
          )}
          {one.locked && <span className="badge badge-gold">{p.lockedBadge}</span>}
          {reservedText(one) && <span className="badge">{reservedText(one)}</span>}
        </div>
      )}
      <div className="seat-panel-actions">
        {one?.delegateId && (
          <Button size="sm" onClick={() => void clearSeat(plan.id, one.id)} data-testid="seat-clear">
            {p.clear}
          </Button>
        )}
        <Button
          size="sm"
          disabled={taken.length === 0}
          title={taken.length === 0 ? p.lockEmpty : undefined}
          onClick={() => void markSeats(plan.id, ids, { locked: !allLocked })}
          data-testid="seat-lock"
        >
          {allLocked ? p.unlock : p.lock}
        </Button>
        <Button
          size="sm"
          disabled={!allBlocked && anyTaken}
          title={!allBlocked && anyTaken ? p.blockTaken : undefined}
          onClick={() => void markSeats(plan.id, ids, { blocked: !allBlocked })}
          data-testid="seat-block"
        >
          {allBlocked ? p.unblock : p.block}
        </Button>
      </div>
      <ReserveForm key={ids.join()} planId={plan.id} seats={seats} unitName={unitName} />
      {one && <RowEditor key={`${one.zone}:${one.rowIndex}:${rowSeats}`} planId={plan.id} seat={one} rowSeats={rowSeats} />}
    </aside>
  );
}

/** What all the chosen seats share, or null when they differ. */
function common<T>(seats: readonly PlanSeat[], of: (s: PlanSeat) => T): T | null {
  const first = of(seats[0]!);
  return seats.every((s) => of(s) === first) ? first : null;
}

/**
 * The reservation and block name of the chosen seats. Only what the organizer changes is sent:
 * seats that differ keep their own values unless a field is set for all of them.
 */
function ReserveForm({ planId, seats, unitName }: { planId: string; seats: PlanSeat[]; unitName(key: string): string }) {
  const tr = useT();
  const p = tr.seating.panel;
  const lang = useLanguage((x) => x.lang);
  const categories = useDelegates((x) => x.categories);
  const points = useDelegates((x) => x.bridgePoints);
  const units = useDelegates((x) => x.delegates);
  const ids = seats.map((s) => s.id);
  const onStage = seats.some((s) => s.zone === 'presidium');
  const sameReserve = common(seats, (s) => `${s.reservedKind ?? ''}|${s.reservedKey ?? ''}`);
  const sameName = common(seats, (s) => s.blockName ?? '');
  const start = {
    kind: (sameReserve === null ? '' : (seats[0]!.reservedKind ?? '')) as ReserveKind | '',
    key: sameReserve === null || !seats[0]!.reservedKey ? '' : seats[0]!.reservedKind === 'unit' ? unitName(seats[0]!.reservedKey) : seats[0]!.reservedKey,
    name: sameName ?? '',
  };
  const [kind, setKind] = useState(start.kind);
  const [key, setKey] = useState(start.key);
  const [blockName, setBlockName] = useState(start.name);
  const reserveChanged = kind !== start.kind || key !== start.key;
  const nameChanged = blockName !== start.name;
  const unitNames = [...new Set(units.map((d) => d.organization).filter((o): o is string => !!o))].sort((a, b) => a.localeCompare(b, 'vi'));

  return (
    <form
      className="seat-reserve"
      onSubmit={(e) => {
        e.preventDefault();
        void markSeats(planId, ids, {
          ...(reserveChanged ? { reserved: kind && key ? { kind, key } : null } : {}),
          ...(nameChanged ? { blockName: blockName.trim() || null } : {}),
        });
      }}
    >
      <h3 className="seat-panel-sub">{onStage ? p.blockName : p.reserveTitle}</h3>
      {!onStage && (
        <label className="field">
          <span className="field-label">{p.reserveKind}</span>
          <select
            className="input"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ReserveKind | '');
              setKey('');
            }}
            data-testid="seat-reserve-kind"
          >
            <option value="">{sameReserve === null ? p.mixed : p.reserveNone}</option>
            <option value="category">{p.reserveKinds.category}</option>
            <option value="unit">{p.reserveKinds.unit}</option>
            <option value="bridgePoint">{p.reserveKinds.bridgePoint}</option>
          </select>
        </label>
      )}
      {!onStage && kind === 'category' && (
        <select className="input" value={key} onChange={(e) => setKey(e.target.value)} aria-label={p.reserveKinds.category} data-testid="seat-reserve-key">
          <option value="" />
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryName(c, lang)}
            </option>
          ))}
        </select>
      )}
      {!onStage && kind === 'bridgePoint' && (
        <select className="input" value={key} onChange={(e) => setKey(e.target.value)} aria-label={p.reserveKinds.bridgePoint} data-testid="seat-reserve-key">
          <option value="" />
          {points.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      )}
      {!onStage && kind === 'unit' && (
        <>
          <input
            className="input"
            list="seat-units"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-label={p.reserveKinds.unit}
            data-testid="seat-reserve-key"
          />
          <datalist id="seat-units">
            {unitNames.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        </>
      )}
      <label className="field">
        {!onStage && <span className="field-label">{p.blockName}</span>}
        <input
          className="input"
          value={blockName}
          aria-label={p.blockName}
          placeholder={sameName === null ? p.mixed : p.blockNamePlaceholder}
          onChange={(e) => setBlockName(e.target.value)}
          data-testid="seat-block-name"
        />
      </label>
      <Button type="submit" size="sm" disabled={!(reserveChanged || nameChanged) || (reserveChanged && !!kind && !key)} data-testid="seat-reserve-save">
        {tr.common.save}
      </Button>
    </form>
  );
}

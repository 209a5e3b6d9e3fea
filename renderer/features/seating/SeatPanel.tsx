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
import { seatName } from './seatName';

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
  const allLocked = seats.every((s) => s.locked);
  const allBlocked = seats.every((s) => s.blocked);
  const anyTaken = seats.some((s) => s.delegateId);
  const rowSeats = one ? rowSeatsOf(one) : 0;

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
    const unit = [...byId.values()].find((d) => d.organization && identityKey(d.organization) === s.reservedKey)?.organization;
    return p.reservedFor(unit ?? s.reservedKey);
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
        {one ? seatName(one, tr) : p.many(formatNumber(seats.length, lang))}
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
        <Button size="sm" onClick={() => void markSeats(plan.id, ids, { locked: !allLocked })} data-testid="seat-lock">
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
      <ReserveForm key={ids.join()} planId={plan.id} ids={ids} first={seats[0]!} />
      {one && <RowEditor key={`${one.zone}:${one.rowIndex}:${rowSeats}`} planId={plan.id} seat={one} rowSeats={rowSeats} />}
    </aside>
  );
}

function ReserveForm({ planId, ids, first }: { planId: string; ids: string[]; first: PlanSeat }) {
  const tr = useT();
  const p = tr.seating.panel;
  const lang = useLanguage((x) => x.lang);
  const categories = useDelegates((x) => x.categories);
  const points = useDelegates((x) => x.bridgePoints);
  const units = useDelegates((x) => x.delegates);
  const [kind, setKind] = useState<ReserveKind | ''>(first.reservedKind ?? '');
  const [key, setKey] = useState(first.reservedKind === 'unit' ? '' : (first.reservedKey ?? ''));
  const [blockName, setBlockName] = useState(first.blockName ?? '');
  const unitNames = [...new Set(units.map((d) => d.organization).filter((o): o is string => !!o))].sort((a, b) => a.localeCompare(b, 'vi'));

  return (
    <form
      className="seat-reserve"
      onSubmit={(e) => {
        e.preventDefault();
        void markSeats(planId, ids, { reserved: kind && key ? { kind, key } : null, blockName: blockName.trim() || null });
      }}
    >
      <h3 className="seat-panel-sub">{p.reserveTitle}</h3>
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
          <option value="">{p.reserveNone}</option>
          <option value="category">{p.reserveKinds.category}</option>
          <option value="unit">{p.reserveKinds.unit}</option>
          <option value="bridgePoint">{p.reserveKinds.bridgePoint}</option>
        </select>
      </label>
      {kind === 'category' && (
        <select className="input" value={key} onChange={(e) => setKey(e.target.value)} aria-label={p.reserveKinds.category} data-testid="seat-reserve-key">
          <option value="" />
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryName(c, lang)}
            </option>
          ))}
        </select>
      )}
      {kind === 'bridgePoint' && (
        <select className="input" value={key} onChange={(e) => setKey(e.target.value)} aria-label={p.reserveKinds.bridgePoint} data-testid="seat-reserve-key">
          <option value="" />
          {points.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      )}
      {kind === 'unit' && (
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
        <span className="field-label">{p.blockName}</span>
        <input
          className="input"
          value={blockName}
          placeholder={p.blockNamePlaceholder}
          onChange={(e) => setBlockName(e.target.value)}
          data-testid="seat-block-name"
        />
      </label>
      <Button type="submit" size="sm" disabled={!!kind && !key} data-testid="seat-reserve-save">
        {tr.common.save}
      </Button>
    </form>
  );
}

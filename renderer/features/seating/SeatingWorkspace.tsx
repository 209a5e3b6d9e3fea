import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import type { PlanSeat } from '../../../shared/contract/seating';
import { colourSeats, type ColourMode } from '../../../shared/seating/colouring';
import { belongsToPlan } from '../../../shared/seating/plan-people';
import type { Viewpoint } from '../../../shared/seating/viewport';
import { splitNameParts } from '../../../shared/text';
import { useLanguage, useT } from '../../i18n';
import { categoryName } from '../delegates/categoryName';
import { useDelegates } from '../delegates/delegatesStore';
import { DelegateSideList } from './DelegateSideList';
import { MapLegend } from './MapLegend';
import { MapToolbar } from './MapToolbar';
import { SeatMap, type MapControls } from './SeatMap';
import { SeatPanel } from './SeatPanel';
import { assignSeat, clearSeat, setPresidium } from './seatingActions';
import { namedSeat, seatName } from './seatName';
import { useSeating, type PlanDetail } from './seatingStore';

/** The pick of the keyboard: a delegate from the list, or a seat's occupant, waiting for Enter on a seat. */
type Picked = { delegateId: string; fromSeatId: string | null } | null;

/** One plan at work: the delegates beside it, the map, the chosen seats' panel, the legend. */
export function SeatingWorkspace({ detail }: { detail: PlanDetail }) {
  const tr = useT();
  const s = tr.seating;
  const lang = useLanguage((x) => x.lang);
  const { plan, seats, presidium } = detail;
  const delegates = useDelegates((x) => x.delegates);
  const order = useDelegates((x) => x.order);
  const categories = useDelegates((x) => x.categories);
  const points = useDelegates((x) => x.bridgePoints);
  const plans = useSeating((x) => x.plans);
  const [mode, setMode] = useState<ColourMode>('category');
  const [viewpoint, setViewpoint] = useState<Viewpoint>(plan.viewpoint);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [found, setFound] = useState<{ seatId: string | null; n: number }>({ seatId: null, n: 0 });
  const [picked, setPicked] = useState<Picked>(null);
  const [said, setSaid] = useState('');
  const controls = useRef<MapControls | null>(null);
  // A new default view saved for the plan turns the map with it.
  useEffect(() => setViewpoint(plan.viewpoint), [plan.viewpoint]);

  const byId = useMemo(() => new Map(delegates.map((d) => [d.id, d])), [delegates]);
  const seatOf = useMemo(() => new Map(seats.filter((x) => x.delegateId).map((x) => [x.delegateId!, namedSeat(plan, x)])), [seats, plan]);
  const seatById = useMemo(() => new Map(seats.map((x) => [x.id, x])), [seats]);
  const presidiumSet = useMemo(() => new Set(presidium), [presidium]);
  const people = useMemo(() => {
    const inPlan = belongsToPlan(plan, new Set(plans.filter((p) => p.bridgePointId).map((p) => p.bridgePointId)));
    const rank = new Map((order?.entries ?? []).map((e, i) => [e.id, i]));
    return delegates.filter((d) => inPlan(d.bridgePointId)).sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  }, [delegates, order, plan, plans]);

  const colouring = useMemo(
    () =>
      colourSeats(seats, byId, mode, (key) =>
        mode === 'category'
          ? categoryName(
              categories.find((c) => c.id === key),
              lang,
            )
          : (points.find((b) => b.id === key)?.name ?? null),
      ),
    [seats, byId, mode, categories, points, lang],
  );

  const describe = (seat: PlanSeat) => {
    const who = seat.delegateId ? byId.get(seat.delegateId) : undefined;
    const state = who ? [who.fullName, who.title].filter(Boolean).join(', ') : seat.blocked ? s.panel.blocked : s.panel.empty;
    return `${seatName(namedSeat(plan, seat), tr)}: ${state}${seat.locked ? `, ${s.panel.lockedBadge}` : ''}`;
  };
  const focus = (seat: PlanSeat) => {
    setFocusId(seat.id);
    setSaid(describe(seat));
  };
  const show = (d: Delegate) => {
    const seat = seatOf.get(d.id);
    setFound((f) => ({ seatId: seat?.id ?? null, n: f.n + 1 }));
    if (seat) {
      setSelected(new Set([seat.id]));
      focus(seat);
    } else setSaid(s.notSeated(d.fullName));
  };
  const put = async (delegateId: string, to: PlanSeat) => {
    const d = byId.get(delegateId);
    const ok = await assignSeat(plan.id, to.id, delegateId, to.delegateId !== null && to.delegateId !== delegateId);
    if (ok && d) setSaid(s.placed(d.fullName, seatName(namedSeat(plan, to), tr)));
  };

  const labelOf = useCallback(
    (seat: PlanSeat) => {
      const d = seat.delegateId ? byId.get(seat.delegateId) : undefined;
      return d ? splitNameParts(d.fullName)[0] : null;
    },
    [byId],
  );
  const selectedSeats = useMemo(() => [...selected].map((id) => seatById.get(id)).filter((x): x is PlanSeat => !!x), [selected, seatById]);

  return (
    <div className="seating-work">
      <DelegateSideList
        people={people}
        seatOf={seatOf}
        presidium={presidiumSet}
        pickedDelegateId={picked?.delegateId ?? null}
        onShow={show}
        onPick={(d) => {
          setPicked({ delegateId: d.id, fromSeatId: seatOf.get(d.id)?.id ?? null });
          setSaid(s.picked(d.fullName));
          document.querySelector<HTMLCanvasElement>('[data-testid="seat-map"]')?.focus();
        }}
        onTogglePresidium={(d) => void setPresidium(plan.id, presidiumSet.has(d.id) ? presidium.filter((x) => x !== d.id) : [...presidium, d.id])}
      />
      <section className="seating-centre" aria-label={s.map.label}>
        <MapToolbar
          mode={mode}
          onMode={setMode}
          viewpoint={viewpoint}
          onViewpoint={setViewpoint}
          onZoom={(f) => controls.current?.zoom(f)}
          onFit={() => controls.current?.fit()}
        />
        <SeatMap
          seats={seats}
          colours={colouring.colours}
          viewpoint={viewpoint}
          labelOf={labelOf}
          describe={describe}
          stageText={s.map.stage}
          presidiumText={s.seat.presidium}
          label={s.map.label}
          selected={selected}
          focusId={focusId}
          foundId={found.seatId}
          pickedId={picked?.fromSeatId ?? null}
          reveal={found.n}
          controls={(c) => {
            controls.current = c;
          }}
          onFocus={focus}
          onSelect={(list, add) => {
            const next = new Set(add ? selected : []);
            for (const x of list) next.add(x.id);
            setSelected(next);
            if (list.length > 1) setSaid(s.selectedMany(list.length));
          }}
          onEnter={(seat) => {
            if (picked) {
              void put(picked.delegateId, seat);
              setPicked(null);
            } else if (seat.delegateId) {
              setPicked({ delegateId: seat.delegateId, fromSeatId: seat.id });
              setSaid(s.picked(byId.get(seat.delegateId)?.fullName ?? ''));
            } else setSelected(new Set([seat.id]));
          }}
          onClear={(seat) => {
            if (seat.delegateId) void clearSeat(plan.id, seat.id).then((ok) => ok && setSaid(s.cleared(seatName(namedSeat(plan, seat), tr))));
          }}
          onEscape={() => {
            setPicked(null);
            setSelected(new Set());
          }}
          onMove={(from, to) => void put(from.delegateId!, to)}
          onDropDelegate={(id, to) => void put(id, to)}
        />
        <MapLegend colouring={colouring} mode={mode} viewpoint={viewpoint} />
        <p className="sr-only" aria-live="polite" data-testid="seat-announce">
          {said}
        </p>
      </section>
      <SeatPanel
        plan={plan}
        seats={selectedSeats}
        byId={byId}
        presidium={presidiumSet}
        rowSeatsOf={(one) => seats.filter((x) => x.zone === one.zone && x.rowIndex === one.rowIndex).length}
      />
    </div>
  );
}

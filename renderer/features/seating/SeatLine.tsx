import { useT } from '../../i18n';
import { useSeatPlaces } from './placesStore';
import { seatName } from './seatName';

/** In the delegate's panel: where he or she sits, plan by plan (or that there is no seat yet). */
export function SeatLine({ delegateId }: { delegateId: string }) {
  const tr = useT();
  const places = useSeatPlaces((s) => s.byDelegate.get(delegateId));
  return (
    <p className="seat-line" data-testid="delegate-seat">
      <span className="muted">{tr.seating.seatLine}: </span>
      {places?.length ? places.map((p) => `${p.planName}: ${seatName(p, tr)}`).join(' · ') : tr.seating.noSeatYet}
    </p>
  );
}

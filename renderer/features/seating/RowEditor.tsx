import { useState } from 'react';
import type { PlanSeat } from '../../../shared/contract/seating';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { editRows } from './seatingActions';

/** The chosen seat's row: how many seats it has, a row added behind it, or the row taken away. */
export function RowEditor({ planId, seat, rowSeats }: { planId: string; seat: PlanSeat; rowSeats: number }) {
  const r = useT().seating.rows;
  const [count, setCount] = useState(String(rowSeats));
  const row = { planId, zone: seat.zone, rowIndex: seat.rowIndex };
  const label = seat.zone === 'presidium' ? r.presidiumRow(seat.rowLabel) : r.hallRow(seat.rowLabel);
  return (
    <form
      className="seat-reserve"
      onSubmit={(e) => {
        e.preventDefault();
        void editRows(planId, () => call('seating.setRowSeats', { ...row, seats: /^\d+$/.test(count.trim()) ? Number(count) : Number.NaN }));
      }}
      data-testid="row-editor"
    >
      <h3 className="seat-panel-sub">{label}</h3>
      <div className="plan-numbers">
        <label className="field field-num">
          <span className="field-label">{r.seats}</span>
          <input className="input tabular" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} data-testid="row-seats" />
        </label>
        <Button type="submit" size="sm" disabled={count.trim() === String(rowSeats)} data-testid="row-seats-save">
          {r.apply}
        </Button>
      </div>
      <div className="seat-panel-actions">
        <Button
          size="sm"
          onClick={() =>
            void editRows(planId, () =>
              call('seating.addRow', { planId, zone: seat.zone, ...(seat.area === null ? {} : { area: seat.area }), position: { after: seat.rowIndex } }),
            )
          }
          data-testid="row-add-after"
        >
          {r.addBehind}
        </Button>
        <Button size="sm" variant="danger-ghost" onClick={() => void editRows(planId, () => call('seating.removeRow', row))} data-testid="row-remove">
          {r.remove}
        </Button>
      </div>
    </form>
  );
}

import { useEffect, useState } from 'react';
import type { SeatingPlan } from '../../../shared/contract/seating';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { notifySuccess } from '../../ui/toast';
import { useEvents } from '../events/eventsStore';
import { useSeating } from './seatingStore';

/** A plan copied from any event on this laptop (its hall, blocks and reservations; nobody seated). */
export function CopyPlanDialog({ eventId, onClose }: { eventId: string; onClose(): void }) {
  const tr = useT();
  const c = tr.seating.copy;
  const events = useEvents((s) => s.events);
  const [plans, setPlans] = useState<{ event: string; plan: SeatingPlan }[] | null>(null);
  const [chosen, setChosen] = useState('');
  const { busy, error, run, fail } = useAction();

  useEffect(() => {
    let live = true;
    void Promise.all(events.map(async (e) => (await call('seating.plans', { eventId: e.id })).map((plan) => ({ event: e.name, plan })))).then(
      (lists) => {
        if (!live) return;
        const all = lists.flat();
        setPlans(all);
        setChosen(all[0]?.plan.id ?? '');
      },
      (e: unknown) => live && fail(e),
    );
    return () => {
      live = false;
    };
  }, [events]);

  const copy = async () => {
    await run(async () => {
      const r = await call('seating.copyPlan', { planId: chosen, eventId });
      useSeating.getState().planSaved(r.plan);
      await useSeating.getState().select(r.plan.id);
      notifySuccess((d) =>
        d.seating.copy.done(
          r.plan.name,
          r.seatCount,
          r.dropped.reduce((n, x) => n + x.seats, 0),
        ),
      );
      onClose();
    });
  };

  return (
    <Dialog
      title={c.title}
      onClose={onClose}
      busy={busy}
      testId="plan-copy"
      footer={
        <>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button variant="primary" busy={busy} disabled={!chosen} onClick={() => void copy()} data-testid="plan-copy-run">
            {c.run}
          </Button>
        </>
      }
    >
      {!plans ? (
        <p className="loading-line">
          <span className="spinner" /> {tr.common.loading}
        </p>
      ) : plans.length === 0 ? (
        <p className="muted">{c.none}</p>
      ) : (
        <div className="form-stack">
          <label className="field">
            <span className="field-label">{c.from}</span>
            <select className="input" value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid="plan-copy-from">
              {plans.map(({ event, plan }) => (
                <option key={plan.id} value={plan.id}>
                  {event} — {plan.name}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{c.note}</p>
        </div>
      )}
    </Dialog>
  );
}

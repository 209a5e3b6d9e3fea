import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { LoadError } from '../../ui/LoadError';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PlusIcon, SeatIcon } from '../../ui/icons';
import { PageHead } from '../../ui/PageHead';
import { AutoSeatDialog } from './AutoSeatDialog';
import { CopyPlanDialog } from './CopyPlanDialog';
import { CreatePlanDialog } from './CreatePlanDialog';
import { PlanSettingsDialog } from './PlanSettingsDialog';
import { SeatingWorkspace } from './SeatingWorkspace';
import { PrintMenu } from './PrintMenu';
import { useSeating } from './seatingStore';

/** The event's seating plans: pick one, see and change who sits where, print it. */
export function SeatingScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const s = tr.seating;
  const { status, error, plans, planId, detail, load, select } = useSeating();
  const [dialog, setDialog] = useState<'create' | 'copy' | 'settings' | 'auto' | null>(null);

  useEffect(() => {
    void load(eventId);
  }, [eventId, load]);

  const picker = plans.length > 0 && (
    <label className="plan-picker">
      <span className="sr-only">{s.plan}</span>
      <select className="input" value={planId ?? ''} onChange={(e) => void select(e.target.value)} data-testid="seating-plan-picker">
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );

  let body;
  if (status === 'error') body = <LoadError error={error} onRetry={() => void load(eventId)} testId="seating-error" />;
  else if (status === 'ready' && plans.length === 0)
    body = (
      <EmptyState icon={<SeatIcon />} title={s.noPlansTitle} testId="seating-empty">
        {s.noPlansBody}
      </EmptyState>
    );
  else if (!detail)
    body = (
      <p className="loading-line">
        <span className="spinner" /> {tr.common.loading}
      </p>
    );
  else body = <SeatingWorkspace key={detail.plan.id} detail={detail} />;

  return (
    <main className="page page-fill seating-page" data-testid="seating-screen">
      <PageHead
        title={s.title}
        subtitle={s.subtitle}
        tight
        actions={
          <>
            {picker}
            <Button icon={<PlusIcon />} onClick={() => setDialog('create')} data-testid="seating-new-plan">
              {s.newPlan}
            </Button>
            <Button variant="ghost" onClick={() => setDialog('copy')} data-testid="seating-copy-plan">
              {s.copyPlan}
            </Button>
            {detail && (
              <Button onClick={() => setDialog('settings')} data-testid="seating-edit-plan">
                {s.editPlan}
              </Button>
            )}
            {detail && <PrintMenu planId={detail.plan.id} />}
            {detail && (
              <Button variant="primary" onClick={() => setDialog('auto')} data-testid="seating-autoseat">
                {s.autoSeat}
              </Button>
            )}
          </>
        }
      />
      <div className="page-fill-body">{body}</div>
      {dialog === 'create' && <CreatePlanDialog eventId={eventId} onClose={() => setDialog(null)} />}
      {dialog === 'copy' && <CopyPlanDialog eventId={eventId} onClose={() => setDialog(null)} />}
      {dialog === 'settings' && detail && <PlanSettingsDialog plan={detail.plan} onClose={() => setDialog(null)} />}
      {dialog === 'auto' && detail && <AutoSeatDialog planId={detail.plan.id} onClose={() => setDialog(null)} />}
    </main>
  );
}

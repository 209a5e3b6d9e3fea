import { useEffect } from 'react';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PlusIcon, SeatIcon } from '../../ui/icons';
import { PageHead } from '../../ui/PageHead';
import { PrintMenu } from './PrintMenu';
import { useSeating } from './seatingStore';

/** The event's seating plans: pick one, see and change who sits where, print it. */
export function SeatingScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const s = tr.seating;
  const lang = useLanguage((x) => x.lang);
  const { status, error, plans, planId, detail, load, select } = useSeating();

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
  if (status === 'error')
    body = (
      <Banner
        testId="seating-error"
        action={
          <Button size="sm" onClick={() => void load(eventId)}>
            {tr.common.retry}
          </Button>
        }
      >
        {error instanceof ApiError ? error.error.message[lang] : tr.errors.unexpected}
      </Banner>
    );
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
  else body = <p data-testid="seating-plan-name">{detail.plan.name}</p>;

  return (
    <main className="page page-fill" data-testid="seating-screen">
      <PageHead
        title={s.title}
        subtitle={s.subtitle}
        tight
        actions={
          <>
            {picker}
            {detail && <PrintMenu planId={detail.plan.id} />}
            <Button icon={<PlusIcon />} data-testid="seating-new-plan">
              {s.newPlan}
            </Button>
          </>
        }
      />
      <div className="page-fill-body">{body}</div>
    </main>
  );
}

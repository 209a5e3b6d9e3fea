import { useState } from 'react';
import type { PlanNumbering } from '../../../shared/contract/seating';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { CloseIcon, PlusIcon } from '../../ui/icons';
import { notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { emptyPlan, newArea, planInput, seatTotal, type AreaDraft, type PlanDraft } from './planForm';
import { useSeating } from './seatingStore';

const FORM_ID = 'plan-form';
const NUMBERINGS: PlanNumbering[] = ['odd-right', 'odd-left', 'left-to-right'];

/** A plan made from a few numbers: the presidium on stage, then the hall's areas of rows split by aisles. */
export function CreatePlanDialog({ eventId, onClose }: { eventId: string; onClose(): void }) {
  const tr = useT();
  const f = tr.seating.form;
  const lang = useLanguage((s) => s.lang);
  const points = useDelegates((s) => s.bridgePoints);
  const [d, setD] = useState<PlanDraft>(() => emptyPlan(f.defaultName, f.defaultArea));
  const { busy, error, run } = useAction();
  const set = <K extends keyof PlanDraft>(k: K, v: PlanDraft[K]) => setD((x) => ({ ...x, [k]: v }));
  const setArea = (i: number, k: keyof AreaDraft, v: string) => setD((x) => ({ ...x, areas: x.areas.map((a, j) => (j === i ? { ...a, [k]: v } : a)) }));
  const total = seatTotal(d);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const plan = await call('seating.createPlan', planInput(eventId, d));
      useSeating.getState().planSaved(plan);
      await useSeating.getState().select(plan.id);
      notifySuccess((t) => t.seating.created(plan.name));
      onClose();
    });
  };

  const numberInput = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <label className="field field-num" htmlFor={id}>
      <span className="field-label">{label}</span>
      <input id={id} className="input tabular" inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} data-testid={id} />
    </label>
  );

  return (
    <Dialog
      title={f.title}
      onClose={onClose}
      size="lg"
      busy={busy}
      testId="plan-form"
      footer={
        <>
          <FormError error={error} />
          <span className="spacer" />
          <span className="muted tabular" data-testid="plan-form-total">
            {total === null ? f.totalUnknown : f.total(formatNumber(total, lang))}
          </span>
          <Button onClick={onClose} disabled={busy}>
            {tr.common.cancel}
          </Button>
          <Button type="submit" form={FORM_ID} variant="primary" busy={busy} data-testid="plan-form-submit">
            {f.submit}
          </Button>
        </>
      }
    >
      <form id={FORM_ID} className="form-stack plan-form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="form-row">
          <label className="field" htmlFor="plan-name">
            <span className="field-label">{f.name}</span>
            <input id="plan-name" className="input" value={d.name} onChange={(e) => set('name', e.target.value)} data-testid="plan-name" />
          </label>
          <label className="field" htmlFor="plan-point">
            <span className="field-label">{f.hall}</span>
            <select id="plan-point" className="input" value={d.bridgePointId} onChange={(e) => set('bridgePointId', e.target.value)} data-testid="plan-point">
              <option value="">{f.mainHall}</option>
              {points.map((p) => (
                <option key={p.id} value={p.id}>
                  {f.pointHall(p.name)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="plan-fieldset">
          <legend>
            <label className="choice-row">
              <input type="checkbox" checked={d.presidium} onChange={(e) => set('presidium', e.target.checked)} data-testid="plan-presidium" />
              {f.presidium}
            </label>
          </legend>
          {d.presidium && (
            <div className="plan-numbers">
              {numberInput('plan-presidium-rows', f.rows, d.presidiumRows, (v) => set('presidiumRows', v))}
              {numberInput('plan-presidium-seats', f.seatsPerRow, d.presidiumSeats, (v) => set('presidiumSeats', v))}
            </div>
          )}
        </fieldset>
        <fieldset className="plan-fieldset">
          <legend>{f.areas}</legend>
          {d.areas.map((a, i) => (
            <div className="plan-numbers" key={i} data-testid={`plan-area-${i}`}>
              <label className="field field-area-name" htmlFor={`plan-area-${i}-name`}>
                <span className="field-label">{f.areaName}</span>
                <input id={`plan-area-${i}-name`} className="input" value={a.name} onChange={(e) => setArea(i, 'name', e.target.value)} />
              </label>
              {numberInput(`plan-area-${i}-rows`, f.rows, a.rows, (v) => setArea(i, 'rows', v))}
              {numberInput(`plan-area-${i}-seats`, f.seatsPerRow, a.seatsPerRow, (v) => setArea(i, 'seatsPerRow', v))}
              {numberInput(`plan-area-${i}-aisles`, f.aisles, a.aisles, (v) => setArea(i, 'aisles', v))}
              {d.areas.length > 1 && (
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<CloseIcon />}
                  aria-label={f.removeArea(a.name)}
                  onClick={() => setD((x) => ({ ...x, areas: x.areas.filter((_, j) => j !== i) }))}
                />
              )}
            </div>
          ))}
          {d.areas.length < 6 && (
            <Button
              size="sm"
              variant="ghost"
              icon={<PlusIcon />}
              onClick={() => setD((x) => ({ ...x, areas: [...x.areas, newArea(f.nextArea(x.areas.length + 1))] }))}
              data-testid="plan-add-area"
            >
              {f.addArea}
            </Button>
          )}
        </fieldset>
        <div className="plan-numbers">
          <label className="field" htmlFor="plan-numbering">
            <span className="field-label">{f.numbering}</span>
            <select
              id="plan-numbering"
              className="input"
              value={d.numbering}
              onChange={(e) => set('numbering', e.target.value as PlanNumbering)}
              data-testid="plan-numbering"
            >
              {NUMBERINGS.map((n) => (
                <option key={n} value={n}>
                  {f.numberings[n]}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor="plan-row-labels">
            <span className="field-label">{f.rowLabels}</span>
            <select id="plan-row-labels" className="input" value={d.rowLabels} onChange={(e) => set('rowLabels', e.target.value as PlanDraft['rowLabels'])}>
              <option value="letters">{f.letters}</option>
              <option value="numbers">{f.numbers}</option>
            </select>
          </label>
          {numberInput('plan-front-rows', f.frontRows, d.frontRows, (v) => set('frontRows', v))}
        </div>
        <p className="form-note muted">{f.frontRowsHint}</p>
      </form>
    </Dialog>
  );
}

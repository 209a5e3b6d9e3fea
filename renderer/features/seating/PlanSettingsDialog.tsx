import { useState } from 'react';
import type { SeatingPlan } from '../../../shared/contract/seating';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { notifySuccess } from '../../ui/toast';
import { useSeating } from './seatingStore';

/** A plan's name, the way round it is shown and printed by default, its front rows; or the plan deleted. */
export function PlanSettingsDialog({ plan, onClose }: { plan: SeatingPlan; onClose(): void }) {
  const tr = useT();
  const f = tr.seating.settings;
  const [name, setName] = useState(plan.name);
  const [viewpoint, setViewpoint] = useState(plan.viewpoint);
  const [frontRows, setFrontRows] = useState(String(plan.frontRows));
  const { busy, error, run } = useAction();
  const [confirmDelete, setConfirmDelete] = useState(false);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const saved = await call('seating.updatePlan', {
        planId: plan.id,
        name,
        viewpoint,
        frontRows: /^\d+$/.test(frontRows.trim()) ? Number(frontRows) : Number.NaN,
      });
      useSeating.getState().planSaved(saved);
      onClose();
    });
  };

  return (
    <>
      <Dialog
        title={f.title}
        onClose={onClose}
        busy={busy}
        testId="plan-settings"
        footer={
          <>
            <Button variant="danger-ghost" onClick={() => setConfirmDelete(true)} data-testid="plan-delete">
              {f.delete}
            </Button>
            <CancelFooter error={error} busy={busy} onCancel={onClose} />
            <Button type="submit" form="plan-settings-form" variant="primary" busy={busy} data-testid="plan-settings-save">
              {tr.common.save}
            </Button>
          </>
        }
      >
        <form id="plan-settings-form" className="form-stack" noValidate onSubmit={(e) => void save(e)}>
          <label className="field">
            <span className="field-label">{tr.seating.form.name}</span>
            <input className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="plan-settings-name" />
          </label>
          <label className="field">
            <span className="field-label">{f.viewpoint}</span>
            <select className="input" value={viewpoint} onChange={(e) => setViewpoint(e.target.value as SeatingPlan['viewpoint'])}>
              <option value="audience">{tr.seating.map.shownFrom.audience}</option>
              <option value="stage">{tr.seating.map.shownFrom.stage}</option>
            </select>
          </label>
          <label className="field field-num">
            <span className="field-label">{tr.seating.form.frontRows}</span>
            <input className="input tabular" inputMode="numeric" value={frontRows} onChange={(e) => setFrontRows(e.target.value)} />
          </label>
        </form>
      </Dialog>
      {confirmDelete && (
        <ConfirmDialog
          title={f.deleteTitle(plan.name)}
          confirmLabel={f.delete}
          onConfirm={async () => {
            await call('seating.deletePlan', { planId: plan.id });
            useSeating.getState().planRemoved(plan.id);
            notifySuccess((d) => d.seating.settings.deleted(plan.name));
            onClose();
          }}
          onClose={() => setConfirmDelete(false)}
          testId="plan-delete-confirm"
        >
          <p>{f.deleteBody}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

import { useState } from 'react';
import type { BridgePoint } from '../../../shared/contract/bridge';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { useBridge } from './bridgeStore';

const TEXTS = ['name', 'hostUnit', 'address', 'techName', 'techPhone', 'backupName', 'backupPhone', 'line', 'backupLine'] as const;
type TextKey = (typeof TEXTS)[number];
type Values = Record<TextKey | 'notes' | 'expectedCount' | 'chairDelegateId', string> & { isMain: boolean };

const valuesOf = (p: BridgePoint | null): Values => ({
  ...(Object.fromEntries(TEXTS.map((k) => [k, p?.[k] ?? ''])) as Record<TextKey, string>),
  notes: p?.notes ?? '',
  expectedCount: p?.expectedCount === null || p?.expectedCount === undefined ? '' : String(p.expectedCount),
  chairDelegateId: p?.chairDelegateId ?? '',
  isMain: p?.isMain ?? false,
});

/** A point's fields, new or edited; what is saved comes back from the main process, cleaned and checked there. */
export function PointForm({ eventId, point }: { eventId: string; point: BridgePoint | null }) {
  const tr = useT();
  const f = tr.bridge.form;
  const [v, setV] = useState<Values>(() => valuesOf(point));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const people = useDelegates((s) => s.delegates);
  const chairChoices = point ? people.filter((d) => d.bridgePointId === point.id || d.id === point.chairDelegateId) : [];
  const set = (k: keyof Values, value: string | boolean) => setV((x) => ({ ...x, [k]: value }));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const fields = {
        ...Object.fromEntries(TEXTS.map((k) => [k, v[k]])),
        name: v.name,
        notes: v.notes,
        expectedCount: v.expectedCount.trim() === '' ? null : Number(v.expectedCount),
        chairDelegateId: v.chairDelegateId || null,
      };
      const saved = point
        ? await call('bridgePoints.update', { id: point.id, ...fields, isMain: v.isMain })
        : await call('bridgePoints.create', { eventId, ...fields, isMain: v.isMain });
      notifySuccess((t) => t.bridge.form.saved(saved.name));
      await useBridge.getState().load(eventId);
      await useBridge.getState().open(saved.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const text = (k: TextKey, label: string, type = 'text') => (
    <Field id={`point-${k}`} label={label} required={k === 'name'}>
      {(p) => <input {...p} type={type} className="input" value={v[k]} onChange={(e) => set(k, e.target.value)} data-testid={`point-${k}`} />}
    </Field>
  );
  return (
    <form
      className="bridge-form"
      data-testid="point-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="section-title">{point ? f.editTitle : f.newTitle}</h2>
      <FormError error={error} />
      <div className="bridge-form-grid">
        {text('name', f.name)}
        <label className="check-line">
          <input type="checkbox" checked={v.isMain} onChange={(e) => set('isMain', e.target.checked)} data-testid="point-isMain" /> {f.isMain}
        </label>
        {text('hostUnit', f.hostUnit)}
        {text('address', f.address)}
        {point && (
          <Field id="point-chair" label={f.chair}>
            {(p) => (
              <select {...p} className="input" value={v.chairDelegateId} onChange={(e) => set('chairDelegateId', e.target.value)} data-testid="point-chair">
                <option value="">{f.noChair}</option>
                {chairChoices.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.fullName}
                    {d.title ? ` — ${d.title}` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {text('techName', f.techName)}
        {text('techPhone', f.techPhone, 'tel')}
        {text('backupName', f.backupName)}
        {text('backupPhone', f.backupPhone, 'tel')}
        {text('line', f.line)}
        {text('backupLine', f.backupLine)}
        <Field id="point-expectedCount" label={f.expectedCount} hint={f.expectedHint}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              className="input"
              value={v.expectedCount}
              onChange={(e) => set('expectedCount', e.target.value)}
              data-testid="point-expectedCount"
            />
          )}
        </Field>
        <Field id="point-notes" label={f.notes} className="bridge-form-wide">
          {(p) => <textarea {...p} className="input" rows={3} value={v.notes} onChange={(e) => set('notes', e.target.value)} data-testid="point-notes" />}
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="point-save">
          {tr.common.save}
        </Button>
        <Button onClick={() => void useBridge.getState().open(point?.id ?? null)}>{tr.common.cancel}</Button>
      </div>
    </form>
  );
}

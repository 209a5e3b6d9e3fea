import { useState } from 'react';
import type { AwardKind } from '../../../shared/contract/awards';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { runAwards, useAwards } from './awardsStore';

/** An award's name, decision and batch size: added after the kind on screen, or edited. */
export function KindDialog({ eventId, kind, afterId, onClose }: { eventId: string; kind: AwardKind | null; afterId?: string | undefined; onClose(): void }) {
  const t = useT();
  const a = t.awards;
  const f = a.kindFields;
  const [name, setName] = useState(kind?.name ?? '');
  const [number, setNumber] = useState(kind?.decisionNumber ?? '');
  const [date, setDate] = useState(kind?.decisionDate ?? '');
  const [signer, setSigner] = useState(kind?.decisionSigner ?? '');
  const [size, setSize] = useState(kind?.batchSize ?? 8);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const fields = { name, decisionNumber: number || null, decisionDate: date || null, decisionSigner: signer || null, batchSize: size };
    const before = new Set(useAwards.getState().data?.kinds.map((k) => k.id));
    const ok = await runAwards(() =>
      kind ? call('awards.updateKind', { id: kind.id, set: fields }) : call('awards.createKind', { eventId, ...(afterId ? { afterId } : {}), kind: fields }),
    );
    setBusy(false);
    if (!ok) return;
    // A new award is the one the organizer goes on with.
    const made = useAwards.getState().data?.kinds.find((k) => !before.has(k.id));
    if (made) useAwards.getState().select(made.id);
    onClose();
  };
  return (
    <Dialog
      title={kind ? a.editKind : a.newKind}
      onClose={onClose}
      busy={busy}
      testId="award-kind-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button variant="primary" busy={busy} disabled={!name.trim()} onClick={() => void save()} data-testid="award-kind-save">
            {t.common.save}
          </Button>
        </>
      }
    >
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field id="award-kind-name" label={f.name} required>
          {(p) => <input {...p} className="input" value={name} placeholder={f.namePlaceholder} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field id="award-kind-number" label={f.decisionNumber}>
          {(p) => <input {...p} className="input" value={number} onChange={(e) => setNumber(e.target.value)} />}
        </Field>
        <Field id="award-kind-date" label={f.decisionDate}>
          {(p) => <input {...p} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field id="award-kind-signer" label={f.decisionSigner}>
          {(p) => <input {...p} className="input" value={signer} onChange={(e) => setSigner(e.target.value)} />}
        </Field>
        <Field id="award-kind-size" label={f.batchSize} hint={f.batchSizeHint}>
          {(p) => (
            <select {...p} className="input" value={size} onChange={(e) => setSize(Number(e.target.value))}>
              {[5, 6, 7, 8, 9, 10].map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

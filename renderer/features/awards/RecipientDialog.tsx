import { useMemo, useState } from 'react';
import type { AwardRecipient, RecipientKind } from '../../../shared/contract/awards';
import type { Delegate } from '../../../shared/contract/delegates';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { useDelegates } from '../delegates/delegatesStore';
import { runAwards } from './awardsStore';

/** How a delegate is offered in the name field: the unit tells two people of one name apart. */
const optionOf = (d: Delegate) => (d.organization ? `${d.fullName} — ${d.organization}` : d.fullName);

/**
 * One recipient: a person (a delegate picked from the list, or a name typed that is not in it) or
 * a collective (its unit, and the leader who receives for it, best a delegate so his seat is known).
 */
export function RecipientDialog({ kindId, recipient, onClose }: { kindId: string; recipient: AwardRecipient | null; onClose(): void }) {
  const t = useT();
  const a = t.awards;
  const f = a.recipientFields;
  const delegates = useDelegates((s) => s.delegates);
  const byOption = useMemo(() => new Map(delegates.map((d) => [optionOf(d), d])), [delegates]);
  const linked = recipient?.delegateId ? delegates.find((d) => d.id === recipient.delegateId) : undefined;
  const [kind, setKind] = useState<RecipientKind>(recipient?.recipientKind ?? 'individual');
  const [person, setPerson] = useState(linked ? optionOf(linked) : (recipient?.fullName ?? ''));
  const [title, setTitle] = useState(recipient?.title ?? '');
  const [unit, setUnit] = useState(recipient?.unit ?? '');
  const [busy, setBusy] = useState(false);
  const picked = byOption.get(person);

  const save = async () => {
    setBusy(true);
    // A picked delegate brings his own name (and, for a person, title and unit) unless typed here.
    const fields = {
      recipientKind: kind,
      delegateId: picked?.id ?? null,
      fullName: picked ? null : person || null,
      title: title || null,
      unit: unit || null,
    };
    const ok = await runAwards(() =>
      recipient ? call('awards.updateRecipient', { id: recipient.id, set: fields }) : call('awards.addRecipient', { kindId, recipient: fields }),
    );
    setBusy(false);
    if (ok) onClose();
  };
  const ready = kind === 'individual' ? person.trim() !== '' : unit.trim() !== '';
  return (
    <Dialog
      title={recipient ? a.editRecipient : a.addRecipient}
      onClose={onClose}
      busy={busy}
      testId="award-recipient-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button variant="primary" busy={busy} disabled={!ready} onClick={() => void save()} data-testid="award-recipient-save">
            {t.common.save}
          </Button>
        </>
      }
    >
      <datalist id="award-delegates">
        {delegates.map((d) => (
          <option key={d.id} value={optionOf(d)} />
        ))}
      </datalist>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void save();
        }}
      >
        <fieldset className="award-kind-choice">
          <legend className="field-label">{f.kind}</legend>
          {(['individual', 'collective'] as const).map((k) => (
            <label key={k} className="radio">
              <input type="radio" name="award-recipient-kind" checked={kind === k} onChange={() => setKind(k)} data-testid={`award-recipient-${k}`} /> {a[k]}
            </label>
          ))}
        </fieldset>
        {kind === 'collective' && (
          <Field id="award-recipient-unit" label={f.collectiveUnit} required>
            {(p) => <input {...p} className="input" value={unit} onChange={(e) => setUnit(e.target.value)} />}
          </Field>
        )}
        <Field
          id="award-recipient-person"
          label={kind === 'collective' ? f.leader : f.person}
          hint={kind === 'collective' ? f.leaderHint : f.personHint}
          required={kind === 'individual'}
        >
          {(p) => <input {...p} className="input" list="award-delegates" value={person} onChange={(e) => setPerson(e.target.value)} autoComplete="off" />}
        </Field>
        <Field id="award-recipient-title" label={f.title} hint={picked ? (picked.title ?? undefined) : undefined}>
          {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        {kind === 'individual' && (
          <Field id="award-recipient-unit" label={f.unit} hint={picked ? (picked.organization ?? undefined) : undefined}>
            {(p) => <input {...p} className="input" value={unit} onChange={(e) => setUnit(e.target.value)} />}
          </Field>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

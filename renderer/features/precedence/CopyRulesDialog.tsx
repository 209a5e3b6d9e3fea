import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { useEvents } from '../events/eventsStore';

/** Picks another event to take its rules from. */
export function CopyRulesDialog({ eventId, onCopy, onClose }: { eventId: string; onCopy(fromId: string, name: string): Promise<void>; onClose(): void }) {
  const tr = useT();
  const r = tr.precedence.rules;
  const events = useEvents((s) => s.events);
  const others = useMemo(() => events.filter((e) => e.id !== eventId), [events, eventId]);
  const [from, setFrom] = useState(others[0]?.id ?? '');
  const name = others.find((e) => e.id === from)?.name ?? '';
  return (
    <ConfirmDialog
      title={r.copyTitle}
      confirmLabel={r.copyConfirm}
      onConfirm={() => (from ? onCopy(from, name) : Promise.resolve())}
      onClose={onClose}
      testId="rules-copy-dialog"
    >
      <p>{r.copyBody}</p>
      {others.length === 0 ? (
        <p className="muted">{r.noOtherEvents}</p>
      ) : (
        <Field id="rules-copy-from" label={r.copyPick}>
          {(p) => (
            <select {...p} className="input" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="rules-copy-from">
              {others.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </ConfirmDialog>
  );
}

import { useEffect, useState } from 'react';
import type { Holiday } from '../../../shared/contract/checklist';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { dayText, parseDay } from '../../ui/dateText';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { EditIcon, TrashIcon } from '../../ui/icons';
import { useAction } from '../../ui/useAction';

/** The public holidays working-day deadlines skip: one list for the laptop, seeded and editable. */
export function HolidaysDialog({ onClose }: { onClose(): void }) {
  const tr = useT();
  const t = tr.checklist.holidays;
  const [list, setList] = useState<Holiday[] | null>(null);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  // The holiday being changed (its date moved or renamed), or a new one.
  const [editing, setEditing] = useState<string | null>(null);
  const { busy, error, run, fail } = useAction();
  useEffect(() => void call('checklist.holidays', {}).then(setList, fail), []);

  const add = () =>
    run(async () => {
      setList(await call('checklist.saveHoliday', { ...(editing ? { id: editing } : {}), date: parseDay(date) ?? date, name }));
      setDate('');
      setName('');
      setEditing(null);
    });
  const remove = (id: string) => run(async () => setList(await call('checklist.deleteHoliday', { id })));

  return (
    <Dialog
      title={t.title}
      onClose={onClose}
      busy={busy}
      testId="checklist-holidays-dialog"
      footer={
        // Each change is saved as it is made: the dialog only closes.
        <>
          <FormError error={error} />
          <span className="spacer" />
          <Button onClick={onClose} disabled={busy} data-testid="holidays-close">
            {tr.common.close}
          </Button>
        </>
      }
    >
      <p className="muted">{t.body}</p>
      <form
        className="cl-holiday-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input
          className="input"
          placeholder="dd/mm/yyyy"
          aria-label={t.date}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          data-testid="holiday-date"
        />
        <input className="input" placeholder={t.name} aria-label={t.name} value={name} onChange={(e) => setName(e.target.value)} data-testid="holiday-name" />
        <Button type="submit" busy={busy} data-testid="holiday-add">
          {editing ? t.save : t.add}
        </Button>
      </form>
      {list && list.length === 0 && <p className="muted">{t.none}</p>}
      <ul className="cl-holidays" data-testid="holiday-list">
        {(list ?? []).map((h) => (
          <li key={h.id} data-testid="holiday">
            <span className="tabular">{dayText(h.date)}</span>
            <span>{h.name}</span>
            <Button
              size="sm"
              variant="ghost"
              icon={<EditIcon />}
              aria-label={t.edit(dayText(h.date))}
              onClick={() => {
                setEditing(h.id);
                setDate(dayText(h.date));
                setName(h.name);
              }}
              disabled={busy}
              data-testid="holiday-edit"
            />
            <Button size="sm" variant="ghost" icon={<TrashIcon />} aria-label={t.remove(dayText(h.date))} onClick={() => void remove(h.id)} disabled={busy} />
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

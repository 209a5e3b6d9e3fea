import { EVENT_KINDS, type EventKind, type EventSummary } from '../../../shared/contract/events';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatLongDate } from '../../i18n/format';
import { parseDay } from '../../ui/dateText';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { notifySuccess } from '../../ui/toast';
import { useDiscardGuard } from '../../ui/useDiscardGuard';
import { useForm } from '../../ui/useForm';
import { openEvent } from './actions';
import { EVENT_FIELDS, emptyEvent, tidy, toInput, validateEvent, valuesOf, type EventFormValues } from './eventForm';
import { useDelegates } from '../delegates/delegatesStore';
import { useEvents } from './eventsStore';

const FORM_ID = 'event-form';

/** Creates an event (and opens it) or edits one. */
export function EventFormDialog({ event, onClose }: { event: EventSummary | null; onClose(): void }) {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const f = tr.events.form;
  const form = useForm<EventFormValues>({
    initial: event ? valuesOf(event) : emptyEvent(),
    validate: validateEvent,
    fields: EVENT_FIELDS,
    idPrefix: 'event',
  });
  const { values, set, blur, errorOf } = form;
  const guard = useDiscardGuard(form.dirty, onClose);

  const save = form.submit(async (v) => {
    if (event) {
      await call('events.update', { id: event.id, ...toInput(v) });
      await useEvents.getState().reload();
      // The organizing unit hosts the event unless hosts are named: who is a guest may have changed.
      if (useDelegates.getState().eventId === event.id) void useDelegates.getState().refreshOrder();
      notifySuccess((d) => d.events.updated);
    } else {
      const created = await call('events.create', toInput(v));
      // Reload first, so the header and overview have the new event the moment it opens.
      await useEvents.getState().reload();
      openEvent(created.id);
      notifySuccess((d) => d.events.created(created.name));
    }
    onClose();
  });

  const text = (
    field: Exclude<keyof EventFormValues, 'kind'>,
    label: string,
    opts: { placeholder?: string; hint?: string; required?: boolean; numeric?: boolean } = {},
  ) => (
    <Field id={`event-${field}`} label={label} error={errorOf(field)} hint={opts.hint} required={opts.required} className={`field-${field}`}>
      {(p) => (
        <input
          {...p}
          type="text"
          inputMode={opts.numeric ? 'numeric' : undefined}
          className={`input${opts.numeric ? ' tabular' : ''}`}
          value={values[field]}
          placeholder={opts.placeholder}
          autoComplete="off"
          onChange={(e) => set(field, e.target.value)}
          onBlur={() => {
            if (field === 'startDate' || field === 'endDate' || field === 'startTime') set(field, tidy(field, values[field]));
            blur(field);
          }}
          data-testid={`event-${field}`}
        />
      )}
    </Field>
  );
  // The weekday under a date confirms it was read the right way round (08/01 is January, not August).
  const weekday = (s: string) => {
    const iso = parseDay(s);
    return iso ? formatLongDate(iso, lang) : undefined;
  };

  return (
    <>
      <Dialog
        title={event ? f.editTitle : f.createTitle}
        onClose={guard.requestClose}
        size="lg"
        testId="event-form"
        busy={form.busy}
        footer={
          <>
            <FormError error={form.general} />
            <span className="spacer" />
            <Button onClick={onClose} disabled={form.busy} data-testid="event-form-cancel">
              {tr.common.cancel}
            </Button>
            <Button type="submit" form={FORM_ID} variant="primary" busy={form.busy} data-testid="event-form-submit">
              {form.busy ? tr.common.saving : event ? tr.common.save : f.submitCreate}
            </Button>
          </>
        }
      >
        <form id={FORM_ID} className="form-grid" noValidate onSubmit={save}>
          {text('name', f.name, { placeholder: f.namePlaceholder, required: true })}
          <Field id="event-kind" label={f.kind} error={errorOf('kind')} required className="field-kind">
            {(p) => (
              <select {...p} className="input" value={values.kind} onChange={(e) => set('kind', e.target.value as EventKind)} data-testid="event-kind">
                {EVENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tr.events.kinds[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('startDate', f.startDate, { placeholder: f.datePlaceholder, required: true, numeric: true, hint: weekday(values.startDate) })}
          {text('endDate', f.endDate, { placeholder: f.datePlaceholder, numeric: true, hint: weekday(values.endDate) ?? f.endDateHint })}
          {text('startTime', f.startTime, { placeholder: f.timePlaceholder, numeric: true })}
          {text('organizer', f.organizer, { placeholder: f.organizerPlaceholder })}
          {text('venue', f.venue, { placeholder: f.venuePlaceholder })}
          <Field id="event-description" label={f.description} error={errorOf('description')} className="field-description">
            {(p) => (
              <textarea
                {...p}
                className="input"
                rows={3}
                value={values.description}
                onChange={(e) => set('description', e.target.value)}
                onBlur={() => blur('description')}
                onKeyDown={(e) => {
                  // Enter is a new line here; Ctrl+Enter still saves, like everywhere else in the form.
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
                }}
                data-testid="event-description"
              />
            )}
          </Field>
        </form>
      </Dialog>
      {guard.prompt}
    </>
  );
}

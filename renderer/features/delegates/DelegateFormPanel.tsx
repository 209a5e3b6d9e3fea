import { useRef, useState } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { DELEGATE_STATUSES, type DelegateStatus } from '../../../shared/contract/delegates';
import { foldedIncludes } from '../../../shared/delegate-list';
import { identityKey } from '../../../shared/text';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { TrashIcon } from '../../ui/icons';
import { notifySuccess } from '../../ui/toast';
import { useDiscardGuard } from '../../ui/useDiscardGuard';
import { useForm } from '../../ui/useForm';
import { CategoryField } from './CategoryField';
import { BridgePointField } from './BridgePointField';
import { SameDelegateDialog } from './SameDelegateDialog';
import { DELEGATE_FIELDS, emptyDelegate, tidyDay, toFields, validateDelegate, valuesOf, type DelegateFormValues } from './delegateForm';
import { RowHistory } from '../history/RowHistory';
import { SeatLine } from '../seating/SeatLine';
import { LevelField } from '../precedence/LevelField';
import { useDelegates } from './delegatesStore';
import { useDelegateView } from './viewStore';

const FORM_ID = 'delegate-form';
type TextField = Exclude<keyof DelegateFormValues, 'categoryId' | 'status' | 'bridgePointId'>;

/** Shows the saved delegate in the list: highlighted, and not hidden by the current search. */
function reveal(d: Delegate) {
  const view = useDelegateView.getState();
  const haystack = [d.fullName, d.title, d.organization, d.phone, d.phone?.replace(/\D/g, '')].filter(Boolean).join(' ');
  if (view.query && !foldedIncludes(haystack, view.query)) view.setQuery('');
  view.highlight(d.id);
}

/** Name and unit as the duplicate check compares them (identityKey), to know what was already confirmed. */
const sameKey = (fullName: string, organization: string | null) => `${identityKey(fullName)}|${identityKey(organization ?? '')}`;

/** Adds or edits one delegate, in a panel that leaves the list in sight. */
export function DelegateFormPanel({ eventId, delegate, onClose }: { eventId: string; delegate: Delegate | null; onClose(): void }) {
  const tr = useT();
  const f = tr.delegates.form;
  const categories = useDelegates((s) => s.categories);
  const lastCategoryId = useDelegateView((s) => s.lastCategoryId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** Delegates already there with the same name and unit, while the warning is open. */
  const [same, setSame] = useState<Delegate[] | null>(null);
  /** The name and unit the organizer chose to keep beside an existing one. */
  const keptBoth = useRef<string | null>(null);
  const defaultCategory = categories.find((c) => c.id === lastCategoryId)?.id ?? categories.find((c) => c.code === 'delegate')?.id ?? categories[0]?.id ?? '';

  const form = useForm<DelegateFormValues>({
    initial: delegate ? valuesOf(delegate) : emptyDelegate(defaultCategory),
    validate: validateDelegate,
    fields: DELEGATE_FIELDS,
    idPrefix: 'delegate',
  });
  const { values, set, blur, errorOf } = form;
  const guard = useDiscardGuard(form.dirty, onClose);

  const save = form.submit(async (v) => {
    // The main process checks against the stored list (not this window's copy). An edit is checked
    // only when it changes the name or the unit, so fixing a phone never warns.
    const key = sameKey(v.fullName, v.organization);
    const changed = !delegate || key !== sameKey(delegate.fullName, delegate.organization);
    if (changed && keptBoth.current !== key) {
      const found = await call('delegates.findSame', {
        eventId,
        fullName: v.fullName,
        organization: v.organization,
        ...(delegate ? { exceptId: delegate.id } : {}),
      });
      if (found.length > 0) {
        setSame(found);
        return;
      }
    }
    const saved = delegate ? await call('delegates.update', { id: delegate.id, ...toFields(v) }) : await call('delegates.create', { eventId, ...toFields(v) });
    useDelegates.getState().saved(saved);
    useDelegateView.setState({ lastCategoryId: saved.categoryId });
    reveal(saved);
    notifySuccess((d) => (delegate ? d.delegates.updated(saved.fullName) : d.delegates.created(saved.fullName)));
    onClose();
  });

  const remove = async () => {
    if (!delegate) return;
    await call('delegates.delete', { id: delegate.id });
    useDelegates.getState().removed(delegate.id);
    notifySuccess((d) => d.delegates.deleted(delegate.fullName));
    onClose();
  };

  const text = (
    field: TextField,
    label: string,
    opts: { placeholder?: string; type?: string; hint?: string; required?: boolean; inputMode?: 'numeric' | 'tel' | 'email'; day?: boolean } = {},
  ) => (
    <Field id={`delegate-${field}`} label={label} error={errorOf(field)} hint={opts.hint} required={opts.required} className={`field-${field}`}>
      {(p) => (
        <input
          {...p}
          type={opts.type ?? 'text'}
          inputMode={opts.inputMode}
          className="input"
          value={values[field]}
          placeholder={opts.placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => set(field, e.target.value)}
          onBlur={() => {
            if (opts.day) set(field, tidyDay(values[field]));
            blur(field);
          }}
          data-testid={`delegate-${field}`}
        />
      )}
    </Field>
  );

  // Titles and units run long ("Ủy viên Trung ương Đảng, Phó Trưởng Ban…"): the box grows to show
  // all of it, but it is one line of text, so Enter still saves instead of breaking the line.
  const grow = (field: 'title' | 'organization', label: string, placeholder: string) => (
    <Field id={`delegate-${field}`} label={label} error={errorOf(field)} className={`field-${field}`}>
      {(p) => (
        <textarea
          {...p}
          className="input input-grow"
          rows={1}
          value={values[field]}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(e) => set(field, e.target.value.replace(/\n/g, ' '))}
          onBlur={() => blur(field)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
          data-testid={`delegate-${field}`}
        />
      )}
    </Field>
  );

  return (
    <>
      <Dialog
        title={delegate ? f.editTitle : f.createTitle}
        onClose={guard.requestClose}
        placement="side"
        testId="delegate-form"
        busy={form.busy}
        footer={
          <>
            <FormError error={form.general} />
            {delegate && (
              <Button variant="danger-ghost" icon={<TrashIcon />} onClick={() => setConfirmDelete(true)} disabled={form.busy} data-testid="delegate-delete">
                {f.deleteDelegate}
              </Button>
            )}
            <span className="spacer" />
            <Button onClick={onClose} disabled={form.busy} data-testid="delegate-form-cancel">
              {tr.common.cancel}
            </Button>
            <Button type="submit" form={FORM_ID} variant="primary" busy={form.busy} data-testid="delegate-form-submit">
              {form.busy ? tr.common.saving : delegate ? tr.common.save : f.submitCreate}
            </Button>
          </>
        }
      >
        <form id={FORM_ID} className="form-stack" noValidate onSubmit={save}>
          {text('fullName', f.fullName, { placeholder: f.fullNamePlaceholder, required: true })}
          {grow('title', f.title, f.titlePlaceholder)}
          {grow('organization', f.organization, f.organizationPlaceholder)}
          <div className="form-row">
            <CategoryField eventId={eventId} value={values.categoryId} error={errorOf('categoryId')} onChange={(id) => set('categoryId', id)} />
            <Field id="delegate-status" label={f.status} error={errorOf('status')} className="field-status">
              {(p) => (
                <select
                  {...p}
                  className="input"
                  value={values.status}
                  onChange={(e) => set('status', e.target.value as DelegateStatus)}
                  data-testid="delegate-status"
                >
                  {DELEGATE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {tr.delegates.status[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="form-row">
            <BridgePointField eventId={eventId} value={values.bridgePointId} error={errorOf('bridgePointId')} onChange={(id) => set('bridgePointId', id)} />
            <LevelField value={values.precedenceLevel} title={values.title} organization={values.organization} onChange={(v) => set('precedenceLevel', v)} />
          </div>
          <div className="form-row form-row-even">
            {text('appointmentDate', f.appointmentDate, { placeholder: f.datePlaceholder, inputMode: 'numeric', day: true })}
            {text('birthDate', f.birthDate, { placeholder: f.birthPlaceholder, inputMode: 'numeric', day: true })}
          </div>
          <p className="form-note">{f.datesHint}</p>
          <div className="form-row">
            {text('phone', f.phone, { type: 'tel', inputMode: 'tel' })}
            {text('email', f.email, { type: 'email', inputMode: 'email' })}
          </div>
          <Field id="delegate-notes" label={f.notes} error={errorOf('notes')} className="field-notes">
            {(p) => (
              <textarea
                {...p}
                className="input"
                rows={3}
                value={values.notes}
                placeholder={f.notesPlaceholder}
                onChange={(e) => set('notes', e.target.value)}
                onBlur={() => blur('notes')}
                onKeyDown={(e) => {
                  // Enter is a new line in notes; Ctrl+Enter saves, as Enter does in every other field.
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
                }}
                data-testid="delegate-notes"
              />
            )}
          </Field>
        </form>
        {delegate && <SeatLine delegateId={delegate.id} />}
        {delegate && <RowHistory key={`${delegate.id}-${delegate.updatedAt}`} table="delegates" rowId={delegate.id} />}
      </Dialog>
      {same && (
        <SameDelegateDialog
          same={same}
          editing={!!delegate}
          onBack={() => setSame(null)}
          onOpen={(d) => {
            reveal(d);
            useDelegateView.getState().openEdit(d);
          }}
          onKeepBoth={() => {
            keptBoth.current = sameKey(values.fullName, values.organization);
            setSame(null);
            void save();
          }}
        />
      )}
      {guard.prompt}
      {confirmDelete && delegate && (
        <ConfirmDialog title={tr.delegates.deleteTitle} confirmLabel={tr.delegates.deleteConfirm} onConfirm={remove} onClose={() => setConfirmDelete(false)}>
          <p>{tr.delegates.deleteBody(delegate.fullName)}</p>
          <p className="muted">{tr.common.cannotUndo}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

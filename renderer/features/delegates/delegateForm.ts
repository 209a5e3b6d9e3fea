import { delegateInput, type Delegate, type DelegateStatus } from '../../../shared/contract/delegates';
import type { Message } from '../../../shared/result';
import { dayText, parseBirthDay, parseDay } from '../../ui/dateText';
import { checkWithSchema, type FieldErrors } from '../../ui/fieldErrors';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';

/** What the inputs hold; the hand level as the select's value ('' = by the rules), dates as dd/mm/yyyy. */
export interface DelegateFormValues {
  fullName: string;
  title: string;
  organization: string;
  categoryId: string;
  status: DelegateStatus;
  bridgePointId: string;
  precedenceLevel: string;
  appointmentDate: string;
  birthDate: string;
  phone: string;
  email: string;
  notes: string;
}

export const DELEGATE_FIELDS = [
  'fullName',
  'title',
  'organization',
  'categoryId',
  'status',
  'bridgePointId',
  'precedenceLevel',
  'appointmentDate',
  'birthDate',
  'phone',
  'email',
  'notes',
] as const;

export const emptyDelegate = (categoryId: string): DelegateFormValues => ({
  fullName: '',
  title: '',
  organization: '',
  categoryId,
  status: 'invited',
  bridgePointId: '',
  precedenceLevel: '',
  appointmentDate: '',
  birthDate: '',
  phone: '',
  email: '',
  notes: '',
});

export const valuesOf = (d: Delegate): DelegateFormValues => ({
  fullName: d.fullName,
  title: d.title ?? '',
  organization: d.organization ?? '',
  categoryId: d.categoryId,
  status: d.status,
  bridgePointId: d.bridgePointId ?? '',
  precedenceLevel: d.precedenceLevel === null ? '' : String(d.precedenceLevel),
  appointmentDate: dayText(d.appointmentDate),
  birthDate: dayText(d.birthDate),
  phone: d.phone ?? '',
  email: d.email ?? '',
  notes: d.notes ?? '',
});

// Text that is not a date is passed on as typed, so the schema names the field.
const day = (s: string) => (s.trim() ? (parseDay(s) ?? s) : null);
const birthDay = (s: string) => (s.trim() ? (parseBirthDay(s) ?? s) : null);

export const toFields = (v: DelegateFormValues) => ({
  fullName: v.fullName,
  title: v.title,
  organization: v.organization,
  categoryId: v.categoryId,
  status: v.status,
  bridgePointId: v.bridgePointId || null,
  precedenceLevel: v.precedenceLevel === '' ? null : Number(v.precedenceLevel),
  appointmentDate: day(v.appointmentDate),
  birthDate: birthDay(v.birthDate),
  phone: v.phone,
  email: v.email,
  notes: v.notes,
});

const BAD_DAY: Message = { vi: vi.delegates.form.dateInvalid, en: en.delegates.form.dateInvalid };
const BAD_BIRTH: Message = { vi: vi.delegates.form.birthInvalid, en: en.delegates.form.birthInvalid };

/** The contract's own schema decides; a date like 31/02 gets friendlier words. */
export function validateDelegate(v: DelegateFormValues): FieldErrors {
  const errors = checkWithSchema(delegateInput, { eventId: 'check', ...toFields(v) });
  if (v.appointmentDate.trim() && !parseDay(v.appointmentDate)) errors.appointmentDate = BAD_DAY;
  if (v.birthDate.trim() && !parseBirthDay(v.birthDate)) errors.birthDate = BAD_BIRTH;
  return errors;
}

/** On leaving a date box, show what was understood in the one agreed form. */
export const tidyDay = (text: string): string => {
  const iso = parseDay(text);
  return iso ? dayText(iso) : text;
};

import { delegateInput, type Delegate } from '../../../shared/contract/delegates';
import { checkWithSchema, type FieldErrors } from '../../ui/fieldErrors';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';

/** What the inputs hold; the rank stays text until it is known to be a number. */
export interface DelegateFormValues {
  fullName: string;
  title: string;
  organization: string;
  categoryId: string;
  precedenceRank: string;
  phone: string;
  email: string;
  notes: string;
}

export const DELEGATE_FIELDS = ['fullName', 'title', 'organization', 'categoryId', 'precedenceRank', 'phone', 'email', 'notes'] as const;

export const emptyDelegate = (categoryId: string): DelegateFormValues => ({
  fullName: '',
  title: '',
  organization: '',
  categoryId,
  precedenceRank: '',
  phone: '',
  email: '',
  notes: '',
});

export const valuesOf = (d: Delegate): DelegateFormValues => ({
  fullName: d.fullName,
  title: d.title ?? '',
  organization: d.organization ?? '',
  categoryId: d.categoryId,
  precedenceRank: d.precedenceRank === null ? '' : String(d.precedenceRank),
  phone: d.phone ?? '',
  email: d.email ?? '',
  notes: d.notes ?? '',
});

const rankText = (s: string) => s.trim();
const rankIsNumber = (s: string) => /^\d+$/.test(rankText(s));

export const toFields = (v: DelegateFormValues) => ({
  fullName: v.fullName,
  title: v.title,
  organization: v.organization,
  categoryId: v.categoryId,
  precedenceRank: rankText(v.precedenceRank) === '' ? null : rankIsNumber(v.precedenceRank) ? Number(rankText(v.precedenceRank)) : Number.NaN,
  phone: v.phone,
  email: v.email,
  notes: v.notes,
});

/** The contract's own schema decides; only "12a" as a rank gets a friendlier word than "wrong type". */
export function validateDelegate(v: DelegateFormValues): FieldErrors {
  const errors = checkWithSchema(delegateInput, { eventId: 'check', ...toFields(v) });
  if (rankText(v.precedenceRank) !== '' && !rankIsNumber(v.precedenceRank))
    errors.precedenceRank = { vi: vi.delegates.form.rankInvalid, en: en.delegates.form.rankInvalid };
  return errors;
}

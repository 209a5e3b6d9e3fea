import { call } from '../../api/client';
import { useLanguage } from '../../i18n';
import { notifySuccess } from '../../ui/toast';
import { categoryName } from './categoryName';
import { useDelegates } from './delegatesStore';
import { SelectWithAdd, type ChoiceFieldProps } from './SelectWithAdd';

/** The event's categories, and a way to add the organizer's own without leaving the form. */
export function CategoryField({ eventId, ...field }: ChoiceFieldProps) {
  const lang = useLanguage((s) => s.lang);
  const categories = useDelegates((s) => s.categories);

  const create = async (label: string) => {
    const created = await call('categories.create', { eventId, label });
    useDelegates.getState().categoryAdded(created);
    notifySuccess((d, l) => d.delegates.form.categoryCreated(categoryName(created, l)));
    return created.id;
  };

  const options = categories.map((c) => ({ id: c.id, label: categoryName(c, lang) }));
  return <SelectWithAdd kind="category" required {...field} options={options} nameField="label" create={create} />;
}

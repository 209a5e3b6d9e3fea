import { call } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../ui/toast';
import { useDelegates } from './delegatesStore';
import { SelectWithAdd, type ChoiceFieldProps } from './SelectWithAdd';

/** The event's bridge points (or none), and a way to add one without leaving the form. */
export function BridgePointField({ eventId, ...field }: ChoiceFieldProps) {
  const f = useT().delegates.form;
  const points = useDelegates((s) => s.bridgePoints);

  const create = async (name: string) => {
    const created = await call('bridgePoints.create', { eventId, name });
    useDelegates.getState().bridgePointAdded(created);
    notifySuccess((d) => d.delegates.form.bridgePointCreated(created.name));
    return created.id;
  };

  const options = points.map((b) => ({ id: b.id, label: b.name }));
  return <SelectWithAdd kind="bridgePoint" noneLabel={f.noBridgePoint} {...field} options={options} nameField="name" create={create} />;
}

import type { BridgeTest } from '../../../shared/contract/bridge';
import type { Dict } from '../../i18n';

/** '2027-01-06T14:00' as people read it here: "14:00 06/01/2027", the day first as in Vietnam. */
export function localText(at: string | null): string {
  if (!at) return '';
  const [date, time] = at.split('T');
  const [y, m, d] = date!.split('-');
  return `${time} ${d}/${m}/${y}`;
}

/** A test's name: the organizer's note, else its kind's. */
export const testName = (t: BridgeTest, tr: Dict) => t.label ?? tr.bridge.kind[t.kind];

export const resultText = (t: BridgeTest, tr: Dict) => (t.result ? tr.bridge.result[t.result] : tr.bridge.notLogged);

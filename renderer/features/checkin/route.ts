import type { CallInput, CallOutput } from '../../../shared/contract';
import type { DESK_CALLS } from '../../../shared/contract/desks';
import { ApiError, call } from '../../api/client';

type DeskCall = (typeof DESK_CALLS)[number];

let toHost = false;
let lost: () => void = () => {};

/** While this laptop is a desk of a host, the check-in screen's calls go there (the main process forwards them). */
export function sendCheckinsToHost(on: boolean, onLost: () => void = () => {}): void {
  toHost = on;
  lost = onLost;
}

/** One check-in call, to this laptop's own data or to the host's. */
export async function checkinCall<N extends DeskCall>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  if (!toHost) return call(name, input);
  try {
    return (await call('desks.forward', { call: name, input: input as Record<string, unknown> })) as CallOutput<N>;
  } catch (e) {
    if (e instanceof ApiError && (e.error.details as { reason?: string } | undefined)?.reason === 'host-lost') lost();
    throw e;
  }
}

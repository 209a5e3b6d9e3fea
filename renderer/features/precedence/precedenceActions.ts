import type { Delegate } from '../../../shared/contract/delegates';
import type { IndexEntry } from '../../../shared/delegate-list';
import { ranksAfterMove } from '../../../shared/precedence';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';

async function write(eventId: string, ranks: { id: string; rank: number | null }[]): Promise<boolean> {
  const before = useDelegates.getState().delegates;
  // Shown at once (a drag must not snap back while the write runs); put back if it fails.
  useDelegates.getState().ranksSet(ranks);
  try {
    await call('precedence.setRanks', { eventId, ranks });
    return true;
  } catch (e) {
    useDelegates.setState({ delegates: before });
    notifyError(e);
    return false;
  }
}

/**
 * Moves one delegate from `from` to `to` in the ordered list: usually one hand-set rank between
 * the new neighbours; when there is no room, the whole list renumbered by hand (and said so).
 */
export async function moveDelegate(eventId: string, ordered: IndexEntry<Delegate>[], from: number, to: number): Promise<void> {
  const writes = ranksAfterMove(
    ordered.map((e) => ({ id: e.delegate.id, rank: e.rank })),
    from,
    to,
  );
  if (writes.length === 0) return;
  const ok = await write(eventId, writes);
  if (ok && writes.length > 1) notifySuccess((d) => d.precedence.order.renumbered);
}

/** Back to the title rules for this delegate. */
export async function clearHandRank(eventId: string, d: Delegate): Promise<void> {
  if (await write(eventId, [{ id: d.id, rank: null }])) notifySuccess((t) => t.precedence.order.cleared(d.fullName));
}

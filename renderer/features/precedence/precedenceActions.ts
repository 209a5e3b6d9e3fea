import type { PrecedenceOrder } from '../../../shared/precedence/order';
import { call } from '../../api/client';
import { downloadBase64 } from '../../ui/download';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';

/** Shows the order the main process answered with; says nothing on failure but the error. */
async function apply(run: () => Promise<PrecedenceOrder>): Promise<PrecedenceOrder | null> {
  try {
    const order = await run();
    useDelegates.getState().orderChanged(order);
    // A hand level or order is a field of the delegate: the list's copy must follow.
    void reloadDelegates();
    return order;
  } catch (e) {
    notifyError(e);
    return null;
  }
}

async function reloadDelegates(): Promise<void> {
  const { eventId } = useDelegates.getState();
  if (!eventId) return;
  const delegates = await call('delegates.list', { eventId });
  const mine = useDelegates.getState();
  if (mine.eventId !== eventId) return;
  // Only rows that changed get new objects, so the search index refolds only those; nothing
  // changed, nothing is set (the list would sort again for nothing).
  const old = new Map(mine.delegates.map((d) => [d.id, d]));
  let changed = delegates.length !== mine.delegates.length;
  const merged = delegates.map((d) => {
    const o = old.get(d.id);
    if (o && o.updatedAt === d.updatedAt) return o;
    changed = true;
    return d;
  });
  if (changed) useDelegates.setState({ delegates: merged, orderOf: merged });
}

/** Moves one delegate to the place of `overId`; answers with the new order, or null when refused. */
export const moveDelegate = (eventId: string, delegateId: string, overId: string) => apply(() => call('precedence.move', { eventId, delegateId, overId }));

export async function resetLevel(eventId: string, delegateId: string, name: string): Promise<void> {
  if (await apply(() => call('precedence.reset', { eventId, scope: { kind: 'level', delegateId } })))
    notifySuccess((t) => t.precedence.order.levelCleared(name));
}

export async function resetOrder(eventId: string, level: number): Promise<void> {
  if (await apply(() => call('precedence.reset', { eventId, scope: { kind: 'order', level } }))) notifySuccess((t) => t.precedence.order.orderReset(level));
}

export async function resetAll(eventId: string): Promise<void> {
  if (await apply(() => call('precedence.reset', { eventId, scope: { kind: 'all' } }))) notifySuccess((t) => t.precedence.resetAllDone);
}

export async function exportOrder(eventId: string, language: 'vi' | 'en'): Promise<void> {
  try {
    const file = await call('precedence.export', { eventId, language });
    downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    notifySuccess((t) => t.precedence.exported(file.fileName));
  } catch (e) {
    notifyError(e);
  }
}

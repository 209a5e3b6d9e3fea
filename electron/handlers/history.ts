import { forgetCarried } from '../../db/event-file/history';
import { changeSetDetail, historyPage, markChangeSet, rowHistory } from '../../db/history/queries';
import { originalLabel, playBackwards, redoTarget, setById, toEntry, undoTarget } from '../../db/history/undo';
import type { historyContract } from '../../shared/contract/history';
import { DomainError } from '../../shared/result';
import { whenIdle } from '../main/auto-backup';
import type { HandlerContext, HandlersFor } from './types';

const noHistory = () => new DomainError('INTERNAL', { vi: 'Tệp dữ liệu này chưa có nhật ký thay đổi.', en: 'This data file has no change history.' });

// The button named one change; by the time it was pressed, another came (another window, a desk).
const notTheNewest = (target: { label_vi: string; label_en: string }) =>
  new DomainError('CONFLICT', {
    vi: `Đã có thao tác khác sau đó («${target.label_vi}»). Không có gì bị thay đổi; hãy xem lại nút Hoàn tác ở đầu trang.`,
    en: `Something else was done since (“${target.label_en}”). Nothing was changed; look at the Undo button at the top again.`,
  });

function openSet(ctx: HandlerContext) {
  if (!ctx.changeSet) throw noHistory();
  return ctx.changeSet;
}

export const historyHandlers: HandlersFor<keyof typeof historyContract> = {
  // Reads hold the connection, so a write under way is never seen half done.
  'history.list': async ({ eventId, before, limit }, { store }) => whenIdle(store, () => historyPage(store.sqlite, eventId, before, limit)),
  'history.get': async ({ id, limit }, { store }) => whenIdle(store, () => changeSetDetail(store.sqlite, id, limit)),
  'history.ofRow': async ({ table, rowId }, { store }) => whenIdle(store, () => rowHistory(store.sqlite, table, rowId)),
  'history.undo': async ({ eventId, changeSetId, onlyUnchanged }, ctx) => {
    const set = openSet(ctx);
    const target = undoTarget(ctx.store.sqlite, eventId, set.id);
    if (!target) throw new DomainError('NOT_FOUND', { vi: 'Không còn thao tác nào để hoàn tác.', en: 'There is nothing left to undo.' });
    if (changeSetId && target.id !== changeSetId) throw notTheNewest(target);
    const { skipped } = playBackwards(ctx.store.sqlite, target, set.id, onlyUnchanged);
    markChangeSet(ctx.store.sqlite, set.id, 'undo', target.id);
    if (target.call === 'eventFile.import') forgetCarried(ctx.store.sqlite, target.id);
    const what = originalLabel(ctx.store.sqlite, target);
    set.label = skipped ? { vi: `Hoàn tác một phần: ${what.vi}`, en: `Partly undo: ${what.en}` } : { vi: `Hoàn tác: ${what.vi}`, en: `Undo: ${what.en}` };
    return { undone: { ...toEntry(target, true), label: what } };
  },
  'history.redo': async ({ eventId, changeSetId }, ctx) => {
    const set = openSet(ctx);
    const target = redoTarget(ctx.store.sqlite, eventId, set.id);
    if (!target) throw new DomainError('NOT_FOUND', { vi: 'Không có thao tác nào để làm lại.', en: 'There is nothing to redo.' });
    if (changeSetId && target.id !== changeSetId) throw notTheNewest(target);
    const original = target.undoes ? setById(ctx.store.sqlite, target.undoes) : null;
    playBackwards(ctx.store.sqlite, target, set.id);
    markChangeSet(ctx.store.sqlite, set.id, 'redo', target.id);
    const label = originalLabel(ctx.store.sqlite, target);
    set.label = { vi: `Làm lại: ${label.vi}`, en: `Redo: ${label.en}` };
    return { redone: { ...toEntry(original ?? target, false), label } };
  },
};

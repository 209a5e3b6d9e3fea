import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { addRecipients, createKind, deleteKind, deleteRecipient, moveKind, moveRecipient, setPresenter, updateKind, updateRecipient } from '../../db/awards';
import { writeAwardsScript } from '../../db/awards-script';
import { getAwards } from '../../db/awards-state';
import type { DB } from '../../db/schema';
import type { awardsContract } from '../../shared/contract/awards';
import { importAwardRecipients, previewAwardImport } from '../import/awards';
import type { HandlersFor } from './types';

/** Every write answers with the awards as stored, read inside its transaction. */
const answer = async (db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: Promise<string>) => getAwards(db, sqlite, await eventId);

export const awardsHandlers: HandlersFor<keyof typeof awardsContract> = {
  'awards.list': async ({ eventId }, { db, store }) => getAwards(db, store.sqlite, eventId),
  'awards.createKind': async ({ eventId, afterId, kind }, { db, store }) => {
    await createKind(db, eventId, afterId, kind);
    return getAwards(db, store.sqlite, eventId);
  },
  'awards.updateKind': async ({ id, set }, { db, store }) => answer(db, store.sqlite, updateKind(db, id, set)),
  'awards.deleteKind': async ({ id }, { db, store }) => answer(db, store.sqlite, deleteKind(db, id)),
  'awards.moveKind': async ({ id, afterId }, { db, store }) => answer(db, store.sqlite, moveKind(db, id, afterId)),
  'awards.addRecipient': async ({ kindId, afterId, recipient }, { db, store }) => answer(db, store.sqlite, addRecipients(db, kindId, afterId, [recipient])),
  'awards.updateRecipient': async ({ id, set }, { db, store }) => answer(db, store.sqlite, updateRecipient(db, id, set)),
  'awards.deleteRecipient': async ({ id }, { db, store }) => answer(db, store.sqlite, deleteRecipient(db, id)),
  'awards.moveRecipient': async ({ id, afterId }, { db, store }) => answer(db, store.sqlite, moveRecipient(db, id, afterId)),
  'awards.previewImport': async (input, { db }) => previewAwardImport(db, input),
  'awards.importRecipients': async (input, { db, store }) => importAwardRecipients(db, store.sqlite, input),
  'awards.setPresenter': async ({ kindId, batchIndex, delegateId }, { db, store }) =>
    answer(db, store.sqlite, setPresenter(db, kindId, batchIndex, delegateId)),
  'awards.writeScript': async ({ eventId, overwriteEdits }, { db, store }) => writeAwardsScript(db, store.sqlite, eventId, overwriteEdits),
};

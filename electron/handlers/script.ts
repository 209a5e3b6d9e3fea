import {
  addItem,
  applyTemplate,
  deleteItem,
  deleteTemplate,
  getScript,
  listTemplates,
  moveItem,
  saveTemplate,
  setBlocs,
  updateItem,
  updateSettings,
} from '../../db/script';
import { introductionsFor, writeIntroductionsInto } from '../../db/script-intro';
import type { scriptContract } from '../../shared/contract/script';
import type { HandlersFor } from './types';

export const scriptHandlers: HandlersFor<keyof typeof scriptContract> = {
  'script.get': async ({ eventId }, { db }) => getScript(db, eventId),
  'script.addItem': async ({ eventId, afterId, item }, { db }) => ({ items: await addItem(db, eventId, afterId, item) }),
  'script.updateItem': async ({ id, set }, { db }) => updateItem(db, id, set),
  'script.deleteItem': async ({ id }, { db }) => ({ items: await deleteItem(db, id) }),
  'script.moveItem': async ({ id, afterId }, { db }) => ({ items: await moveItem(db, id, afterId) }),
  'script.updateSettings': async ({ eventId, ...set }, { db }) => updateSettings(db, eventId, set),
  'script.templates': async (_input, { db }) => listTemplates(db),
  'script.applyTemplate': async ({ eventId, from, mode }, { db }) => ({ items: await applyTemplate(db, eventId, from, mode) }),
  'script.saveTemplate': async ({ eventId, name }, { db }) => saveTemplate(db, eventId, name),
  'script.deleteTemplate': async ({ templateId }, { db }) => {
    await deleteTemplate(db, templateId);
    return { id: templateId };
  },
  'script.previewIntroductions': async ({ itemId }, { db, store }) => introductionsFor(db, store.sqlite, itemId),
  'script.writeIntroductions': async ({ itemId, overwriteEdits }, { db, store }) => writeIntroductionsInto(db, store.sqlite, itemId, overwriteEdits),
  'script.setBlocs': async ({ eventId, blocs }, { db }) => ({ blocs: await setBlocs(db, eventId, blocs) }),
};

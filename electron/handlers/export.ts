import type { exportContract } from '../../shared/contract/export';
import { exportDelegates } from '../export/delegates-export';
import { exportPrecedence } from '../export/precedence-export';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<keyof typeof exportContract> = {
  'delegates.export': async (input, { db, store }) => exportDelegates(db, store.sqlite, input),
  'precedence.export': async ({ eventId, language }, { db, store }) => exportPrecedence(db, store.sqlite, eventId, language),
};

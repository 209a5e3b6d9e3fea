import type { exportContract } from '../../shared/contract/export';
import { exportDelegates } from '../export/delegates-export';
import type { HandlersFor } from './types';

export const exportHandlers: HandlersFor<keyof typeof exportContract> = {
  'delegates.export': async (input, { db, store }) => exportDelegates(db, store.sqlite, input),
};

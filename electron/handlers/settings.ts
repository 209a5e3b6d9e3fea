import os from 'node:os';
import { getSettings, updateSettings } from '../../db/settings';
import { schemaVersion } from '../../db/migrate';
import type { settingsContract } from '../../shared/contract/settings';
import type { HandlersFor } from './types';

export const settingsHandlers: HandlersFor<keyof typeof settingsContract> = {
  'app.info': async (_input, { store, appVersion }) => ({
    version: appVersion,
    schemaVersion: schemaVersion(store.sqlite),
    dataFile: store.file,
    computerName: os.hostname(),
  }),
  'settings.get': async (_input, { db }) => getSettings(db),
  'settings.update': async (input, { db }) => updateSettings(db, input),
};

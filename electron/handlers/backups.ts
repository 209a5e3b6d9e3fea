import { backupNow } from '../../db/backup';
import { describeBackup, listBackupInfo, restoreBackup } from '../../db/restore';
import type { backupsContract } from '../../shared/contract/backups';
import { whenIdle } from '../main/auto-backup';
import type { HandlersFor } from './types';
import path from 'node:path';

export const backupsHandlers: HandlersFor<keyof typeof backupsContract> = {
  'backups.list': async (_input, { store }) => ({ folder: store.backupDir, backups: listBackupInfo(store) }),
  'backups.create': async (_input, { store }) =>
    whenIdle(store, async () => describeBackup(store.backupDir, path.basename(await backupNow(store, 'manual')), store.nativeBinding)),
  'backups.restore': async ({ file }, { store }) => restoreBackup(store, file),
};

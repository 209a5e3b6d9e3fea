import fs from 'node:fs';
import { backupNow } from '../../db/backup';
import { backupElsewhere } from '../../db/backup-elsewhere';
import { DomainError } from '../../shared/result';
import { describeBackup, listBackupInfo, restoreBackup } from '../../db/restore';
import type { backupsContract } from '../../shared/contract/backups';
import { whenIdle } from '../main/auto-backup';
import { onDesktop } from './on-desktop';
import type { HandlersFor } from './types';
import path from 'node:path';

export const backupsHandlers: HandlersFor<keyof typeof backupsContract> = {
  'backups.list': async (_input, { store }) => ({ folder: store.backupDir, backups: listBackupInfo(store) }),
  'backups.create': async (_input, { store }) =>
    whenIdle(store, async () => describeBackup(store.backupDir, path.basename(await backupNow(store, 'manual')), store.nativeBinding)),
  'backups.restore': async ({ file }, { store }) => restoreBackup(store, file),
  'backups.saveElsewhere': async (_input, { store, desktop }) => {
    // The dialog first, without holding the connection: the other screens keep answering meanwhile.
    const dest = await onDesktop(desktop).chooseBackupPath(store);
    if (!dest) return { file: null };
    return { file: await backupElsewhere(store, dest, (run) => whenIdle(store, run)) };
  },
  'backups.openFolder': async (_input, { store, desktop }) => {
    const open = onDesktop(desktop);
    fs.mkdirSync(store.backupDir, { recursive: true });
    try {
      await open.openFolder(store.backupDir);
    } catch (e) {
      throw new DomainError(
        'INTERNAL',
        { vi: `Không mở được thư mục sao lưu: ${store.backupDir}`, en: `The backups folder could not be opened: ${store.backupDir}` },
        { reason: e instanceof Error ? e.message : String(e) },
      );
    }
    return { folder: store.backupDir };
  },
};

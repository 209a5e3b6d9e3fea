import { z } from 'zod';
import { query, returns } from './define';

export interface BackupInfo {
  /** The file's name in the backups folder. */
  file: string;
  at: string | null;
  /** Why it was made: open, periodic, before-import, before-event-file, before-undo-import, before-restore, manual, daily, before-vN. */
  reason: string;
  size: number;
  /** What it holds; null when it cannot be read. */
  events: number | null;
  delegates: number | null;
}

export const backupsContract = {
  /** The backups folder, newest first, with what each holds. */
  'backups.list': query(z.strictObject({}), returns<{ folder: string; backups: BackupInfo[] }>()),
  /** A backup now, into the backups folder (no transaction: the online backup reads the committed file). */
  'backups.create': query(z.strictObject({}), returns<BackupInfo>()),
  /**
   * Puts a backup's data in place of today's, after backing today's up; all or nothing. Not one
   * change set of the history: the history itself comes back as it was in the backup.
   */
  'backups.restore': query(z.strictObject({ file: z.string().min(1).max(200) }), returns<{ restored: BackupInfo; safety: string }>()),
  /** A backup now to a place the organizer picks in the system's dialog (a USB stick); null: cancelled. Desktop app only. */
  'backups.saveElsewhere': query(z.strictObject({}), returns<{ file: string | null }>()),
  /** Opens the backups folder in the system's file manager. Desktop app only. */
  'backups.openFolder': query(z.strictObject({}), returns<{ folder: string }>()),
};

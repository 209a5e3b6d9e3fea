import type { backupsVi } from './backups.vi';

const n = (x: number) => x.toLocaleString('en-GB');

/** Texts of the Backups screen, English: the same shape as backups.vi.ts. */
export const backupsEn: typeof backupsVi = {
  nav: 'Backups',
  title: 'Backups and restore',
  subtitle:
    'The app backs up when it opens, before every import and before undoing one, and every ten minutes while there are changes. It keeps every backup of the last 24 hours, then one a day for 30 days; backups made by hand stay.',
  now: 'Back up now',
  made: (file: string) => `Backed up: ${file}`,
  folder: (path: string) => `Backups folder: ${path}`,
  elsewhere: 'Back up elsewhere…',
  elsewhereTitle: 'Make a backup in a place you choose, a USB stick for example',
  madeElsewhere: (path: string) => `Backed up to ${path}`,
  openFolder: 'Open the backups folder',
  when: 'When',
  reason: 'Why',
  events: 'Events',
  delegates: 'Delegates',
  size: 'Size',
  restore: 'Restore',
  restoreLabel: (when: string) => `Restore the backup of ${when}`,
  restoreTitle: 'Restore this backup?',
  restoreBody: (when: string) => `Today's data will be replaced by the backup of ${when}, for every event.`,
  restoreSafe:
    'Before restoring, the current data is backed up (“Before a restore”), so you can go back by restoring that one. The change history also returns to the backup’s: Undo does not undo the restore.',
  restoreConfirm: 'Restore',
  restored: (when: string) => `The backup of ${when} was restored.`,
  empty: 'No backups yet.',
  unreadable: 'unreadable',
  count: (x: number | null) => (x === null ? '—' : n(x)),
  reasons: {
    open: 'On opening the app',
    periodic: 'Every ten minutes',
    'before-import': 'Before an import',
    'before-event-file': 'Before importing an event file',
    'before-undo-import': 'Before undoing an import',
    'before-restore': 'Before a restore',
    manual: 'Made by hand',
    daily: 'Daily',
  },
  beforeMigration: (v: string) => `Before a data upgrade (v${v})`,
};

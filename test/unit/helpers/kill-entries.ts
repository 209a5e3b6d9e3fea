/**
 * The operations the kill tests SIGKILL part way: each a small entry of the one harness. An
 * event-file merge is added here the same way (seed both sides, the call, what "all" looks like).
 */
import { listBackups } from '../../../db/backup';
import type { Store } from '../../../db/connection';
import type { ImportInspection } from '../../../shared/contract/import';
import { createHallPlan, seedHallEvent } from '../../bench/seating-hall';
import { largeXlsx } from '../../fixtures/messy-xlsx';
import { call, type KillEntry } from './kill-harness';

const changeSets = (store: Store, name: string) => store.sqlite.prepare('SELECT count(*) FROM change_sets WHERE call = ?').pluck().get(name) as number;

/** A 5,000-row messy .xlsx, imported in one import.commit (its before-import backup included). */
const largeImport: KillEntry<{ eventId: string; input: unknown }> = {
  name: 'import-5000',
  async seed(store) {
    const e = await call<{ id: string }>(store, 'events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08' });
    const file = { eventId: e.id, fileName: 'danh-sach-5000.xlsx', dataBase64: (await largeXlsx(5000)).toString('base64') };
    const ins = await call<ImportInspection>(store, 'import.inspect', file);
    return { eventId: e.id, input: { ...file, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field), duplicates: { all: 'skip' } } };
  },
  plan: (s) => ({ call: 'import.commit', input: s.input }),
  state: (store, s) =>
    `${store.sqlite.prepare('SELECT count(*) FROM delegates WHERE event_id = ?').pluck().get(s.eventId) as number} delegates, ${changeSets(store, 'import.commit')} change sets`,
};

/** Auto-seating 3,700 ranked delegates in a hall of 3,700 seats. */
const autoSeat: KillEntry<{ planId: string }> = {
  name: 'auto-seat-3700',
  async seed(store) {
    const { eventId, ids } = await seedHallEvent(store, 3700);
    const planId = await createHallPlan(store, eventId, ids, 'Hội trường', {
      presidium: { rows: 1, seats: 7 },
      areas: [
        { name: 'Tầng 1', rows: 50, seatsPerRow: 46, aisles: 3 },
        { name: 'Tầng 2', rows: 33, seatsPerRow: 42, aisles: 3 },
      ],
    });
    return { planId };
  },
  plan: (s) => ({ call: 'seating.autoSeat', input: { planId: s.planId, mode: 'all' } }),
  state: (store, s) =>
    `${store.sqlite.prepare('SELECT count(*) FROM plan_seats WHERE plan_id = ? AND delegate_id IS NOT NULL').pluck().get(s.planId) as number} seated, ${changeSets(store, 'seating.autoSeat')} change sets`,
};

/**
 * A manual backup of a file of 20,000 delegates. The harness opens every file under a backup's
 * name; here "all" is one more manual backup, "none" none (a leftover temp file is not a backup).
 */
const backup: KillEntry<null> = {
  name: 'backup-20000',
  async seed(store) {
    await seedHallEvent(store, 20_000);
    return null;
  },
  plan: () => ({ call: 'backups.create', input: {} }),
  state: (store) => `${listBackups(store.backupDir, 'manual').length} manual backups`,
};

export const KILL_ENTRIES: KillEntry<never>[] = [largeImport, autoSeat, backup] as KillEntry<never>[];

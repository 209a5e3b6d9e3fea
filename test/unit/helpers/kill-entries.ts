/** The operations the kill tests SIGKILL part way: each a small entry of the one harness. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listBackups } from '../../../db/backup';
import { openStore, type Store } from '../../../db/connection';
import type { ImportInspection } from '../../../shared/contract/import';
import { createHallPlan, seedHallEvent } from '../../bench/seating-hall';
import { seedLargeEvent } from '../../e2e/seed';
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

const MERGED_ORG = 'Ban Tổ chức hội nghị (đã gộp)';

/**
 * Merging back a colleague's event file: the template laptop has a 1,500-delegate event; another
 * laptop took it, edited every delegate and checked 60 in, and its file is merged here (one side
 * changed, so no conflicts to choose).
 */
const eventFileMerge: KillEntry<{ eventId: string; dataBase64: string }> = {
  name: 'event-file-merge-1500',
  async seed(store) {
    const { eventId } = await seedLargeEvent(store.db, 1500);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-kill-b-'));
    const b = await openStore(path.join(dir, 'b.sqlite'));
    try {
      const asB = <T>(name: string, input: unknown) => call<T>(b, name, input, 'Máy B');
      await asB('eventFile.import', { dataBase64: (await call<{ dataBase64: string }>(store, 'eventFile.export', { eventId })).dataBase64 });
      const ids = b.sqlite.prepare('SELECT id FROM delegates WHERE event_id = ? ORDER BY id').pluck().all(eventId) as string[];
      await asB('delegates.bulkUpdate', { eventId, ids, set: { organization: MERGED_ORG } });
      for (const delegateId of ids.slice(0, 60)) await asB('checkin.checkIn', { eventId, delegateId });
      return { eventId, dataBase64: (await asB<{ dataBase64: string }>('eventFile.export', { eventId })).dataBase64 };
    } finally {
      await b.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  plan: (s) => ({ call: 'eventFile.import', input: { dataBase64: s.dataBase64, otherwise: 'theirs' } }),
  state: (store, s) => {
    const count = (sql: string) => store.sqlite.prepare(sql).pluck().get(s.eventId) as number;
    const moved = count(`SELECT count(*) FROM delegates WHERE event_id = ? AND organization = '${MERGED_ORG}'`);
    const checkIns = count('SELECT count(*) FROM check_ins WHERE event_id = ?');
    const remembered = store.sqlite.prepare('SELECT count(*) FROM merged_change_sets').pluck().get() as number;
    return `${moved} moved, ${checkIns} check-ins, ${remembered} merged change sets, ${changeSets(store, 'eventFile.import')} merges`;
  },
};

export const KILL_ENTRIES: KillEntry<never>[] = [largeImport, autoSeat, backup, eventFileMerge] as KillEntry<never>[];

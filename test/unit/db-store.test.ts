import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { openStore } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { DomainError } from '../../shared/result';
import { tempDir, testStore } from './helpers/store';

describe('openStore', () => {
  it('creates the file with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const { store } = await testStore();
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a database from a newer app version and leaves it byte-for-byte untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.sqlite');
    const future = new Database(file);
    future.exec("CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES ('keep me')");
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = fs.readFileSync(file);
    const err = await openStore(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).msg.vi).toContain('phiên bản Hội Nghị mới hơn');
    expect((err as DomainError).msg.en).toContain('newer version');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['future.sqlite']);
  });

  it('refuses a file that is not a database, without changing it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'Danh sách đại biểu — không phải cơ sở dữ liệu'.repeat(200));
    const before = fs.readFileSync(file);
    const err = await openStore(file).catch((e: unknown) => e);
    expect((err as DomainError).code).toBe('BAD_FILE');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('marks the file open, clears the mark on a clean close, and runs a full check after an unclean exit', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const first = await openStore(file);
    expect(fs.existsSync(`${file}.open`)).toBe(true);
    expect(first.recoveredFromUncleanExit).toBe(false);
    await first.close();
    expect(fs.existsSync(`${file}.open`)).toBe(false);

    fs.writeFileSync(`${file}.open`, '12345'); // as a crash would leave it
    const second = await openStore(file);
    expect(second.recoveredFromUncleanExit).toBe(true);
    await second.close();
  });

  it('keeps a confirmed write across a reopen', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const a = await openStore(file);
    await a.db.insertInto('settings').values({ key: 'k', value: '"v"' }).execute();
    await a.close();
    const b = await openStore(file);
    expect((await b.db.selectFrom('settings').selectAll().execute())[0]?.value).toBe('"v"');
    await b.close();
  });
});

describe('ids', () => {
  it('are UUID v7: unique, and later ones sort after earlier ones (an import appends to the indexes)', async () => {
    const { newId } = await import('../../db/clock');
    const first = newId();
    await new Promise((r) => setTimeout(r, 2));
    const ids = Array.from({ length: 2000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(id > first).toBe(true);
    }
    expect(Math.abs(parseInt(ids[0]!.replace('-', '').slice(0, 12), 16) - Date.now())).toBeLessThan(60_000);
  });
});

describe('checkpoints', () => {
  it("copy a write's log into the file soon after it, not inside some later write's commit", async () => {
    const t = await testStore();
    // Only the checkpoint's timer is faked: the import's turns of the event loop stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    const size = () => fs.statSync(t.store.file).size;
    const before = size();
    const rows = Array.from({ length: 400 }, (_, i) => `Nguyễn Văn ${i},Chuyên viên cao cấp,Văn phòng Quốc hội`);
    await t.call('import.commit', {
      eventId: e.id,
      fileName: 'ds.csv',
      dataBase64: Buffer.from(['Họ và tên,Chức vụ,Đơn vị', ...rows].join('\n')).toString('base64'),
      headerRow: 0,
      mapping: ['fullName', 'title', 'organization'],
      duplicates: { all: 'skip' },
    });
    // Answered before the checkpoint: the rows are still only in the log.
    expect(size()).toBe(before);
    vi.advanceTimersByTime(400);
    expect(size()).toBe(before);
    vi.advanceTimersByTime(100);
    await vi.waitFor(() => expect(size()).toBeGreaterThan(before + 100_000));
  });
});

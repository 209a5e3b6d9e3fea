import os from 'node:os';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tooNew } from '../../db/open-errors';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { app, dialog, FakeBrowserWindow, ipcMain, Menu, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { startApp } = await import('../../electron/main/lifecycle');
const { useAppSession } = await import('./helpers/app-session');

const appSession = useAppSession('hoi-nghi-lifecycle-', startApp);
const launch = appSession.launch;
const dataFile = () => path.join(appSession.dataDir(), 'hoi-nghi.sqlite');

const snapshot = (dir: string) =>
  Object.fromEntries(
    fs.readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(fs.readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );

describe('app lifecycle', () => {
  it('a second copy quits at once, without opening the data file', async () => {
    app.singleInstance = false;
    startApp();
    expect(app.quitCalls).toBe(1);
    app.becomeReady();
    await new Promise((r) => setTimeout(r, 50));
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fs.readdirSync(appSession.dataDir())).toEqual([]);
  });

  it('the first copy brings its window forward when a second one starts', async () => {
    const win = await launch();
    win.minimized = true;
    app.emit('second-instance', {}, [], '');
    expect(win).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('opens the data file in HOI_NGHI_DATA_DIR, backs it up on opening, and answers with app.getVersion()', async () => {
    const win = await launch();
    expect(fs.existsSync(dataFile())).toBe(true);
    expect(fs.readdirSync(path.join(appSession.dataDir(), 'backups')).filter((f) => f.endsWith('-open.sqlite'))).toHaveLength(1);
    const info = await ipcMain.invoke('rpc:app.info', win.webContents, win.webContents.mainFrame, {});
    expect(info).toEqual({
      ok: true,
      value: { version: '0.1.0-test', schemaVersion: LATEST_SCHEMA_VERSION, dataFile: dataFile(), computerName: os.hostname() },
    });
  });

  it('refuses a data file from a newer version with a bilingual message, quits, and leaves the file byte for byte', async () => {
    const old = new Database(dataFile());
    old.exec('create table future (x); insert into future values (1);');
    old.pragma('user_version = 99');
    old.close();
    const before = snapshot(appSession.dataDir());

    startApp();
    app.becomeReady();
    await vi.waitFor(() => expect(app.exitCodes).toEqual([1]));

    const expected = tooNew(99, LATEST_SCHEMA_VERSION).msg;
    expect(dialog.errorBoxes).toHaveLength(1);
    expect(dialog.errorBoxes[0]!.content).toContain(expected.vi);
    expect(dialog.errorBoxes[0]!.content).toContain(expected.en);
    expect(snapshot(appSession.dataDir())).toEqual(before);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('does not use a damaged data file: offers the newest good backup, keeps the damaged file beside it, and opens', async () => {
    await launch();
    await ipcMain.invoke('rpc:events.createDemo', FakeBrowserWindow.instances[0]!.webContents, FakeBrowserWindow.instances[0]!.webContents.mainFrame, {});
    app.quit();
    await vi.waitFor(() => expect(app.exitCodes).toEqual([0]));
    // A backup made after the demo (as the ten-minute one would be), then the file is ruined.
    const backups = path.join(appSession.dataDir(), 'backups');
    const good = new Database(dataFile(), { readonly: true });
    await good.backup(path.join(backups, 'hoi-nghi-2099-01-01T00-00-00Z-periodic.sqlite'));
    good.close();
    fs.writeFileSync(dataFile(), Buffer.alloc(8192, 7));

    resetFakes();
    const win = await launch();
    expect(dialog.messageBoxes[0]).toMatchObject({ type: 'warning', buttons: ['Khôi phục bản sao lưu / Restore the backup', 'Thoát / Quit'] });
    expect(fs.readdirSync(appSession.dataDir()).some((f) => f.startsWith('hoi-nghi.sqlite.damaged-'))).toBe(true);
    const events = await ipcMain.invoke('rpc:events.list', win.webContents, win.webContents.mainFrame, {});
    expect(events).toMatchObject({ ok: true, value: [{ delegateCount: 198 }] });
  });

  it('on quit, holds the exit until the data file is checkpointed and closed', async () => {
    await launch();
    expect(fs.existsSync(`${dataFile()}.open`)).toBe(true);
    app.quit();
    expect(app.willQuitEvents[0]!.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app.exitCodes).toEqual([0]));
    // Closed cleanly: the marker of an open session is gone and the WAL is folded back in.
    expect(fs.existsSync(`${dataFile()}.open`)).toBe(false);
    expect(fs.existsSync(`${dataFile()}-wal`) ? fs.statSync(`${dataFile()}-wal`).size : 0).toBe(0);
    // A second will-quit (from app.exit) passes straight through.
    app.quit();
    expect(app.willQuitEvents[1]!.defaultPrevented).toBe(false);
  });

  it('uses HOI_NGHI_NATIVE_BINDING in development only', async () => {
    process.env.HOI_NGHI_NATIVE_BINDING = path.join(appSession.dataDir(), 'missing', 'better_sqlite3.node');
    startApp();
    app.becomeReady();
    await vi.waitFor(() => expect(app.exitCodes).toEqual([1]));
    expect(dialog.errorBoxes[0]!.content).toContain('The data file');
    expect(FakeBrowserWindow.instances).toHaveLength(0);

    resetFakes();
    app.isPackaged = true;
    const win = await launch();
    expect(win.loadedUrl).toBe('app://hoi-nghi/');
  });

  it('installs the Vietnamese menu, with developer tools only when not packaged', async () => {
    await launch();
    const template = Menu.current!.template;
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    const roles = (label: string) =>
      template
        .find((m) => m.label === label)
        .submenu.map((i: { role?: string }) => i.role)
        .filter(Boolean);
    // Undo and redo are the app's own (the change history, or the focused field's): see electron-menu.test.ts.
    expect(roles('Sửa')).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(roles('Xem')).toContain('toggleDevTools');
    app.quit();
    await vi.waitFor(() => expect(app.exitCodes).toEqual([0]));

    resetFakes();
    app.isPackaged = true;
    await launch();
    expect(Menu.current!.template.find((m) => m.label === 'Xem').submenu.map((i: { role?: string }) => i.role)).not.toContain('toggleDevTools');
  });
});

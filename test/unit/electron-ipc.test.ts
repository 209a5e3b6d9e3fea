import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../db/connection';
import { CALL_NAMES } from '../../shared/contract/names';
import { FakeBrowserWindow, FakeFrame, FakeWebContents, ipcMain, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { registerIpc, FORBIDDEN_SENDER } = await import('../../electron/main/ipc');

let dir: string;
let store: Store;
let win: FakeBrowserWindow;
let log: ReturnType<typeof vi.fn<(message: string, error: unknown) => void>>;

const event = {
  name: 'Hội nghị tổng kết công tác năm 2025',
  kind: 'review',
  startDate: '2026-01-15',
};

const countEvents = () => (store.sqlite.prepare('select count(*) as n from events').get() as { n: number }).n;

beforeEach(async () => {
  resetFakes();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-ipc-'));
  store = await openStore(path.join(dir, 'hoi-nghi.sqlite'));
  win = new FakeBrowserWindow({});
  await win.loadURL('app://hoi-nghi/');
  log = vi.fn<(message: string, error: unknown) => void>();
  registerIpc(() => [win as never], { store, appVersion: '0.1.0-test', log });
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ipc transport', () => {
  it('registers one rpc:<name> handler per contract entry, and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CALL_NAMES.map((n) => `rpc:${n}`).sort());
  });

  it('answers our own page through dispatch, with a real store: create then list', async () => {
    const created = await ipcMain.invoke('rpc:events.create', win, win.webContents.mainFrame, event);
    expect(created).toMatchObject({ ok: true, value: { name: event.name, kind: 'review', startDate: '2026-01-15' } });
    const id = (created as { value: { id: string } }).value.id;

    const listed = await ipcMain.invoke('rpc:events.list', win, win.webContents.mainFrame, {});
    expect(listed).toMatchObject({ ok: true, value: [{ id, name: event.name, delegateCount: 0 }] });
    expect(countEvents()).toBe(1);

    const info = await ipcMain.invoke('rpc:app.info', win, win.webContents.mainFrame, undefined);
    expect(info).toMatchObject({ ok: true, value: { version: '0.1.0-test', dataFile: store.file } });
  });

  it('answers bad input with a VALIDATION envelope, never a thrown error', async () => {
    const answer = await ipcMain.invoke('rpc:events.create', win, win.webContents.mainFrame, { name: '', kind: 'party' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(countEvents()).toBe(0);
  });

  describe('refuses every other sender with FORBIDDEN and changes nothing', () => {
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: FORBIDDEN_SENDER } };

    const senders: Array<[string, () => [FakeWebContents, FakeFrame | null]]> = [
      [
        'our window after navigating to another origin',
        () => {
          win.webContents.mainFrame.url = 'https://evil.example/';
          return [win.webContents, win.webContents.mainFrame];
        },
      ],
      [
        'a page on another app:// host',
        () => {
          win.webContents.mainFrame.url = 'app://other/';
          return [win.webContents, win.webContents.mainFrame];
        },
      ],
      [
        'a file:// page',
        () => {
          win.webContents.mainFrame.url = 'file:///tmp/index.html';
          return [win.webContents, win.webContents.mainFrame];
        },
      ],
      ['a subframe of our page, even one on app://hoi-nghi/', () => [win.webContents, new FakeFrame('app://hoi-nghi/frame.html', win.webContents.mainFrame)]],
      ['a subframe with a foreign URL', () => [win.webContents, new FakeFrame('https://evil.example/', win.webContents.mainFrame)]],
      ['another top frame in our web-contents that is not its main frame', () => [win.webContents, new FakeFrame('app://hoi-nghi/')]],
      [
        'another window showing our page',
        () => {
          const other = new FakeBrowserWindow({});
          other.webContents.mainFrame.url = 'app://hoi-nghi/';
          return [other.webContents, other.webContents.mainFrame];
        },
      ],
      ['a frame already gone (senderFrame null)', () => [win.webContents, null]],
    ];

    for (const [label, make] of senders) {
      it(label, async () => {
        const [contents, frame] = make();
        expect(await ipcMain.invoke('rpc:events.create', contents, frame, event)).toEqual(forbidden);
        expect(await ipcMain.invoke('rpc:events.list', contents, frame, {})).toEqual(forbidden);
        expect(countEvents()).toBe(0);
      });
    }

    it('after the main window is closed', async () => {
      const frame = win.webContents.mainFrame;
      win.close();
      expect(await ipcMain.invoke('rpc:events.create', win.webContents, frame, event)).toEqual(forbidden);
      expect(countEvents()).toBe(0);
    });

    it('when the frame throws on access (disposed mid-call)', async () => {
      const frame = win.webContents.mainFrame;
      Object.defineProperty(frame, 'url', {
        get() {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      });
      expect(await ipcMain.invoke('rpc:events.create', win.webContents, frame, event)).toEqual(forbidden);
      expect(countEvents()).toBe(0);
    });

    it('and the message is bilingual', () => {
      expect(FORBIDDEN_SENDER.vi).toMatch(/từ chối/);
      expect(FORBIDDEN_SENDER.en).toMatch(/refused/i);
    });
  });
});

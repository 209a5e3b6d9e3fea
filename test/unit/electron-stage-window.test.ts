import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeEvent, FakeFrame, ipcMain, screen } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { startApp } = await import('../../electron/main/lifecycle');
const { useAppSession } = await import('./helpers/app-session');
const { stageUrl } = await import('../../electron/main/stage-window');

const appSession = useAppSession('hoi-nghi-stage-', startApp);

/** The app launched, an event made from the main window, and the main window. */
async function withEvent() {
  const main = await appSession.launch();
  const rpc = (name: string, input: unknown, from = main) => ipcMain.invoke(`rpc:${name}`, from, from.webContents.mainFrame, input);
  const made = (await rpc('events.create', { name: 'Tổng kết 2025', kind: 'review', startDate: '2026-01-15' })) as { value: { id: string } };
  return { main, rpc, eventId: made.value.id };
}

describe('the stage view in a second window', () => {
  it('opens on the same page with #live/<event>/screen, with exactly the main window’s locked-down settings', async () => {
    const { main, rpc, eventId } = await withEvent();
    expect(await rpc('live.openWindow', { eventId })).toEqual({ ok: true, value: { opened: true } });
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    const stage = FakeBrowserWindow.instances[1]!;
    expect(stage.loadedUrl).toBe(`app://hoi-nghi/#live/${eventId}/screen`);
    expect(stage.loadedUrl).toBe(stageUrl(eventId));
    expect(stage.options.webPreferences).toEqual(main.options.webPreferences);
    expect(stage.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(stage.visible).toBe(false);
    stage.emit('ready-to-show');
    expect(stage.visible).toBe(true);
  });

  it('is hardened like every page: navigation and window.open denied', async () => {
    const { rpc, eventId } = await withEvent();
    await rpc('live.openWindow', { eventId });
    const contents = FakeBrowserWindow.instances[1]!.webContents;
    const e = new FakeEvent();
    contents.emit('will-navigate', e, 'https://example.com/');
    expect(e.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'app://hoi-nghi/#live/x' })).toEqual({ action: 'deny' });
  });

  it('is answered over IPC like the main window (it reads the live state itself); a subframe of it is not', async () => {
    const { rpc, eventId } = await withEvent();
    await rpc('live.openWindow', { eventId });
    const stage = FakeBrowserWindow.instances[1]!;
    expect(await rpc('live.get', { eventId }, stage)).toMatchObject({ ok: true, value: { eventId, status: 'ready' } });
    const sub = new FakeFrame('app://hoi-nghi/', stage.webContents.mainFrame);
    expect(await ipcMain.invoke('rpc:live.get', stage, sub, { eventId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Once closed, a window's leftovers get nothing.
    stage.close();
    expect(await rpc('live.get', { eventId }, stage)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('is one window: opening again shows the asked event in it and brings it forward', async () => {
    const { rpc, eventId } = await withEvent();
    await rpc('live.openWindow', { eventId });
    const other = ((await rpc('events.create', { name: 'Khác', kind: 'review', startDate: '2026-02-01' })) as { value: { id: string } }).value.id;
    await rpc('live.openWindow', { eventId: other });
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(FakeBrowserWindow.instances[1]!.loadedUrl).toBe(`app://hoi-nghi/#live/${other}/screen`);
    expect(FakeBrowserWindow.instances[1]!.focused).toBe(true);
    expect(await rpc('live.openWindow', { eventId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('fills a second display (the projector) when there is one, and goes with the main window', async () => {
    screen.displays = [
      { id: 1, workArea: { x: 0, y: 0, width: 1366, height: 728 }, bounds: { x: 0, y: 0, width: 1366, height: 768 } },
      { id: 2, workArea: { x: 1366, y: 0, width: 1920, height: 1080 }, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } },
    ];
    const { main, rpc, eventId } = await withEvent();
    await rpc('live.openWindow', { eventId });
    const stage = FakeBrowserWindow.instances[1]!;
    expect(stage.options).toMatchObject({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true });
    main.close();
    expect(stage.destroyed).toBe(true);
  });
});

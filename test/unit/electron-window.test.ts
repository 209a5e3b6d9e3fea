import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, FakeEvent, FakeWebContents, protocol, resetFakes, screen, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { startApp } = await import('../../electron/main/lifecycle');
const { useAppSession } = await import('./helpers/app-session');
const { restoreWindowState, MIN_SIZE, DEFAULT_SIZE } = await import('../../electron/main/window');

const appSession = useAppSession('hoi-nghi-window-', startApp);
const launch = appSession.launch;

describe('before the app is ready', () => {
  it('enables the sandbox for every renderer and registers app:// as a privileged scheme', async () => {
    startApp();
    expect(app.sandboxEnabled).toBe(true);
    // Chromium's own parts (a date field, a file dialog) in Vietnamese: dd/mm/yyyy, not mm/dd/yyyy.
    expect(app.switches.get('lang')).toBe('vi');
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(protocol.registeredBeforeReady).toBe(true);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    app.becomeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  });
});

describe('the main window', () => {
  it('is created with context isolation, the sandbox, no Node, web security and our preload', async () => {
    const win = await launch();
    const prefs = win.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    // No option that would loosen any of that may sneak in.
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    // The preload sits beside the main bundle: dist/electron/main.cjs and dist/electron/preload.cjs.
    expect(path.isAbsolute(prefs.preload)).toBe(true);
    expect(prefs.preload).toBe(path.resolve(__dirname, '../../electron/main/preload.cjs'));
    expect(win.options.show).toBe(false);
  });

  it('loads app://hoi-nghi/ and shows itself once ready', async () => {
    const win = await launch();
    expect(win.loadedUrl).toBe('app://hoi-nghi/');
    expect(protocol.handlers.has('app')).toBe(true);
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });

  it('denies navigation and redirects to anything but our own pages', async () => {
    const contents = (await launch()).webContents;
    const navigate = (event: string, url: string) => {
      const e = new FakeEvent();
      contents.emit(event, e, url);
      return e.defaultPrevented;
    };
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://other/',
      'app://hoi-nghi.evil.com/',
      'javascript:alert(1)',
      'data:text/html,hi',
    ])
      for (const event of ['will-navigate', 'will-redirect']) expect(navigate(event, url), `${event} ${url}`).toBe(true);
    expect(navigate('will-navigate', 'app://hoi-nghi/#/events')).toBe(false);
    expect(navigate('will-redirect', 'app://hoi-nghi/index.html')).toBe(false);

    const frameNav = new FakeEvent();
    contents.emit('will-frame-navigate', Object.assign(frameNav, { url: 'https://example.com/' }));
    expect(frameNav.defaultPrevented).toBe(true);
  });

  it('denies window.open, whatever the target, and refuses <webview>', async () => {
    const contents = (await launch()).webContents;
    expect(contents.windowOpenHandler).toBeTypeOf('function');
    for (const url of ['https://example.com/', 'app://hoi-nghi/print', 'about:blank'])
      expect(contents.windowOpenHandler!({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    const attach = new FakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('hardens web-contents created later too (devtools, anything a bug opens)', async () => {
    await launch();
    const later = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), later);
    expect(later.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const e = new FakeEvent();
    later.emit('will-navigate', e, 'https://example.com/');
    expect(e.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check, and never goes to the network', async () => {
    await launch();
    const ses = session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      ses.permissionRequestHandler!(null, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler!(null, permission, 'app://hoi-nghi', {})).toBe(false);
    }
    expect(ses.devicePermissionHandler!({})).toBe(false);
    expect(ses.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const cb = vi.fn();
    ses.beforeRequest!.listener({ url: 'https://example.com/' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });

  it('remembers its size, place and maximized state in the settings table across launches', async () => {
    const first = await launch();
    first.setBounds({ x: 100, y: 80, width: 1400, height: 900 });
    first.maximize();
    first.close();
    app.quit();
    await vi.waitFor(() => expect(app.exitCodes).toEqual([0]));

    resetFakes();
    const second = await launch();
    expect(second.options).toMatchObject({ x: 100, y: 80, width: 1400, height: 900 });
    expect(second.maximized).toBe(true);
  });
});

describe('restoreWindowState', () => {
  const wide = { x: 0, y: 0, width: 1920, height: 1040 };
  const right = { x: 1920, y: 0, width: 1280, height: 1000 };

  it('keeps a saved place that is on a connected display', () => {
    expect(restoreWindowState({ x: 2000, y: 50, width: 1100, height: 800, maximized: false }, [wide, right], wide)).toEqual({
      x: 2000,
      y: 50,
      width: 1100,
      height: 800,
      maximized: false,
    });
  });

  it('centres on the primary display when the saved display is gone (the projector is unplugged)', () => {
    const s = restoreWindowState({ x: 2000, y: 50, width: 1100, height: 800, maximized: true }, [wide], wide);
    expect(s).toEqual({ x: 410, y: 120, width: 1100, height: 800, maximized: true });
  });

  it('pulls a window hanging off the edge back inside, and shrinks it to fit', () => {
    const s = restoreWindowState({ x: 1800, y: -300, width: 2500, height: 1500 }, [wide], wide);
    expect(s).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
    const small = restoreWindowState({ x: 10, y: 10, width: 200, height: 100 }, [wide], wide);
    expect(small.width).toBe(MIN_SIZE.width);
    expect(small.height).toBe(MIN_SIZE.height);
  });

  it('treats anything malformed as nothing saved', () => {
    for (const bad of [
      undefined,
      null,
      'x',
      42,
      {},
      { x: 'a', y: 0, width: 1, height: 1 },
      { x: NaN, y: 0, width: 900, height: 700 },
      { x: 0, y: 0, width: Infinity, height: 700 },
    ])
      expect(restoreWindowState(bad, [wide], wide)).toEqual({ x: 320, y: 110, ...DEFAULT_SIZE, maximized: false });
  });

  it('uses the displays Electron reports', async () => {
    screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1366, height: 728 }, bounds: { x: 0, y: 0, width: 1366, height: 768 } }];
    const win = await launch();
    expect(win.options).toMatchObject({ x: 43, y: 0, width: 1280, height: 728 });
  });
});

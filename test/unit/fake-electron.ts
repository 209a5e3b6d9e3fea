/**
 * A small stand-in for the `electron` module, for vi.mock('electron', () => import('./fake-electron')).
 * Only what our main process and preload touch, recording what they did so tests can assert it.
 * Electron's real binary cannot run in CI containers; this keeps the glue testable.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

type Fn = (...args: any[]) => any;

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextFrameId = 1;
export class FakeFrame {
  readonly processId = 1;
  readonly routingId = nextFrameId++;
  constructor(
    public url = '',
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeSession {
  permissionRequestHandler: Fn | null = null;
  permissionCheckHandler: Fn | null = null;
  devicePermissionHandler: Fn | null = null;
  beforeRequest: { filter: { urls: string[] }; listener: Fn } | null = null;
  setPermissionRequestHandler(h: Fn | null) {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: Fn | null) {
    this.permissionCheckHandler = h;
  }
  setDevicePermissionHandler(h: Fn | null) {
    this.devicePermissionHandler = h;
  }
  webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: Fn) => {
      this.beforeRequest = { filter, listener };
    },
  };
}

let nextContentsId = 1;
export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  mainFrame = new FakeFrame();
  windowOpenHandler: Fn | null = null;
  session = session.defaultSession;
  destroyed = false;
  setWindowOpenHandler(h: Fn) {
    this.windowOpenHandler = h;
  }
  loadURL(url: string) {
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** What the page answers to a script (the Edit menu asks where the focus is). */
  scriptAnswer: unknown = 'app';
  scripts: string[] = [];
  edits: string[] = [];
  executeJavaScript(code: string) {
    this.scripts.push(code);
    return Promise.resolve(this.scriptAnswer);
  }
  undo() {
    this.edits.push('undo');
  }
  redo() {
    this.edits.push('redo');
  }
  /** What the page would print: recorded with its options, answered with a tiny PDF. */
  pdfRequests: Record<string, unknown>[] = [];
  pdfBytes = Buffer.from('%PDF-1.7\n%fake\n');
  printToPDF(options: Record<string, unknown>) {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.pdfRequests.push(options);
    return Promise.resolve(this.pdfBytes);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;
  constructor(public options: Record<string, any> = {}) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.instances.push(this);
    // Electron announces every new web-contents on the app, which is where we harden them.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return this.webContents.loadURL(url);
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(b: Partial<FakeBrowserWindow['bounds']>) {
    this.bounds = { ...this.bounds, ...b };
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    const e = new FakeEvent();
    this.emit('close', e);
    if (e.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  sandboxEnabled = false;
  readyCalled = false;
  singleInstance = true;
  quitCalls = 0;
  exitCodes: number[] = [];
  willQuitEvents: FakeEvent[] = [];
  userData = path.join(os.tmpdir(), 'hoi-nghi-fake-userdata');
  private resolveReady!: () => void;
  private readyPromise = new Promise<void>((r) => (this.resolveReady = r));
  /** Chromium's switches, as set before ready (after it they would do nothing). */
  switches = new Map<string, string>();
  commandLine = {
    appendSwitch: (name: string, value = '') => {
      if (this.readyCalled) throw new Error(`the ${name} switch must be set before the app is ready`);
      this.switches.set(name, value);
    },
  };
  enableSandbox() {
    if (this.readyCalled) throw new Error('enableSandbox must be called before the app is ready');
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock() {
    return this.singleInstance;
  }
  getVersion() {
    return '0.1.0-test';
  }
  getPath(name: string) {
    return name === 'userData' ? this.userData : path.join(os.tmpdir(), `hoi-nghi-fake-${name}`);
  }
  whenReady() {
    return this.readyPromise;
  }
  isReady() {
    return this.readyCalled;
  }
  /** Test helper: what Electron does once Chromium is up. */
  becomeReady() {
    this.readyCalled = true;
    this.resolveReady();
    this.emit('ready');
  }
  quit() {
    this.quitCalls++;
    const e = new FakeEvent();
    this.emit('before-quit', e);
    if (e.defaultPrevented) return;
    const wq = new FakeEvent();
    this.willQuitEvents.push(wq);
    this.emit('will-quit', wq);
  }
  exit(code = 0) {
    this.exitCodes.push(code);
  }
  reset() {
    this.removeAllListeners();
    this.isPackaged = false;
    this.sandboxEnabled = false;
    this.switches.clear();
    this.readyCalled = false;
    this.singleInstance = true;
    this.quitCalls = 0;
    this.exitCodes = [];
    this.willQuitEvents = [];
    this.readyPromise = new Promise<void>((r) => (this.resolveReady = r));
  }
}

export const app = new FakeApp();

export const session = { defaultSession: new FakeSession() };

export const protocol = {
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  registeredBeforeReady: true,
  handlers: new Map<string, (request: { url: string; method?: string }) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) {
    if (app.readyCalled) this.registeredBeforeReady = false;
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: { url: string; method?: string }) => Response | Promise<Response>) {
    if (this.handlers.has(scheme)) throw new Error(`a handler for ${scheme} is already registered`);
    this.handlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handlers: new Map<string, Fn>(),
  handle(channel: string, fn: Fn) {
    // Electron throws on a second handler for one channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, fn);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  /** Test helper: what ipcRenderer.invoke(channel, input) from `sender`/`frame` would do. */
  async invoke(channel: string, sender: { webContents?: FakeWebContents } | FakeWebContents, frame: FakeFrame | null, input?: unknown) {
    const fn = this.handlers.get(channel);
    if (!fn) throw new Error(`No handler registered for '${channel}'`);
    const contents = sender instanceof FakeWebContents ? sender : sender.webContents;
    // Structured clone, like the real channel: nothing but data crosses.
    return structuredClone(await fn({ sender: contents, senderFrame: frame, processId: 1, frameId: frame?.routingId ?? -1 }, input));
  },
};

export const Menu = {
  current: null as null | { template: any[] },
  buildFromTemplate(template: any[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: any[] } | null) {
    this.current = menu;
  },
};

export const dialog = {
  errorBoxes: [] as Array<{ title: string; content: string }>,
  messageBoxes: [] as any[],
  saveDialogAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath?: string },
  /** The options of each save dialog shown (the last argument: the window comes first when there is one). */
  saveDialogs: [] as any[],
  showErrorBox(title: string, content: string) {
    this.errorBoxes.push({ title, content });
  },
  async showMessageBox(...args: any[]) {
    this.messageBoxes.push(args[args.length - 1]);
    return { response: 0, checkboxChecked: false };
  },
  async showSaveDialog(...args: any[]) {
    this.saveDialogs.push(args[args.length - 1]);
    return this.saveDialogAnswer;
  },
};

export const shell = {
  opened: [] as string[],
  async openPath(p: string) {
    this.opened.push(p);
    return '';
  },
  async openExternal(url: string) {
    throw new Error(`openExternal is not used by the app (asked for ${url})`);
  },
};

export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0]!;
  },
};

export const contextBridge = {
  exposed: [] as Array<{ key: string; api: unknown }>,
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.push({ key, api });
  },
};

export const ipcRenderer = {
  calls: [] as unknown[][],
  invoke(...args: unknown[]) {
    this.calls.push(args);
    return Promise.resolve({ ok: true, value: args[0] });
  },
};

/** Puts every fake back to its first state (call in beforeEach). */
export function resetFakes(): void {
  app.reset();
  session.defaultSession = new FakeSession();
  protocol.privileged = [];
  protocol.registeredBeforeReady = true;
  protocol.handlers.clear();
  ipcMain.handlers.clear();
  Menu.current = null;
  dialog.errorBoxes = [];
  dialog.messageBoxes = [];
  dialog.saveDialogAnswer = { canceled: true, filePath: '' };
  dialog.saveDialogs = [];
  shell.opened = [];
  contextBridge.exposed = [];
  ipcRenderer.calls = [];
  FakeBrowserWindow.instances = [];
  screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
}

export const BrowserWindow = FakeBrowserWindow;
export default {
  app,
  session,
  protocol,
  ipcMain,
  Menu,
  dialog,
  shell,
  screen,
  contextBridge,
  ipcRenderer,
  BrowserWindow,
};

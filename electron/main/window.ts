import * as electron from 'electron';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { readSetting, writeSetting } from '../../db/settings';
import { APP_URL } from './protocol';

// Bound to plain local names on purpose: electronegativity's window checks (contextIsolation,
// sandbox, nodeIntegration, webSecurity...) only recognise `new BrowserWindow(...)`, and with a named
// import esbuild emits `new import_electron.BrowserWindow(...)`, which they silently skip.
// test/unit/electronegativity.test.ts fails if the compiled main stops showing them our window.
const { BrowserWindow, screen } = electron;
type Rectangle = electron.Rectangle;

const WINDOW_BOUNDS_KEY = 'windowBounds';
export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 960, height: 600 };

export interface WindowState extends Rectangle {
  maximized: boolean;
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 1e6;

const overlap = (a: Rectangle, b: Rectangle): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const centred = (area: Rectangle, width: number, height: number): Rectangle => {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: Math.round(area.x + (area.width - w) / 2), y: Math.round(area.y + (area.height - h) / 2), width: w, height: h };
};

/**
 * Where the window opens: the saved place if it is still on a connected display (the projector
 * laptop of yesterday may be gone), moved and shrunk to fit that display; otherwise centred on
 * the primary display. Anything malformed in the saved value counts as nothing saved.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[], primary: Rectangle): WindowState {
  const s = (saved ?? {}) as Partial<Record<keyof WindowState, unknown>>;
  const maximized = s.maximized === true;
  if (!isInt(s.x) || !isInt(s.y) || !isInt(s.width) || !isInt(s.height)) return { ...centred(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized };
  const want: Rectangle = { x: Math.round(s.x), y: Math.round(s.y), width: Math.round(s.width), height: Math.round(s.height) };
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(want, area);
    if (o > bestOverlap) [best, bestOverlap] = [area, o];
  }
  // Less than a title bar's worth on screen is as good as lost.
  if (!best || bestOverlap < 100 * 40) return { ...centred(primary, Math.max(want.width, MIN_SIZE.width), Math.max(want.height, MIN_SIZE.height)), maximized };
  const width = Math.min(Math.max(want.width, MIN_SIZE.width), best.width);
  const height = Math.min(Math.max(want.height, MIN_SIZE.height), best.height);
  const x = Math.min(Math.max(want.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(want.y, best.y), best.y + best.height - height);
  return { x, y, width, height, maximized };
}

export interface MainWindow {
  window: electron.BrowserWindow;
  /** Resolves once the size and place captured at close are written to the settings table. */
  stateSaved(): Promise<void>;
}

/** The one window. Its page is app://hoi-nghi/; its renderer has no Node and is sandboxed. */
export async function createMainWindow(options: { db: Kysely<DB>; preload: string; log?: (message: string, error: unknown) => void }): Promise<MainWindow> {
  const { db, preload, log = console.error } = options;
  let saved: unknown;
  try {
    saved = await readSetting(db, WINDOW_BOUNDS_KEY);
  } catch (e) {
    log('could not read the window state', e);
  }
  const state = restoreWindowState(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Hội Nghị',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click would open links in new windows; they are denied anyway, this stops the attempt.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let pending: Promise<void> = Promise.resolve();
  win.on('close', () => {
    const value: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    pending = writeSetting(db, WINDOW_BOUNDS_KEY, value).catch((e: unknown) => log('could not save the window state', e));
  });

  win.loadURL(APP_URL).catch((e: unknown) => log('could not load the app page', e));
  return { window: win, stateSaved: () => pending };
}

// The Electron main process entry (bundled to dist/electron/main.cjs). Everything lives in small
// files beside it: lifecycle, window, protocol, ipc, security, menu.
import { startApp } from './lifecycle';

startApp();

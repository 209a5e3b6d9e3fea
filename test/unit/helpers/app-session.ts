import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { app, FakeBrowserWindow, resetFakes } from '../fake-electron';

/**
 * One app session per test against the fake electron module: a fresh data folder, fresh fakes, and
 * at the end a quit like the user's, so the store is closed before its folder goes.
 * `startApp` is passed in because the caller imports it after mocking 'electron'.
 */
export function useAppSession(prefix: string, startApp: () => void) {
  let dataDir = '';
  beforeEach(() => {
    resetFakes();
    // The hardening and the lifecycle log every refusal; the tests assert the refusals themselves.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    process.env.HOI_NGHI_DATA_DIR = dataDir;
  });
  afterEach(async () => {
    if (app.exitCodes.length === 0 && app.listenerCount('will-quit') > 0) {
      app.quit();
      await vi.waitFor(() => expect(app.exitCodes).toHaveLength(1));
    }
    vi.restoreAllMocks();
    delete process.env.HOI_NGHI_DATA_DIR;
    delete process.env.HOI_NGHI_NATIVE_BINDING;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    dataDir: () => dataDir,
    async launch(): Promise<FakeBrowserWindow> {
      startApp();
      app.becomeReady();
      await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
      return FakeBrowserWindow.instances[0]!;
    },
  };
}

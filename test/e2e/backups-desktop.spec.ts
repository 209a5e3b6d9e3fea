import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../db/connection';
import { startPreviewServer } from '../../electron/preview/server';
import { seedPeople } from './seed';

const RENDERER_DIR = path.resolve(__dirname, '../../dist/renderer');

/**
 * The Backups screen as the desktop app shows it: a `window.api` (what the preload gives) over the
 * preview's real handlers, and a desktop whose save dialog answers a folder of the test's.
 */
base('backs up to a place the organizer picks and opens the backups folder, as in the desktop app', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-e2e-desktop-'));
  const store = await openStore(path.join(dataDir, 'hoi-nghi.sqlite'));
  const usb = path.join(dataDir, 'USB', 'hoi-nghi-ban-sao');
  const opened: string[] = [];
  const server = await startPreviewServer({
    store,
    appVersion: 'test',
    rendererDir: RENDERER_DIR,
    desktop: {
      chooseBackupPath: async () => usb,
      openFolder: async (dir) => void opened.push(dir),
      savePdf: async () => null,
      savePdfData: async () => null,
      openLiveWindow: async () => {},
    },
  });
  try {
    await seedPeople(store.db, [{ fullName: 'Nguyễn Văn An', title: 'Thứ trưởng', organization: 'Bộ Tài chính' }]);
    await page.addInitScript(() => {
      const call = async (name: string, input: unknown) => {
        const token = document.querySelector<HTMLMetaElement>('meta[name="hoi-nghi-token"]')?.content ?? '';
        const res = await fetch(`rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-hoi-nghi-token': token },
          body: JSON.stringify(input ?? {}),
        });
        return res.json();
      };
      (window as unknown as { api: unknown }).api = new Proxy({}, { get: (_t, name) => (input: unknown) => call(String(name), input) });
    });
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(server.url);
    await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
    await page.getByTestId('nav-backups').click();

    await page.getByTestId('backups-elsewhere').click();
    await expect(page.getByTestId('toast-success').last()).toHaveText(`Đã sao lưu vào ${usb}.sqlite`);
    expect(fs.existsSync(`${usb}.sqlite`)).toBe(true);
    await page.getByTestId('backups-open-folder').click();
    await expect.poll(() => opened).toEqual([store.backupDir]);
  } finally {
    await server.close();
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../db/connection';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';

export interface PreviewApp {
  url: string;
  store: Store;
  server: PreviewServer;
  dataDir: string;
  /** Opens the app in the page and waits for the shell to be ready. */
  open(page: Page): Promise<void>;
}

const RENDERER_DIR = path.resolve(__dirname, '../../dist/renderer');

/**
 * Each test gets its own data folder and its own preview server (the real handlers over
 * loopback) serving the built renderer, exactly what `npm run preview` runs.
 */
export const test = base.extend<{ app: PreviewApp }>({
  app: async ({}, use) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` before the end-to-end tests.');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-e2e-'));
    const store = await openStore(path.join(dataDir, 'hoi-nghi.sqlite'));
    const server = await startPreviewServer({ store, appVersion: 'test', rendererDir: RENDERER_DIR });
    await use({
      url: server.url,
      store,
      server,
      dataDir,
      async open(page) {
        await page.goto(server.url);
        await expect(page.locator('[data-app-ready="true"]')).toBeVisible();
      },
    });
    await server.close();
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

import path from 'node:path';
import { openStore } from '../../db/connection';
import { DomainError } from '../../shared/result';
import { DATA_FILE_NAME, dataDirFromEnv, defaultPreviewDir } from '../main/paths';
import { openInChromium } from './browser';
import { startPreviewServer } from './server';

declare const __APP_VERSION__: string;

/** `npm run preview`: the real handlers and the built renderer on 127.0.0.1, in Chromium if present. */
async function main(): Promise<void> {
  const dir = dataDirFromEnv(defaultPreviewDir());
  const store = await openStore(path.join(dir, DATA_FILE_NAME));
  const server = await startPreviewServer({
    store,
    appVersion: __APP_VERSION__,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: Number(process.env.PORT ?? 0),
    log: (m, e) => console.error(m, e),
  });
  console.log(`Hội Nghị preview: ${server.url}`);
  console.log(`Data: ${store.file}`);
  const wantBrowser = !process.env.CI && process.env.HOI_NGHI_NO_BROWSER !== '1';
  if (wantBrowser && !openInChromium(server.url, path.join(dir, 'chromium-profile')))
    console.log('No Chromium found: open the address above in a Chromium-based browser, or set CHROMIUM_PATH.');
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error(e instanceof DomainError ? `${e.msg.vi}\n${e.msg.en}` : e);
  process.exit(1);
});

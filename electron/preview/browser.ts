import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Chromium from $CHROMIUM_PATH, then the usual install places; null when there is none. */
function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ];
  return candidates.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

export function openInChromium(url: string, profileDir: string): boolean {
  const exe = findChromium();
  if (!exe) return false;
  const child = spawn(
    exe,
    [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => undefined);
  child.unref();
  return true;
}

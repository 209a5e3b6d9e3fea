import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Chromium from $CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own download.
 * With none of them, one line says how to get one.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return { executablePath: found, args: FLAGS };
  console.warn('No Chromium found: install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.');
  return { args: FLAGS };
}

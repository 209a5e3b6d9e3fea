import os from 'node:os';
import path from 'node:path';

export const DATA_FILE_NAME = 'hoi-nghi.sqlite';

/** HOI_NGHI_DATA_DIR overrides the data folder (tests, a second copy on one laptop). */
export function dataDirFromEnv(fallback: string): string {
  const fromEnv = process.env.HOI_NGHI_DATA_DIR;
  return fromEnv && fromEnv.trim() ? path.resolve(fromEnv) : fallback;
}

/** The preview's own folder, so a developer's preview never shares a file with the installed app. */
export function defaultPreviewDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'hoi-nghi-preview');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'hoi-nghi-preview');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'hoi-nghi-preview');
}

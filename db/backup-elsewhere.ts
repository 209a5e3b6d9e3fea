import type BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../shared/result';
import { backupFileName, checkCopy, removeTemp, tempNameFor } from './backup';

const SIDE_FILES = ['', '-wal', '-shm', '-journal', '.open'];

/** The path as the disk knows it: links followed in its folder, the name in one Unicode form. */
function realPath(p: string): string {
  const dir = path.dirname(path.resolve(p));
  let real = dir;
  try {
    real = fs.realpathSync.native(dir);
  } catch {
    // A folder not made yet cannot be the live file's.
  }
  return path.join(real, path.basename(p)).normalize('NFC');
}

const fileId = (p: string) => {
  try {
    const st = fs.statSync(p);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
};

/**
 * True if writing `dest` would replace the live database or one of its side files, by any route:
 * the same path, a linked folder, another spelling of the same name, or a hard link to it.
 */
export function isLiveFile(dest: string, liveFile: string): boolean {
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  const fold = (p: string) => (caseless ? p.toLowerCase() : p);
  const d = fold(realPath(dest));
  if (SIDE_FILES.some((suffix) => d === fold(realPath(liveFile + suffix)))) return true;
  const target = fileId(dest);
  return target !== null && SIDE_FILES.some((suffix) => fileId(liveFile + suffix) === target);
}

const failed = (e: unknown) =>
  new DomainError(
    'INTERNAL',
    {
      vi: 'Không sao lưu được. Tệp dữ liệu không bị thay đổi; hãy kiểm tra chỗ trống và quyền ghi của thư mục đã chọn.',
      en: 'The backup failed. The data file was not changed; check the free space and write permission of the chosen folder.',
    },
    { reason: e instanceof Error ? e.message : String(e) },
  );

/**
 * A backup to a place the organizer chose (a USB stick). The online copy is made into the backups
 * folder while `hold` has the connection (no write half done, and no long hold: a stick is slow);
 * it is checked and copied to the stick after, under a temporary name, then renamed into place.
 * Never over the data file in use; `.sqlite` is added to a name without it, and then an existing
 * file of that name is not overwritten (the dialog only asked about the name as typed).
 */
export async function backupElsewhere(
  store: { file: string; sqlite: BetterSqlite3.Database; backupDir: string; nativeBinding: string | undefined },
  chosen: string,
  hold: <T>(run: () => Promise<T>) => Promise<T>,
): Promise<string> {
  const added = !/\.sqlite$/i.test(chosen);
  const dest = added ? `${chosen}.sqlite` : chosen;
  if (isLiveFile(chosen, store.file) || isLiveFile(dest, store.file))
    throw new DomainError('CONFLICT', {
      vi: 'Không thể sao lưu đè lên chính tệp dữ liệu đang dùng. Hãy chọn một tên hoặc thư mục khác (ví dụ: USB).',
      en: 'A backup cannot overwrite the data file in use. Choose another name or folder (a USB stick, for example).',
    });
  if (added && fs.existsSync(dest))
    throw new DomainError('CONFLICT', {
      vi: `Đã có tệp “${path.basename(dest)}” ở nơi đã chọn. Hãy chọn một tên khác.`,
      en: `There is already a file “${path.basename(dest)}” there. Choose another name.`,
    });
  const local = tempNameFor(path.join(store.backupDir, backupFileName('manual')));
  const remote = tempNameFor(dest);
  try {
    fs.mkdirSync(store.backupDir, { recursive: true });
    await hold(() => store.sqlite.backup(local));
    checkCopy(local, store.nativeBinding);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(local, remote);
    fs.renameSync(remote, dest);
    return dest;
  } catch (e) {
    throw e instanceof DomainError ? e : failed(e);
  } finally {
    removeTemp(local);
    removeTemp(remote);
  }
}

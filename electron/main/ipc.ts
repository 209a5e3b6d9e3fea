import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES } from '../../shared/contract/names';
import { fail, type Result } from '../../shared/result';
import { dispatch, type DispatchContext } from './dispatch';
import { isAppUrl } from './protocol';

export const FORBIDDEN_SENDER = {
  vi: 'Yêu cầu bị từ chối: chỉ các cửa sổ của Hội Nghị được phép truy cập dữ liệu.',
  en: 'Request refused: only the Hội Nghị windows may access the data.',
};

/**
 * True only for the main frame of one of our windows (the main window, the stage view), showing
 * our own page. A subframe, another window, or ours after it somehow left app://hoi-nghi/ gets nothing.
 */
function isTrustedSender(event: IpcMainInvokeEvent, windows: readonly (BrowserWindow | null)[]): boolean {
  const win = windows.find((w) => w && !w.isDestroyed() && event.sender === w.webContents);
  return win ? isOwnPage(event, win) : false;
}

function isOwnPage(event: IpcMainInvokeEvent, win: BrowserWindow): boolean {
  try {
    const contents = win.webContents;
    const frame = event.senderFrame;
    if (event.sender !== contents || !frame || frame.parent !== null) return false;
    const main = contents.mainFrame;
    if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return false;
    return isAppUrl(frame.url);
  } catch {
    // A frame disposed mid-call throws on access: it is not trusted either.
    return false;
  }
}

/**
 * One ipcMain.handle('rpc:<name>') per contract entry, each answering through dispatch().
 * A handler never throws across IPC: every outcome is an envelope.
 */
export function registerIpc(getWindows: () => readonly (BrowserWindow | null)[], ctx: DispatchContext): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(`rpc:${name}`, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, getWindows())) {
        ctx.log?.(`refused rpc:${name} from a frame that is not the main window's own page`, null);
        return fail('FORBIDDEN', FORBIDDEN_SENDER);
      }
      try {
        return await dispatch(name, input, ctx);
      } catch (e) {
        ctx.log?.(`rpc:${name} failed`, e);
        return fail('INTERNAL', {
          vi: 'Đã xảy ra lỗi không mong muốn. Không có gì bị thay đổi; hãy thử lại.',
          en: 'Something unexpected went wrong. Nothing was changed; please try again.',
        });
      }
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(`rpc:${name}`);
  };
}

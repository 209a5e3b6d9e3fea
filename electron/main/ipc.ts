import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES } from '../../shared/contract/names';
import { fail, type Result } from '../../shared/result';
import { dispatch, type DispatchContext } from './dispatch';
import { isAppUrl } from './protocol';

export const FORBIDDEN_SENDER = {
  vi: 'Yêu cầu bị từ chối: chỉ cửa sổ chính của Hội Nghị được phép truy cập dữ liệu.',
  en: 'Request refused: only the main Hội Nghị window may access the data.',
};

/**
 * True only for the main frame of our one window, showing our own page. A subframe, another
 * window, or our window after it somehow left app://hoi-nghi/ gets nothing.
 */
function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  try {
    if (!win || win.isDestroyed()) return false;
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
export function registerIpc(getWindow: () => BrowserWindow | null, ctx: DispatchContext): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(`rpc:${name}`, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, getWindow())) {
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

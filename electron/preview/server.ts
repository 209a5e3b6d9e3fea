import { randomBytes, timingSafeEqual } from 'node:crypto';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract/import';
import { MAX_EVENT_FILE_BYTES } from '../../shared/event-file/format';
import { fail } from '../../shared/result';
import { dispatch, type DispatchContext } from '../main/dispatch';
import { serve } from '../main/http-serve';

export const TOKEN_HEADER = 'x-hoi-nghi-token';
// The preview takes whole files as base64 in JSON: the largest the contract accepts is an event file.
const MAX_BODY = Math.max(MAX_EVENT_FILE_BYTES, MAX_IMPORT_FILE_BYTES) * (4 / 3) + 1024 * 1024;

export interface PreviewServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface PreviewOptions extends DispatchContext {
  rendererDir: string;
  port?: number;
}

/**
 * Serves the built renderer and answers POST /rpc/<name> through the same dispatch as Electron's
 * IPC. Only on 127.0.0.1, only with this launch's token, only with our own Host header, so no
 * other local page or process can drive it.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = randomBytes(32).toString('hex');
  const tokenBuf = Buffer.from(token);
  const served = await serve({
    bind: '127.0.0.1',
    port: options.port,
    rendererDir: options.rendererDir,
    maxBody: MAX_BODY,
    requestTimeoutMs: 60_000,
    idleTimeoutMs: 3_000,
    alsoHosts: (port) => [`localhost:${port}`],
    // The page learns its token from the document it was served; other origins cannot read it.
    page: (html) => html.replace('</head>', `<meta name="hoi-nghi-token" content="${token}"></head>`),
    authorize(path, headers) {
      if (!path.startsWith('/rpc/')) return { status: 404, result: fail('UNKNOWN_CALL', { vi: 'Không có địa chỉ này.', en: 'No such address.' }) };
      const given = Buffer.from(String(headers[TOKEN_HEADER] ?? ''));
      if (given.length !== tokenBuf.length || !timingSafeEqual(given, tokenBuf))
        return { status: 403, result: fail('FORBIDDEN', { vi: 'Thiếu hoặc sai mã phiên.', en: 'Missing or wrong session token.' }) };
      return null;
    },
    post: async (path, input) => ({ status: 200, result: await dispatch(path.slice(5), input, options) }),
    log: options.log,
  });
  return { url: served.url, port: served.port, token, close: served.close };
}

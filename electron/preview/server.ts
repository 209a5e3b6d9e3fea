import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../../shared/result';
import { CONTENT_SECURITY_POLICY } from '../main/csp';
import { dispatch, type DispatchContext } from '../main/dispatch';
import { resolveStatic } from '../main/static-files';

export const TOKEN_HEADER = 'x-hoi-nghi-token';
const MAX_BODY = 64 * 1024 * 1024;

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
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string | Buffer, type: string) => {
      res.writeHead(status, {
        'content-type': type,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      res.end(body);
    };
    const sendResult = (status: number, result: Result<unknown>) => send(status, JSON.stringify(result), 'application/json; charset=utf-8');

    if (!allowedHosts.has(req.headers.host ?? '')) {
      sendResult(421, fail('FORBIDDEN', { vi: 'Địa chỉ máy chủ không hợp lệ.', en: 'Unexpected Host header.' }));
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/rpc/')) {
      if (req.method !== 'POST') {
        sendResult(405, fail('FORBIDDEN', { vi: 'Chỉ chấp nhận POST.', en: 'Only POST is accepted.' }));
        return;
      }
      const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
      if (given.length !== tokenBuf.length || !timingSafeEqual(given, tokenBuf)) {
        sendResult(403, fail('FORBIDDEN', { vi: 'Thiếu hoặc sai mã phiên.', en: 'Missing or wrong session token.' }));
        return;
      }
      readBody(req, MAX_BODY)
        .then(async (body) => {
          if (body === null) {
            sendResult(413, fail('TOO_LARGE', { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' }));
            return;
          }
          let input: unknown;
          try {
            input = body.length ? JSON.parse(body.toString('utf8')) : {};
          } catch {
            sendResult(400, fail('VALIDATION', { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' }));
            return;
          }
          sendResult(200, await dispatch(decodeURIComponent(url.slice(5)), input, options));
        })
        .catch((e: unknown) => {
          options.log?.('preview rpc failed', e);
          if (!res.headersSent) sendResult(500, fail('INTERNAL', { vi: 'Lỗi máy chủ xem trước.', en: 'Preview server error.' }));
        });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    const hit = resolveStatic(options.rendererDir, url);
    if (!hit) {
      send(404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    let body = fs.readFileSync(hit.file);
    if (hit.file.endsWith('index.html')) {
      // The page learns its token from the document it was served; other origins cannot read it.
      body = Buffer.from(body.toString('utf8').replace('</head>', `<meta name="hoi-nghi-token" content="${token}"></head>`));
    }
    send(200, body, hit.type);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fail, type Result } from '../../shared/result';
import { CONTENT_SECURITY_POLICY } from './csp';
import { resolveStatic } from './static-files';

/** What a POST route answers: an HTTP status and the envelope. */
export interface Answer {
  status: number;
  result: Result<unknown>;
}

export interface ServeOptions {
  /** The one interface listened on (never all of them). */
  bind: string;
  port?: number;
  rendererDir: string;
  /** A body longer than this is refused with 413 as soon as it is passed, never buffered whole. */
  maxBody: number;
  /** Receiving a whole request (headers and body) may take this long. */
  requestTimeoutMs: number;
  /** A connection that sends nothing (before its request, or between two) is closed after this. */
  idleTimeoutMs: number;
  /** Extra Host values besides `<bind>:<port>` (the preview also answers to localhost). */
  alsoHosts?: (port: number) => string[];
  /** Adds what the page must know (its token, its mode) to index.html. */
  page(html: string): string;
  /** Refuses a POST before its body is read (a missing token): null lets it through. */
  authorize(path: string, headers: http.IncomingHttpHeaders): Answer | null;
  /** Answers a POST whose body is valid JSON. */
  /** `from`: the address the request came from (the desks' pairing counts wrong codes per device). */
  post(path: string, input: unknown, headers: http.IncomingHttpHeaders, from: string): Promise<Answer>;
  log?: (message: string, error: unknown) => void;
}

export interface Served {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const refusal = (status: number, code: 'FORBIDDEN' | 'VALIDATION' | 'TOO_LARGE', vi: string, en: string): Answer => ({
  status,
  result: fail(code, { vi, en }),
});

const TOO_LARGE = (limit: number): Answer =>
  refusal(
    413,
    'TOO_LARGE',
    `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1024)} KB).`,
    `The request is too large (at most ${Math.round(limit / 1024)} KB).`,
  );

/**
 * The request handling the preview and the LAN desks' servers share, written once: the Host and
 * Origin checks (against DNS rebinding and other pages of the browser), a malformed path answered
 * 400, bodies cut off at their limit, silent sockets closed, the built renderer with the strict CSP.
 */
export async function serve(o: ServeOptions): Promise<Served> {
  let hosts = new Set<string>();
  let origins = new Set<string>();

  const server = http.createServer(
    {
      requestTimeout: o.requestTimeoutMs,
      headersTimeout: Math.min(o.requestTimeoutMs, o.idleTimeoutMs * 2),
      keepAliveTimeout: o.idleTimeoutMs,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.max(250, Math.floor(o.idleTimeoutMs / 4)),
    },
    (req, res) => {
      // While a request is being answered the socket is busy, not idle (a long import may run).
      req.socket.setTimeout(0);
      res.on('finish', () => req.socket.setTimeout(o.idleTimeoutMs));
      const send = (status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) => {
        if (res.headersSent) return;
        res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...SECURITY_HEADERS, ...extra });
        res.end(body);
      };
      const answer = (a: Answer, extra?: Record<string, string>) => send(a.status, JSON.stringify(a.result), 'application/json; charset=utf-8', extra);
      try {
        handle(req, res, send, answer);
      } catch (e) {
        o.log?.('http request failed', e);
        answer({ status: 500, result: fail('INTERNAL', { vi: 'Lỗi máy chủ.', en: 'Server error.' }) });
      }
    },
  );
  server.on('connection', (socket: Socket) => {
    socket.setTimeout(o.idleTimeoutMs);
    socket.on('timeout', () => socket.destroy());
  });
  server.on('clientError', (_e, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  function handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    send: (status: number, body: string | Buffer, type: string) => void,
    answer: (a: Answer, extra?: Record<string, string>) => void,
  ) {
    if (!hosts.has(req.headers.host ?? '')) {
      answer(refusal(421, 'FORBIDDEN', 'Địa chỉ máy chủ không hợp lệ.', 'Unexpected Host header.'));
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      answer(refusal(403, 'FORBIDDEN', 'Yêu cầu từ một trang khác bị từ chối.', 'A request from another origin is refused.'));
      return;
    }
    const raw = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      answer(refusal(400, 'VALIDATION', 'Đường dẫn không hợp lệ.', 'The request path is malformed.'));
      return;
    }
    if (req.method === 'POST') {
      const refused = o.authorize(path, req.headers);
      if (refused) {
        answer(refused);
        return;
      }
      readBody(req, o.maxBody).then(
        async (body) => {
          if (body === null) {
            // Said at once and the connection dropped: the rest of the body is never read.
            answer(TOO_LARGE(o.maxBody), { connection: 'close' });
            res.on('finish', () => req.socket.destroy());
            return;
          }
          let input: unknown;
          try {
            input = body.length ? JSON.parse(body.toString('utf8')) : {};
          } catch {
            answer(refusal(400, 'VALIDATION', 'Dữ liệu gửi lên không phải JSON hợp lệ.', 'The request body is not valid JSON.'));
            return;
          }
          try {
            answer(await o.post(path, input, req.headers, req.socket.remoteAddress ?? ''));
          } catch (e) {
            o.log?.('rpc failed', e);
            answer({ status: 500, result: fail('INTERNAL', { vi: 'Lỗi máy chủ.', en: 'Server error.' }) });
          }
        },
        () => req.socket.destroy(),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'Method not allowed', 'text/plain; charset=utf-8');
      return;
    }
    if (path.startsWith('/rpc/') || path.startsWith('/desk/')) {
      answer(refusal(405, 'FORBIDDEN', 'Chỉ chấp nhận POST.', 'Only POST is accepted.'));
      return;
    }
    const hit = resolveStatic(o.rendererDir, raw);
    if (!hit) {
      send(404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    let body = fs.readFileSync(hit.file);
    if (hit.file.endsWith('index.html')) body = Buffer.from(o.page(body.toString('utf8')));
    send(200, body, hit.type);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.bind, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = `${o.bind}:${port}`;
  hosts = new Set([host, ...(o.alsoHosts?.(port) ?? [])]);
  origins = new Set([...hosts].map((h) => `http://${h}`));
  return {
    url: `http://${host}/`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The body, or null as soon as it passes the limit (a declared length over it is refused before a byte is read). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.pause();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) {
        chunks.push(c);
        return;
      }
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

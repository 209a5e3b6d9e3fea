import http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body as JSON (the envelope), or undefined when it is not JSON. */
  json: any;
}

/** Raw HTTP so the Host and Origin headers can be forged (fetch does not allow it). */
export function request(
  port: number,
  /** `from`: the local address to send from (127.0.0.2… on loopback: another device, as the host sees it). */
  opts: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: unknown; from?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      // A fresh connection each time: a kept-alive one may be to a server a test has just closed.
      {
        host: '127.0.0.1',
        port,
        agent: false,
        ...(opts.from ? { localAddress: opts.from } : {}),
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
    req.end();
  });
}

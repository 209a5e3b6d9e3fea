import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer, TOKEN_HEADER, type PreviewServer } from '../../electron/preview/server';
import { tempDir, testStore } from './helpers/store';

let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const t = await testStore();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><title>x</title></head><body></body></html>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  server = await startPreviewServer({ store: t.store, appVersion: 'test', rendererDir });
  return { t, server };
}

/** Raw HTTP so the Host header can be forged (fetch does not allow it). */
function request(port: number, opts: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('preview server', () => {
  it('serves the page with the CSP and its per-launch token, on loopback only', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await request(server.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body).toContain(`<meta name="hoi-nghi-token" content="${server.token}">`);
  });

  it('answers calls with the token through the real dispatch', async () => {
    const { server } = await start();
    const body = JSON.stringify({ name: 'Đại hội', kind: 'congress', startDate: '2027-03-01' });
    const res = await request(server.port, {
      method: 'POST',
      path: '/rpc/events.create',
      headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
      body,
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Đại hội' } });
  });

  it('refuses calls without the token, with a forged Host, or as GET, and runs nothing', async () => {
    const { t, server } = await start();
    const body = JSON.stringify({ name: 'X', kind: 'other', startDate: '2027-03-01' });
    const noToken = await request(server.port, { method: 'POST', path: '/rpc/events.create', body });
    expect(noToken.status).toBe(403);
    const wrongToken = await request(server.port, { method: 'POST', path: '/rpc/events.create', headers: { [TOKEN_HEADER]: 'x'.repeat(64) }, body });
    expect(wrongToken.status).toBe(403);
    const rebound = await request(server.port, {
      method: 'POST',
      path: '/rpc/events.create',
      host: 'evil.example:80',
      headers: { [TOKEN_HEADER]: server.token },
      body,
    });
    expect(rebound.status).toBe(421);
    const asGet = await request(server.port, { path: '/rpc/events.list', headers: { [TOKEN_HEADER]: server.token } });
    expect(asGet.status).toBe(405);
    expect(await t.call('events.list', {})).toEqual([]);
  });

  it('answers malformed JSON with a bilingual error', async () => {
    const { server } = await start();
    const res = await request(server.port, { method: 'POST', path: '/rpc/events.list', headers: { [TOKEN_HEADER]: server.token }, body: '{"oops' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.any(String), en: expect.any(String) } } });
  });

  it('does not serve files outside the renderer folder', async () => {
    const { server } = await start();
    for (const p of ['/../secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const res = await request(server.port, { path: p });
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toContain('root:');
    }
  });
});

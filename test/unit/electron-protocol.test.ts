import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { protocol, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { handleAppProtocol, registerAppScheme } = await import('../../electron/main/protocol');

const SECRET = 'secret: not part of the renderer';
const INDEX = '<!doctype html><html><head><title>Hội Nghị</title></head><body><div id="root"></div></body></html>';
let root: string;
let rendererDir: string;

beforeAll(() => {
  // <root>/renderer is what we serve; <root>/secret.txt sits right beside it.
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-protocol-'));
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("hi")');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

beforeEach(() => {
  resetFakes();
  registerAppScheme();
  handleAppProtocol(rendererDir);
});

/** As Electron calls it: a Request, or (for what Chromium might not normalise) a bare {url, method}. */
const get = async (request: Request | { url: string; method?: string }) => {
  const handler = protocol.handlers.get('app');
  if (!handler) throw new Error('no app:// handler');
  const res = await handler(request);
  return { status: res.status, headers: res.headers, body: await res.text() };
};

describe('app:// protocol', () => {
  it('registers app as standard, secure and fetch-capable', () => {
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves index.html at app://hoi-nghi/ with our Content-Security-Policy', async () => {
    const res = await get(new Request('app://hoi-nghi/'));
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their type, and the app shell for its own routes', async () => {
    const js = await get(new Request('app://hoi-nghi/assets/app.js?v=1'));
    expect(js).toMatchObject({ status: 200, body: 'console.log("hi")' });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await get(new Request('app://hoi-nghi/events/123'))).toMatchObject({ status: 200, body: INDEX });
  });

  it('refuses ../ escapes and encoded traversal', async () => {
    const attempts = [
      'app://hoi-nghi/../secret.txt',
      'app://hoi-nghi/assets/../../secret.txt',
      'app://hoi-nghi/..%2fsecret.txt',
      'app://hoi-nghi/%2e%2e%2fsecret.txt',
      'app://hoi-nghi/%2E%2E%2Fsecret.txt',
      'app://hoi-nghi/assets/%2e%2e/%2e%2e/secret.txt',
      'app://hoi-nghi/..%5csecret.txt',
      'app://hoi-nghi/%2e%2e%5csecret.txt',
      'app://hoi-nghi/index.html%00.js',
      'app://hoi-nghi/%E0%A4%A',
      'app://hoi-nghi/assets/link.txt',
    ];
    for (const url of attempts) {
      const res = await get({ url, method: 'GET' });
      expect(res.body, url).not.toContain('secret');
      // Backslashes are only separators on Windows; elsewhere "..\secret.txt" is just an unknown name.
      if (!url.includes('%5c')) expect(res.status, url).toBe(404);
    }
    // An encoded absolute path is read as a name inside the renderer: unknown, so the app shell.
    const absolute = await get({ url: 'app://hoi-nghi/' + encodeURIComponent(path.join(root, 'secret.txt')) });
    expect(absolute).toMatchObject({ status: 200, body: INDEX });
    // The same through a real Request, whose URL parser resolves dot segments first.
    for (const url of attempts.slice(0, 6)) expect((await get(new Request(url))).body, url).not.toContain('secret');
  });

  it('answers 404 for any other host and 405 for writes', async () => {
    for (const url of ['app://other/', 'app://other/index.html', 'app://hoi-nghi.evil/', 'app://x@hoi-nghi/', 'app:///index.html'])
      expect((await get({ url, method: 'GET' })).status, url).toBe(404);
    expect((await get(new Request('app://hoi-nghi/', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

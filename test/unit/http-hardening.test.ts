import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../shared/result';
import { serve, type Served } from '../../electron/main/http-serve';
import { startPreviewServer, TOKEN_HEADER, type PreviewServer } from '../../electron/preview/server';
import { tempDir, testStore } from './helpers/store';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

const rendererDir = () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head></head><body></body></html>');
  return dir;
};

/** The shared handling with short limits, so a test waits milliseconds, not the servers' seconds. */
async function small(): Promise<Served & { posted: unknown[] }> {
  const posted: unknown[] = [];
  const s = await serve({
    bind: '127.0.0.1',
    rendererDir: rendererDir(),
    maxBody: 1024,
    requestTimeoutMs: 2_000,
    idleTimeoutMs: 400,
    page: (h) => h,
    authorize: () => null,
    post: async (_p, input) => {
      posted.push(input);
      return { status: 200, result: ok('done') };
    },
  });
  open.push(s);
  return { ...s, posted };
}

async function preview(): Promise<PreviewServer> {
  const t = await testStore();
  const s = await startPreviewServer({ store: t.store, appVersion: 'test', rendererDir: rendererDir() });
  open.push(s);
  return s;
}

/** Writes raw bytes on a fresh socket; resolves with all it got back and when the server closed it. */
function raw(port: number, chunks: (string | Buffer)[], opts: { keepWriting?: Buffer; endAfter?: boolean } = {}) {
  return new Promise<{ text: string; closedAfterMs: number }>((resolve, reject) => {
    const t0 = Date.now();
    const sock = net.connect(port, '127.0.0.1');
    const got: Buffer[] = [];
    let text = '';
    let writing = true;
    sock.on('data', (b) => {
      got.push(b);
      text = Buffer.concat(got).toString('utf8');
    });
    sock.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? undefined : reject(e)));
    sock.on('close', () => {
      writing = false;
      resolve({ text, closedAfterMs: Date.now() - t0 });
    });
    sock.on('connect', () => {
      for (const c of chunks) sock.write(c);
      if (opts.keepWriting) {
        const pump = () => {
          while (writing && sock.write(opts.keepWriting!)) if (text) return;
          if (writing && !text) sock.once('drain', pump);
        };
        pump();
      }
      if (opts.endAfter) sock.end();
    });
  });
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
const bodyOf = (text: string) =>
  JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { ok: boolean; error?: { code: string; message: { vi: string; en: string } } };

describe('the servers refuse hostile requests cleanly', () => {
  it('answers a malformed path with 400 and an envelope, not 500', async () => {
    const s = await preview();
    const host = `127.0.0.1:${s.port}`;
    const res = await raw(s.port, [
      `POST /rpc/%E0%A4%A HTTP/1.1\r\nhost: ${host}\r\n${TOKEN_HEADER}: ${s.token}\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
    ]);
    expect(statusOf(res.text)).toBe(400);
    expect(bodyOf(res.text)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: 'Đường dẫn không hợp lệ.' } } });
    const page = await raw(s.port, [`GET /%E0%A4%A HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`]);
    expect(statusOf(page.text)).toBe(400);
  });

  it('closes a socket that sends nothing, one that stalls in its headers, and an idle keep-alive one', async () => {
    const s = await small();
    const silent = await raw(s.port, []);
    expect(silent.text).toBe('');
    expect(silent.closedAfterMs).toBeLessThan(1_500);
    const stalled = await raw(s.port, [`GET / HTTP/1.1\r\nhost: ${s.host}\r\n`]);
    expect(stalled.closedAfterMs).toBeLessThan(2_500);
    const kept = await raw(s.port, [`GET / HTTP/1.1\r\nhost: ${s.host}\r\n\r\n`]);
    expect(statusOf(kept.text)).toBe(200);
    expect(kept.closedAfterMs).toBeLessThan(1_500);
  });

  it('the preview and LAN servers close a silent socket within a few seconds', async () => {
    const s = await preview();
    const silent = await raw(s.port, []);
    expect(silent.closedAfterMs).toBeLessThan(5_000);
  }, 10_000);

  it('refuses an oversize body with 413 as soon as the limit is passed, without reading the rest', async () => {
    const s = await small();
    const head = (len: string) => `POST /rpc/x HTTP/1.1\r\nhost: ${s.host}\r\ncontent-type: application/json\r\n${len}\r\n\r\n`;
    // A declared length over the limit: refused before the body.
    const declared = await raw(s.port, [head('content-length: 100000000')], { keepWriting: Buffer.alloc(64 * 1024, 0x20) });
    expect(statusOf(declared.text)).toBe(413);
    expect(declared.text).toContain('TOO_LARGE');
    // Chunked, no length: cut off when the limit is passed, the sender still writing.
    const chunk = Buffer.from(`400\r\n${' '.repeat(0x400)}\r\n`);
    const streamed = await raw(s.port, [head('transfer-encoding: chunked')], { keepWriting: chunk });
    expect(statusOf(streamed.text)).toBe(413);
    expect(s.posted).toEqual([]);
    // Under the limit it goes through.
    const fine = await raw(s.port, [`${head('content-length: 2\r\nconnection: close')}{}`]);
    expect(statusOf(fine.text)).toBe(200);
    expect(s.posted).toEqual([{}]);
  });

  it('refuses a foreign Origin with 403 and lets our own through', async () => {
    const s = await preview();
    const host = `127.0.0.1:${s.port}`;
    const req = (origin: string) =>
      raw(s.port, [
        `POST /rpc/events.list HTTP/1.1\r\nhost: ${host}\r\norigin: ${origin}\r\n${TOKEN_HEADER}: ${s.token}\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
      ]);
    const foreign = await req('http://evil.example');
    expect(statusOf(foreign.text)).toBe(403);
    expect(bodyOf(foreign.text).error?.code).toBe('FORBIDDEN');
    expect(statusOf((await req(`http://localhost:${s.port}`)).text)).toBe(200);
    expect(statusOf((await req(`http://${host}`)).text)).toBe(200);
    expect(statusOf((await req('null')).text)).toBe(403);
  });
});

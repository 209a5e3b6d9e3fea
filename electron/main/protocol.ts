import fs from 'node:fs';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { resolveStatic } from './static-files';

const APP_SCHEME = 'app';
const APP_HOST = 'hoi-nghi';
/** The renderer's one origin. Every check of "is this our page" compares against it. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True for app://hoi-nghi/… and nothing else (not app://other/, not file:, not http:). */
export function isAppUrl(url: string): boolean {
  if (!url.startsWith(APP_URL)) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * Must run before the app is ready. "standard" gives app:// real origins and relative URLs,
 * "secure" makes it a secure context, supportFetchAPI lets the renderer fetch its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const headers = (type: string): Record<string, string> => ({
  'content-type': type,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
});

const notFound = () => new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });

/** Answers one app:// request from the built renderer; anything not ours is a 404. */
export function appResponse(rendererDir: string, request: { url: string; method?: string }): Response {
  const method = (request.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
  if (!isAppUrl(request.url)) return notFound();
  // Take the path from the raw text, not from URL.pathname: the URL parser would quietly resolve
  // "/a/../b" for us, and resolveStatic must see (and refuse) what was actually asked for.
  const rawPath = request.url.slice(APP_URL.length - 1);
  const hit = resolveStatic(rendererDir, rawPath);
  if (!hit) return notFound();
  const body = method === 'HEAD' ? null : fs.readFileSync(hit.file);
  return new Response(body, { status: 200, headers: headers(hit.type) });
}

/** Serves dist/renderer on app://hoi-nghi/. Call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}

/**
 * fflate for the renderer, its asynchronous `unzlib` made synchronous. pdfkit's PNG decoder
 * (png-js) inflates a picture with an alpha channel, a palette with transparency or interlacing
 * through `unzlib`, which starts a Worker from a blob: URL; the app's CSP allows no blob: workers,
 * fflate reports nothing, and the badges' PDF would wait for ever. The PDF is written in a worker
 * already, so inflating there at once costs the page nothing. (vite.config.ts points `fflate` here.)
 */
import { unzlibSync, type AsyncTerminable, type FlateCallback } from '../../../node_modules/fflate/esm/browser.js';

export * from '../../../node_modules/fflate/esm/browser.js';

export function unzlib(data: Uint8Array, opts: unknown, cb?: FlateCallback): AsyncTerminable {
  const done = (typeof opts === 'function' ? opts : cb) as FlateCallback;
  let out: Uint8Array | null = null;
  let err: Error | null = null;
  try {
    out = unzlibSync(data);
  } catch (e) {
    err = e instanceof Error ? e : new Error(String(e));
  }
  queueMicrotask(() => done(err as never, out as never));
  return () => undefined;
}

/**
 * Writes the badges' PDF off the page's thread: the page stays responsive, shows the sheets done
 * so far, and cancelling is ending the worker.
 */
import url400 from '../../fonts/be-vietnam-pro-400.woff?url';
import url500 from '../../fonts/be-vietnam-pro-500.woff?url';
import url600 from '../../fonts/be-vietnam-pro-600.woff?url';
import url700 from '../../fonts/be-vietnam-pro-700.woff?url';
import { BadgePictureError, writeBadgesPdf, type BadgeFonts, type BadgePdfJob } from './badge-pdf';

export type BadgePdfMessage =
  { kind: 'progress'; done: number; total: number } | { kind: 'done'; pdf: Uint8Array } | { kind: 'error'; message: string; picture: boolean };

const scope = self as unknown as {
  postMessage(m: BadgePdfMessage, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<BadgePdfJob>) => void) | null;
};

const font = async (url: string) => new Uint8Array(await (await fetch(new URL(url, import.meta.url))).arrayBuffer());

scope.onmessage = (e) => {
  void (async () => {
    try {
      const [a, b, c, d] = await Promise.all([url400, url500, url600, url700].map(font));
      const fonts: BadgeFonts = { 400: a!, 500: b!, 600: c!, 700: d! };
      const pdf = await writeBadgesPdf(e.data, fonts, (done, total) => scope.postMessage({ kind: 'progress', done, total }));
      scope.postMessage({ kind: 'done', pdf }, [pdf.buffer]);
    } catch (err) {
      scope.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err), picture: err instanceof BadgePictureError });
    }
  })();
};

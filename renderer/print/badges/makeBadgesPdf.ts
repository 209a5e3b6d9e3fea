import { ApiError } from '../../api/client';
import type { BadgePdfJob } from './badge-pdf';
import type { BadgePdfMessage } from './badge-pdf.worker';

const BAD_PICTURE = {
  vi: 'Một ảnh trên thẻ bị hỏng hoặc không đọc được: hãy bỏ ảnh đó và chọn lại.',
  en: 'A picture on the badge is damaged or cannot be read: remove it and choose it again.',
};

/** The badges' PDF from a worker, `onProgress` after each sheet; aborting ends the worker at once. */
export function makeBadgesPdf(job: BadgePdfJob, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./badge-pdf.worker.ts', import.meta.url), { type: 'module' });
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(new DOMException('cancelled', 'AbortError'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    worker.onmessage = (e: MessageEvent<BadgePdfMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress(m.done, m.total);
      else {
        end();
        if (m.kind === 'done') resolve(m.pdf);
        else reject(m.picture ? new ApiError({ code: 'VALIDATION', message: BAD_PICTURE }) : new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'worker'));
    };
    worker.postMessage(job);
  });
}

import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n';
import { CloseIcon } from '../ui/icons';
import { usePrint } from './printStore';

/**
 * The print preview, mounted once: over the whole app while a job is open, the app made inert
 * behind it. Not a <dialog>: a modal sits in the top layer, fixed, and Chromium would print it as
 * such; a plain layer can step aside in @media print and leave only the pages.
 */
export function PrintHost() {
  const job = usePrint((s) => s.job);
  const close = usePrint((s) => s.closePrint);
  const tr = useT();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!job) return;
    const app = document.querySelector('.app');
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    app?.setAttribute('inert', '');
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      app?.removeAttribute('inert');
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [job, close]);

  if (!job) return null;
  return createPortal(
    <div className="print-host" role="dialog" aria-modal="true" aria-labelledby="print-title" data-testid="print-preview">
      <header className="print-bar">
        <h2 id="print-title" className="print-title">
          {tr.print.preview}: {job.title}
        </h2>
        <button ref={closeRef} type="button" className="icon-btn" onClick={close} aria-label={tr.common.close} data-testid="print-close">
          <CloseIcon size={18} />
        </button>
      </header>
      {job.view}
    </div>,
    document.body,
  );
}

import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useLanguage, useT } from '../i18n';
import { useDialogStack } from './dialogStack';
import { AlertIcon, CheckIcon, CloseIcon } from './icons';
import { notifyError, useToasts, type Toast, type ToastText } from './toast';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((s) => s.dismiss);
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const [busy, setBusy] = useState(false);
  const render = (text: ToastText) => (typeof text === 'function' ? text(tr, lang) : text[lang]);
  const act = async () => {
    if (!toast.action) return;
    setBusy(true);
    try {
      await toast.action.run();
      dismiss(toast.id);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid={`toast-${toast.kind}`}>
      <span className="toast-icon">{toast.kind === 'error' ? <AlertIcon /> : <CheckIcon />}</span>
      <p className="toast-text">{render(toast.text)}</p>
      {toast.action && (
        <button type="button" className="toast-action" onClick={() => void act()} disabled={busy} data-testid={toast.action.testId ?? 'toast-action'}>
          {busy && <span className="spinner" aria-hidden="true" />}
          {render(toast.action.label)}
        </button>
      )}
      <button type="button" className="icon-btn toast-close" onClick={() => dismiss(toast.id)} aria-label={tr.common.dismiss}>
        <CloseIcon size={14} />
      </button>
    </div>
  );
}

/**
 * Where results and failures are announced: top centre, clear of every dialog's footer and its
 * buttons. While a modal is open they are shown inside it: outside, the backdrop would hide them
 * and the page's inertness would make Undo and × unclickable.
 */
export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  const host = useDialogStack((s) => s.stack[s.stack.length - 1]);
  const region = (
    <div className="toasts" aria-live="polite" data-testid="toasts">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
  return host ? createPortal(region, host) : region;
}

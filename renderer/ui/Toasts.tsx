import { useState } from 'react';
import { useLanguage, useT } from '../i18n';
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

/** The corner where results and failures are announced. */
export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}

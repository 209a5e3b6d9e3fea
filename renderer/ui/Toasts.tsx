import { useLanguage, useT } from '../i18n';
import { AlertIcon, CheckIcon, CloseIcon } from './icons';
import { useToasts, type ToastText } from './toast';

/** The corner where results and failures are announced. */
export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const render = (text: ToastText) => (typeof text === 'function' ? text(tr, lang) : text[lang]);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'} data-testid={`toast-${t.kind}`}>
          <span className="toast-icon">{t.kind === 'error' ? <AlertIcon /> : <CheckIcon />}</span>
          <p className="toast-text">{render(t.text)}</p>
          <button type="button" className="icon-btn toast-close" onClick={() => dismiss(t.id)} aria-label={tr.common.dismiss}>
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}

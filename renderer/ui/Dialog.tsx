import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { useDialogStack } from './dialogStack';
import { CloseIcon } from './icons';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  /** 'side' slides in from the right and leaves the list visible behind it. */
  placement?: 'center' | 'side';
  size?: 'sm' | 'md' | 'lg';
  role?: 'dialog' | 'alertdialog';
  testId?: string;
  /** Closing on Esc is refused while a save runs. */
  busy?: boolean;
}

const FIRST_FIELD = ['input', 'select', 'textarea', 'button'].map((tag) => `.dialog-body ${tag}:not([disabled])`).join(', ');

/**
 * A modal on the native <dialog>: the browser gives us the top layer, the backdrop, inert
 * background and Esc. We add the first-field focus and give focus back to where it came from.
 */
export function Dialog({ title, onClose, children, footer, placement = 'center', size = 'md', role = 'dialog', testId, busy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const tr = useT();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    useDialogStack.getState().opened(dialog);
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FIRST_FIELD);
    first?.focus();
    return () => {
      useDialogStack.getState().closed(dialog);
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${placement} dialog-${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busyRef.current) onCloseRef.current();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={tr.common.close} disabled={busy}>
          <CloseIcon size={18} />
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}

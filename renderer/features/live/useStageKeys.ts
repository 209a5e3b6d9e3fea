import { useEffect } from 'react';

interface StageKeys {
  next(): void;
  back(): void;
  leave(): void;
  fullscreen(): void;
}

const typing = (t: EventTarget | null) => t instanceof Element && Boolean(t.closest('input, textarea, select, dialog, [contenteditable="true"]'));
const onButton = (t: EventTarget | null) => t instanceof Element && Boolean(t.closest('button'));

/**
 * The keys a presenter's clicker and a keyboard send (→ / Space / PageDown, ← / PageUp, Esc, F),
 * wherever the focus is but in a field of the control panel. A clicker's Space while a button has
 * the focus advances, and the button is not pressed as well (its activation comes on key-up).
 */
export function useStageKeys(keys: StageKeys): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || typing(e.target)) return;
      const act =
        e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown'
          ? keys.next
          : e.key === 'ArrowLeft' || e.key === 'PageUp'
            ? keys.back
            : e.key === 'Escape'
              ? keys.leave
              : (e.key === 'f' || e.key === 'F') && !onButton(e.target)
                ? keys.fullscreen
                : null;
      if (!act) return;
      e.preventDefault();
      act();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && onButton(e.target) && !typing(e.target)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [keys]);
}

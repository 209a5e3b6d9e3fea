import { useEffect } from 'react';
import { isTypingTarget } from '../../../shared/typing-target';
import { useLanguage, useT } from '../../i18n';
import { useDialogStack } from '../../ui/dialogStack';
import { RedoIcon, UndoIcon } from '../../ui/icons';
import { useHistory } from './historyStore';

// Typing in a field, Ctrl+Z is the field's own undo; a dialog open, the change is not finished.
const editable = (t: EventTarget | null) => t instanceof HTMLElement && isTypingTarget(t as HTMLElement & { type?: string });

/** The undo button naming what it will undo, the redo button, and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y. */
export function UndoControls() {
  const tr = useT();
  const h = tr.history;
  const lang = useLanguage((s) => s.lang);
  const page = useHistory((s) => s.page);
  const busy = useHistory((s) => s.busy);

  useEffect(() => {
    const busyElsewhere = () => useDialogStack.getState().stack.length > 0;
    // In the desktop app the Edit menu owns Ctrl+Z and Ctrl+Shift+Z and tells the page (hoi-nghi:undo).
    const menu = !!window.api;
    const onMenu = (what: 'undo' | 'redo') => () => {
      if (!busyElsewhere()) void useHistory.getState()[what]();
    };
    const fromMenuUndo = onMenu('undo');
    const fromMenuRedo = onMenu('redo');
    window.addEventListener('hoi-nghi:undo', fromMenuUndo);
    window.addEventListener('hoi-nghi:redo', fromMenuRedo);
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || editable(e.target) || busyElsewhere()) return;
      const key = e.key.toLowerCase();
      if (menu && key === 'z') return;
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void useHistory.getState().undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void useHistory.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('hoi-nghi:undo', fromMenuUndo);
      window.removeEventListener('hoi-nghi:redo', fromMenuRedo);
    };
  }, []);

  const undo = page?.undo;
  const redo = page?.redo;
  if (!undo && !redo) return null;
  return (
    <div className="undo-controls">
      {undo && (
        <button
          type="button"
          className="btn btn-ghost btn-sm undo-btn"
          onClick={() => void useHistory.getState().undo()}
          disabled={busy}
          title={h.undoTitle(undo.label[lang])}
          data-testid="undo-button"
        >
          <UndoIcon />
          <span className="undo-label">{h.undo(undo.label[lang])}</span>
        </button>
      )}
      {redo && (
        <button
          type="button"
          className="icon-btn"
          onClick={() => void useHistory.getState().redo()}
          disabled={busy}
          title={h.redoTitle(redo.label[lang])}
          aria-label={h.redoTitle(redo.label[lang])}
          data-testid="redo-button"
        >
          <RedoIcon />
        </button>
      )}
    </div>
  );
}

import { isTypingTarget } from '../../shared/typing-target';

// In a text field, Ctrl+Z is the field's own; anywhere else, the page's change history (it listens).
export const pageUndo = (what: 'undo' | 'redo') =>
  `(() => { if ((${isTypingTarget.toString()})(document.activeElement)) return 'text'; window.dispatchEvent(new Event('hoi-nghi:${what}')); return 'app'; })()`;

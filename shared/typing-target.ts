/**
 * Whether Ctrl+Z belongs to the focused element (undoing its own typing) rather than to the change
 * history: a text field or editable text. A select, a checkbox or a button has no typing to undo,
 * so there the keys undo the last change. Self-contained on purpose: the desktop's Edit menu runs
 * its source in the page (`executeJavaScript`), the page's key handler calls it; one rule for both.
 */
export function isTypingTarget(el: { tagName?: string; type?: string; isContentEditable?: boolean } | null | undefined): boolean {
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset|range|color|file|image)$/.test(el.type ?? '');
}

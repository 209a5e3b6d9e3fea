import { describe, expect, it } from 'vitest';
import { pageUndo } from '../../electron/main/page-undo';
import { isTypingTarget } from '../../shared/typing-target';

describe('Ctrl+Z: the focused field or the change history', () => {
  it("is the field's own in text fields and editable text, the history's on a select, a checkbox, a button or nothing", () => {
    for (const el of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT', type: 'search' },
      { tagName: 'INPUT' },
      { tagName: 'TEXTAREA' },
      { tagName: 'DIV', isContentEditable: true },
    ])
      expect(isTypingTarget(el), JSON.stringify(el)).toBe(true);
    for (const el of [
      { tagName: 'SELECT' },
      { tagName: 'INPUT', type: 'checkbox' },
      { tagName: 'INPUT', type: 'radio' },
      { tagName: 'BUTTON' },
      { tagName: 'BODY' },
      null,
    ])
      expect(isTypingTarget(el), JSON.stringify(el)).toBe(false);
  });

  it("the desktop menu runs the same rule in the page: its script, run against a page's focus, answers 'text' or tells the page", () => {
    const told: string[] = [];
    const run = (activeElement: unknown) =>
      new Function('document', 'window', 'Event', `return ${pageUndo('undo')}`)(
        { activeElement },
        { dispatchEvent: (e: { type: string }) => told.push(e.type) },
        class {
          constructor(readonly type: string) {}
        },
      ) as string;
    expect(run({ tagName: 'TEXTAREA' })).toBe('text');
    expect(run({ tagName: 'SELECT' })).toBe('app');
    expect(told).toEqual(['hoi-nghi:undo']);
  });
});

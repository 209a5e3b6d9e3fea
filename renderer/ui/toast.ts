import { create } from 'zustand';
import type { Message } from '../../shared/result';
import { ApiError } from '../api/client';
import type { Dict, Language } from '../i18n';

export type ToastKind = 'success' | 'error';

/** Rendered when shown, so a toast follows a language switch. */
export type ToastText = Message | ((d: Dict, lang: Language) => string);

/** A button in the toast, e.g. "Hoàn tác" after a delete. */
export interface ToastAction {
  label: ToastText;
  run(): Promise<void> | void;
  testId?: string;
}

export interface Toast {
  id: number;
  kind: ToastKind;
  text: ToastText;
  action?: ToastAction | undefined;
}

interface ToastState {
  toasts: Toast[];
  push(kind: ToastKind, text: ToastText, action?: ToastAction): number;
  dismiss(id: number): void;
}

let nextId = 1;
const SUCCESS_MS = 4000;
/** Time to read "deleted 40 delegates" and reach for the undo. */
const ACTION_MS = 12_000;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  push: (kind, text, action) => {
    const id = nextId++;
    // Errors stay until dismissed: an organizer looking away must still find out a save failed.
    set({ toasts: [...get().toasts.slice(-3), { id, kind, text, action }] });
    if (kind === 'success') setTimeout(() => get().dismiss(id), action ? ACTION_MS : SUCCESS_MS);
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const notifySuccess = (text: ToastText, action?: ToastAction) => useToasts.getState().push('success', text, action);

/** A problem the page found itself (a file of the wrong kind), in the user's words. */
export const notifyProblem = (text: ToastText) => useToasts.getState().push('error', text);

/** Shows why a call failed, in the current language; unknown failures get a generic message. */
export function notifyError(e: unknown): void {
  console.error(e);
  useToasts.getState().push('error', errorText(e));
}

export function errorText(e: unknown): ToastText {
  if (e instanceof ApiError) return e.error.message;
  return (d: Dict) => d.errors.unexpected;
}

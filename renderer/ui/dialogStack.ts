import { create } from 'zustand';

/**
 * The open modal dialogs, the last one on top. A modal makes the rest of the page inert and
 * covers it with its backdrop, so the toasts are shown inside the top one (see Toasts).
 */
interface DialogStackState {
  stack: HTMLDialogElement[];
  opened(d: HTMLDialogElement): void;
  closed(d: HTMLDialogElement): void;
}

export const useDialogStack = create<DialogStackState>((set, get) => ({
  stack: [],
  opened: (d) => set({ stack: [...get().stack.filter((x) => x !== d), d] }),
  closed: (d) => set({ stack: get().stack.filter((x) => x !== d) }),
}));

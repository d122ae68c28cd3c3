/** UI-only state (never records: those live in IndexedDB and are read with live queries). */
import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
}

interface UiState {
  toasts: Toast[];
  notify: (kind: Toast['kind'], message: string) => void;
  dismiss: (id: number) => void;
  /** Drops the passing notes (「保存しました」): they were worded in the language shown then. */
  dismissInfo: () => void;
}

let nextToast = 1;

export const useUiStore = create<UiState>((set) => ({
  toasts: [],
  notify: (kind, message) => {
    const id = nextToast++;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, message }] }));
    if (kind === 'info') setTimeout(() => useUiStore.getState().dismiss(id), 4000);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  dismissInfo: () => set((s) => ({ toasts: s.toasts.filter((t) => t.kind !== 'info') })),
}));

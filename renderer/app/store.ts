import { create } from 'zustand';

export type Section =
  'events' | 'backups' | 'overview' | 'delegates' | 'precedence' | 'seating' | 'script' | 'awards' | 'badges' | 'checkin' | 'bridge' | 'checklist' | 'history';

interface UiState {
  /** Settings and the event list are loaded; the e2e tests wait for this. */
  ready: boolean;
  bootError: unknown;
  /** The event every screen works on (persisted as settings.lastEventId). */
  openEventId: string | null;
  section: Section;
  go(section: Section): void;
}

export const useUi = create<UiState>((set) => ({
  ready: false,
  bootError: null,
  openEventId: null,
  section: 'events',
  go: (section) => set({ section }),
}));

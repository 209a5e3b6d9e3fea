import { useSyncExternalStore } from 'react';

/** What the page's hash asks for: the app, or the stage view of an event (the second window's, with /screen). */
export type Route = { kind: 'app' } | { kind: 'live'; eventId: string; screen: boolean } | { kind: 'board'; eventId: string };

export function parseRoute(hash: string): Route {
  const b = /^#board\/([^/?#]+)$/.exec(hash);
  if (b)
    try {
      return { kind: 'board', eventId: decodeURIComponent(b[1]!) };
    } catch {
      return { kind: 'app' };
    }
  const m = /^#live\/([^/?#]+)(\/screen)?$/.exec(hash);
  if (!m) return { kind: 'app' };
  try {
    return { kind: 'live', eventId: decodeURIComponent(m[1]!), screen: Boolean(m[2]) };
  } catch {
    return { kind: 'app' };
  }
}

/** "#live/<event>" (this window) or "#live/<event>/screen" (the second window: Esc closes it). */
export const liveHash = (eventId: string, screen = false): string => `#live/${encodeURIComponent(eventId)}${screen ? '/screen' : ''}`;

/** "#board/<event>": the bridge points' event-day board, full screen for the control room's projector. */
export const boardHash = (eventId: string): string => `#board/${encodeURIComponent(eventId)}`;

const subscribe = (f: () => void) => {
  window.addEventListener('hashchange', f);
  return () => window.removeEventListener('hashchange', f);
};

/** The route, following the hash: the app can boot straight into the stage view. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

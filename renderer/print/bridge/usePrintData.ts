import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useOpenEvent } from '../../features/events/eventsStore';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n';

/**
 * A bridge print's data, read once when the print opens (the moment it was asked for is the
 * printed time), with the open event's name for the page heads.
 */
export function usePrintData<T>(load: () => Promise<T>, key: string): { data: T | null; eventName: string; printedAt: string } {
  const lang = useLanguage((s) => s.lang);
  const event = useOpenEvent();
  const [at] = useState(() => new Date().toISOString());
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((d) => live && setData(d));
    return () => {
      live = false;
    };
    // `load` is the caller's inline function: the key says when it asks for something else.
  }, [key]);
  return { data, eventName: event?.name ?? '', printedAt: formatDateTime(at, lang) };
}

export const loadDetail = (id: string) => call('bridgePoints.detail', { id });
export const loadBoard = (eventId: string) => call('bridgePoints.board', { eventId });

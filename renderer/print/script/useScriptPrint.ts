import { useEffect, useMemo, useState } from 'react';
import type { Script, ScriptItem } from '../../../shared/contract/script';
import { cascade, clockText, overrun, scriptStart, type TimedItem, type Timing } from '../../../shared/script/cascade';
import { ApiError, call } from '../../api/client';
import { useDelegates } from '../../features/delegates/delegatesStore';
import { useEvents } from '../../features/events/eventsStore';
import { formatDateTime, formatLongDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n';

export interface PrintedItem {
  item: ScriptItem;
  time: TimedItem;
  /** "08:00" and "08:30": the item's start and end as the cascade gives them. */
  start: string;
  end: string;
  /** Who performs it as the MC names them, and from which bridge point. */
  performer: string | null;
  point: string | null;
}

export interface ScriptPrint {
  eventName: string;
  /** "Thứ Sáu, 08/01/2027". */
  date: string;
  venue: string | null;
  organizer: string | null;
  printedAt: string;
  items: PrintedItem[];
  timing: Timing;
  start: string;
  end: string;
  /** The organizer's planned end, and minutes over it (negative: early); null when none is set. */
  plannedEnd: string | null;
  over: number | null;
}

/**
 * What the script's prints need: the script as stored (`script.get`), its times from the cascade
 * (the day starting at the script's setting, else the event's opening time, else 08:00), the event
 * and the performers from the stores the app already holds. Null while loading; an error's text.
 */
export function useScriptPrint(eventId: string): { data: ScriptPrint | null; error: string | null } {
  const tr = useT();
  const t = tr.printScript;
  const lang = useLanguage((s) => s.lang);
  const event = useEvents((s) => s.events.find((e) => e.id === eventId));
  const delegates = useDelegates((s) => (s.eventId === eventId ? s.delegates : null));
  const points = useDelegates((s) => (s.eventId === eventId ? s.bridgePoints : null));
  const [script, setScript] = useState<Script | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The moment the print was asked for, not each re-render's.
  const [at] = useState(() => new Date().toISOString());

  useEffect(() => {
    let live = true;
    call('script.get', { eventId }).then(
      (s) => live && setScript(s),
      (e: unknown) => live && setError(e instanceof ApiError ? e.error.message[lang] : t.loadFailed),
    );
    return () => {
      live = false;
    };
    // Read once per print: the preview shows the script as it was when asked for.
  }, [eventId]);

  const data = useMemo<ScriptPrint | null>(() => {
    if (!script || !event) return null;
    const byId = new Map((delegates ?? []).map((d) => [d.id, d]));
    const pointName = new Map((points ?? []).map((p) => [p.id, p.name]));
    const timing = cascade(script.items, scriptStart(script.settings, event?.startTime ?? null));
    const items = script.items.map((item, i) => {
      const time = timing.items[i]!;
      const d = item.performerDelegateId ? byId.get(item.performerDelegateId) : undefined;
      const performer = d ? t.comrade(d.fullName, d.title) : item.performerText;
      const point = item.bridgePointId ? pointName.get(item.bridgePointId) : undefined;
      return { item, time, start: clockText(time.start), end: clockText(time.end), performer, point: point ? t.atPoint(point) : null };
    });
    const plannedEnd = script.settings?.plannedEnd ?? null;
    return {
      eventName: event.name,
      date: formatLongDate(event.startDate, lang),
      venue: event.venue,
      organizer: event.organizer,
      printedAt: formatDateTime(at, lang),
      items,
      timing,
      start: clockText(timing.items[0]?.start ?? scriptStart(script.settings, event?.startTime ?? null)),
      end: clockText(timing.end),
      plannedEnd: plannedEnd === null ? null : clockText(plannedEnd),
      over: overrun(timing.end, plannedEnd),
    };
  }, [script, event, delegates, points, lang, at, t]);
  return { data, error };
}

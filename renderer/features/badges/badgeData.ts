import { useEffect, useMemo, useState } from 'react';
import type { BadgeDesign } from '../../../shared/badges/design';
import { bandColour } from '../../../shared/badges/design';
import type { BadgeData } from '../../../shared/badges/draw';
import { badgeTexts, fitBadge, type BadgeValues } from '../../../shared/badges/layout';
import { badgeCode } from '../../../shared/badges/qr-payload';
import type { BadgesState } from '../../../shared/contract/badges';
import type { Delegate } from '../../../shared/contract/delegates';
import type { SeatPlace } from '../../../shared/contract/seating';
import { shortSeat } from '../../../shared/seating/seat-label';
import { call } from '../../api/client';
import { useLanguage } from '../../i18n';
import { formatEventWhen } from '../../i18n/format';
import { canvasMeasure, useFontsReady } from '../../print/measure';
import { useDelegates } from '../delegates/delegatesStore';
import { categoryName } from '../delegates/categoryName';
import { useOpenEvent } from '../events/eventsStore';

const WEIGHTS = [400, 500, 600, 700] as const;

/** What the badges need besides the delegates: the event's templates and latest issues, and where each sits. */
export function useBadgesState(eventId: string) {
  const [state, setState] = useState<BadgesState | null>(null);
  const [places, setPlaces] = useState<SeatPlace[]>([]);
  const [error, setError] = useState<unknown>(null);
  const reload = useMemo(
    () => () => {
      setError(null);
      Promise.all([call('badges.list', { eventId }), call('seating.places', { eventId })])
        .then(([s, p]) => {
          setState(s);
          setPlaces(p);
        })
        .catch(setError);
    },
    [eventId],
  );
  useEffect(() => {
    reload();
    const delegatesFor = useDelegates.getState().eventId;
    if (delegatesFor !== eventId) void useDelegates.getState().load(eventId);
  }, [eventId, reload]);
  return { state, setState, places, error, reload };
}

/** Each delegate's words on a badge, as the fields of the design name them. */
export function useBadgeValues(places: readonly SeatPlace[]): (d: Delegate) => BadgeValues {
  const lang = useLanguage((s) => s.lang);
  const event = useOpenEvent();
  const categories = useDelegates((s) => s.categories);
  const points = useDelegates((s) => s.bridgePoints);
  return useMemo(() => {
    const cat = new Map(categories.map((c) => [c.id, categoryName(c, lang)]));
    const pt = new Map(points.map((p) => [p.id, p.name]));
    const seat = new Map<string, string>();
    for (const p of places) if (!seat.has(p.delegateId)) seat.set(p.delegateId, shortSeat(p, lang));
    const eventName = event?.name ?? '';
    const eventDate = event ? formatEventWhen({ ...event, startTime: null }, lang) : '';
    return (d) => ({
      fullName: d.fullName,
      title: d.title ?? '',
      organization: d.organization ?? '',
      category: cat.get(d.categoryId) ?? '',
      bridgePoint: d.bridgePointId ? (pt.get(d.bridgePointId) ?? '') : '',
      seat: seat.get(d.id) ?? '',
      eventName,
      eventDate,
    });
  }, [categories, points, places, event, lang]);
}

/**
 * The badges drawn for these delegates: their words, fitted sizes, band colour and QR code (the
 * issue each would be printed as: the next after the latest). Null until the font's faces for
 * their text are loaded (measuring the fallback font would fit the wrong widths).
 */
export function useBadges(
  design: BadgeDesign,
  people: readonly Delegate[],
  values: (d: Delegate) => BadgeValues,
  latest: ReadonlyMap<string, number>,
): { delegate: Delegate; data: BadgeData; texts: string[]; issue: number }[] | null {
  const all = useMemo(() => people.map((d) => ({ d, v: values(d) })), [people, values]);
  const sample = useMemo(() => {
    // The font's faces load by script: one of each character is enough to load them.
    const seen = new Set<string>();
    for (const { v } of all) for (const s of Object.values(v)) for (const ch of s) seen.add(ch);
    return [...seen].join('');
  }, [all]);
  const fonts = useFontsReady(WEIGHTS, sample);
  return useMemo(() => {
    if (!fonts) return null;
    const measures = new Map(WEIGHTS.map((w) => [w, canvasMeasure(w)]));
    const measure = (w: number) => measures.get(w as (typeof WEIGHTS)[number]) ?? canvasMeasure(w);
    const t0 = performance.now();
    const out = all.map(({ d, v }) => {
      const issue = (latest.get(d.id) ?? 0) + 1;
      return {
        delegate: d,
        issue,
        texts: badgeTexts(design, v),
        data: {
          values: v,
          fit: fitBadge(design, v, measure),
          colour: bandColour(design, d.categoryId),
          code: badgeCode({ eventId: d.eventId, delegateId: d.id, issue }),
        },
      };
    });
    performance.measure('badges:fit', { start: t0, detail: { badges: out.length } });
    return out;
  }, [fonts, all, design, latest]);
}

/** The preview's first `k`: the longest name first, then the longest title (the hardest to fit), then the next longest names. */
export function hardestFirst(people: readonly Delegate[], k: number): Delegate[] {
  const byName = [...people].sort((a, b) => b.fullName.length - a.fullName.length);
  const byTitle = [...people].sort((a, b) => (b.title ?? '').length - (a.title ?? '').length);
  const out: Delegate[] = [];
  for (const d of [byName[0], byTitle[0], ...byName.slice(1, k)]) if (d && !out.includes(d) && out.length < k) out.push(d);
  return out;
}

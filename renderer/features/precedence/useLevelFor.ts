import { useMemo } from 'react';
import { createLeveller, type LevelMatch } from '../../../shared/precedence/rules';
import { useDelegates } from '../delegates/delegatesStore';
import { useEvents } from '../events/eventsStore';

/** The level the event's rules would give this title, as the organizer types it (the hint in the form). */
export function useLevelFor(title: string, organization: string): LevelMatch | null {
  const rules = useDelegates((s) => s.rules);
  const eventId = useDelegates((s) => s.eventId);
  const former = useEvents((s) => s.events.find((e) => e.id === eventId)?.formerPosts ?? 'after-holders');
  const leveller = useMemo(() => createLeveller(rules, former), [rules, former]);
  return useMemo(() => leveller(title.trim() || null, organization.trim() || null), [leveller, title, organization]);
}

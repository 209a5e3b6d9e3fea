import { useMemo } from 'react';
import type { Script } from '../../../shared/contract/script';
import { cascade, overrun, scriptStart, type TimedItem, type Timing } from '../../../shared/script/cascade';
import { useOpenEvent } from '../events/eventsStore';

/** The script's times as the cascade works them out, and how it ends against the planned end. */
export function useTiming(script: Script | null): { start: number; timing: Timing; byId: Map<string, TimedItem>; over: number | null } {
  const event = useOpenEvent();
  return useMemo(() => {
    const start = scriptStart(script?.settings ?? null, event?.startTime ?? null);
    const timing = cascade(script?.items ?? [], start);
    return { start, timing, byId: new Map(timing.items.map((t) => [t.id, t])), over: overrun(timing.end, script?.settings?.plannedEnd ?? null) };
  }, [script, event?.startTime]);
}

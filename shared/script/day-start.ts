import { parseClock } from './cascade';

/** When the script's first item starts: its own setting, else the event's start time, else 08:00 (ScriptSettings.startAt). */
export function scriptDayStart(startAt: number | null | undefined, eventStartTime: string | null | undefined): number {
  return startAt ?? (eventStartTime ? parseClock(eventStartTime) : null) ?? 8 * 60;
}

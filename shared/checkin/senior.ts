import { catalogueLevels } from '../precedence/catalogue';

/**
 * The standard cut for senior guests at the door: down to the catalogue's provincial standing
 * committee members and vice chairs (340), above the heads of general departments (400).
 */
export const DEFAULT_SENIOR_LEVEL = 340;

/** The event's cut: its own, or the standard one. */
export const seniorCut = (eventLevel: number | null): number => eventLevel ?? DEFAULT_SENIOR_LEVEL;

/** A delegate of this precedence level is a senior guest under this cut (no level: not by rank). */
export const isSeniorLevel = (level: number | null, cut: number): boolean => level !== null && level <= cut;

/** The cuts offered: each catalogue level down to the departments' heads, with the event's own if it is another. */
export function seniorChoices(current: number): { level: number; vi: string; en: string }[] {
  const levels = catalogueLevels().filter((l) => l.level <= 600);
  if (!levels.some((l) => l.level === current)) levels.push({ level: current, vi: `Cấp ${current}`, en: `Level ${current}` });
  return levels.sort((a, b) => a.level - b.level);
}

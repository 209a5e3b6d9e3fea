import { wrapLines, type Measure } from '../../../shared/fit-text';

/** "N.V. An": the family and middle names as initials, the given name whole (how a seat card says it). */
export function shortName(fullName: string): string {
  const w = fullName.split(/\s+/).filter(Boolean);
  if (w.length < 2) return fullName;
  return `${w
    .slice(0, -1)
    .map((p) => `${[...p][0]!.toUpperCase()}.`)
    .join('')} ${w[w.length - 1]}`;
}

export const initials = (fullName: string) =>
  fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => [...p][0]!.toUpperCase())
    .join('');

/**
 * What of a name fits a seat `width` wide at font size `size` (same unit): the whole name on up
 * to two lines, else "N.V. An", else the given name, else the initials; [] when not even those fit.
 */
export function seatName(fullName: string, width: number, size: number, measure: Measure): string[] {
  const room = width / size;
  const fits = (l: string) => measure(l) <= room;
  const whole = wrapLines(fullName, room, measure);
  if (whole.length <= 2 && whole.every(fits)) return whole;
  const words = fullName.split(/\s+/).filter(Boolean);
  for (const candidate of [shortName(fullName), words[words.length - 1] ?? '', initials(fullName)]) if (candidate && fits(candidate)) return [candidate];
  return [];
}

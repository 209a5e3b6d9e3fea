import { foldForSearch } from '../text';

/**
 * Which bridge point is the main hall's, until bridge points carry it themselves (issue 11): the one
 * named so ("Điểm cầu chính: Hà Nội"), else the one with the most delegates. The others are remote.
 */
export function mainPointId(points: readonly { id: string; name: string }[], delegatesAt: ReadonlyMap<string, number>): string | null {
  const named = points.find((p) => /\bchinh\b|\bmain\b/.test(foldForSearch(p.name)));
  if (named) return named.id;
  let best: string | null = null;
  let most = -1;
  for (const p of points) {
    const n = delegatesAt.get(p.id) ?? 0;
    if (n > most) [best, most] = [p.id, n];
  }
  return best;
}

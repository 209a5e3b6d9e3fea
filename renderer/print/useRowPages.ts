import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { paginate } from '../../shared/fit-text';

/** CSS pixels to millimetres, as the browser prints them (96 px to the inch). */
export const MM_PER_PX = 25.4 / 96;

/**
 * Rows measured as the browser lays them out (in a hidden table of the same columns, the `ref`),
 * then cut into pages of `capacity` mm, so a page never holds more than fits however a title
 * wraps. Measured again for new items or once the fonts are in.
 */
export function useRowPages<T>(
  items: readonly T[],
  ready: boolean,
  capacity: number,
  options: Parameters<typeof paginate>[2] = {},
): { ref: React.RefObject<HTMLTableSectionElement | null>; pages: number[][] } {
  const ref = useRef<HTMLTableSectionElement>(null);
  const [heights, setHeights] = useState<{ of: readonly T[]; mm: number[] } | null>(null);
  useLayoutEffect(() => {
    const body = ref.current;
    if (!ready || !body) return;
    setHeights({ of: items, mm: [...body.children].map((row) => row.getBoundingClientRect().height * MM_PER_PX) });
  }, [items, ready]);
  const { startCost, keepWithNext } = options;
  const pages = useMemo(
    () =>
      heights && heights.of === items ? paginate(heights.mm, capacity, { ...(startCost ? { startCost } : {}), ...(keepWithNext ? { keepWithNext } : {}) }) : [],
    // The options' functions read the items: a new list is what makes them answer differently.
    [heights, items, capacity],
  );
  return { ref, pages };
}

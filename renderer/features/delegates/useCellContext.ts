import { useMemo } from 'react';
import { useLanguage, useT } from '../../i18n';
import { categoryName } from './categoryName';
import type { CellContext } from './columns';
import { useDelegates } from './delegatesStore';
import { useOrderLookup } from '../precedence/orderLookup';
import { useSeatPlaces } from '../seating/placesStore';

/** Names of categories and bridge points in the current language, and the order of precedence; rebuilt only when they change. */
export function useCellContext(): CellContext {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const categories = useDelegates((s) => s.categories);
  const bridgePoints = useDelegates((s) => s.bridgePoints);
  const { byId } = useOrderLookup();
  const seats = useSeatPlaces((s) => s.byDelegate);
  return useMemo(
    () => ({
      tr,
      categories: new Map(categories.map((c) => [c.id, { name: categoryName(c, lang), code: c.code ?? 'custom' }])),
      bridgePoints: new Map(bridgePoints.map((b) => [b.id, b.name])),
      lang,
      order: byId,
      seats,
    }),
    [tr, lang, categories, bridgePoints, byId, seats],
  );
}

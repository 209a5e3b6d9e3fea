import { useT } from '../../i18n';
import { PrintMenu as Menu } from '../../print/PrintMenu';
import { openPrint } from '../../print/printStore';
import { NameCardsPrint } from '../../print/seating/NameCardsPrint';
import { SeatListPrint } from '../../print/seating/SeatListPrint';
import { SeatMapPrint } from '../../print/seating/SeatMapPrint';
import { useSeating } from './seatingStore';

const PRINTS = { seatMap: SeatMapPrint, seatList: SeatListPrint, nameCards: NameCardsPrint } as const;

/** The plan on screen as a seat map, a seat list or name cards. */
export function PrintMenu({ planId }: { planId: string }) {
  const t = useT().print.menu;
  const planName = useSeating((s) => (s.detail?.plan.id === planId ? s.detail.plan.name : ''));
  const items = (Object.keys(PRINTS) as (keyof typeof PRINTS)[]).map((kind) => ({
    key: kind,
    label: t[kind],
    hint: t[`${kind}Hint`],
    open: () => {
      const View = PRINTS[kind];
      openPrint({ title: t[kind], fileName: `${t[kind]} - ${planName}`, view: <View planId={planId} /> });
    },
  }));
  return <Menu label={t.button} items={items} testId="print" />;
}

import { useT } from '../../i18n';
import { openPrint } from '../../print/printStore';
import { NameCardsPrint } from '../../print/seating/NameCardsPrint';
import { SeatListPrint } from '../../print/seating/SeatListPrint';
import { SeatMapPrint } from '../../print/seating/SeatMapPrint';
import { FileIcon } from '../../ui/icons';
import { Popover } from '../../ui/Popover';
import { useSeating } from './seatingStore';

const PRINTS = { seatMap: SeatMapPrint, seatList: SeatListPrint, nameCards: NameCardsPrint } as const;
type PrintKind = keyof typeof PRINTS;

/** "In": the plan on screen as a seat map, a seat list or name cards, each opened in the print preview. */
export function PrintMenu({ planId }: { planId: string }) {
  const t = useT().print.menu;
  const planName = useSeating((s) => (s.detail?.plan.id === planId ? s.detail.plan.name : ''));
  const open = (kind: PrintKind, close: () => void) => {
    close();
    const View = PRINTS[kind];
    openPrint({ title: t[kind], fileName: `${t[kind]} - ${planName}`, view: <View planId={planId} /> });
  };
  return (
    <Popover
      label={t.button}
      align="end"
      testId="print-menu"
      trigger={(p) => (
        <button {...p} type="button" className="btn btn-secondary" data-testid="print-button">
          <FileIcon />
          {t.button}
        </button>
      )}
    >
      {(close) => (
        <div className="menu-items" role="menu">
          {(Object.keys(PRINTS) as PrintKind[]).map((kind) => (
            <button key={kind} type="button" role="menuitem" className="menu-item" onClick={() => open(kind, close)} data-testid={`print-${kind}`}>
              <span className="menu-item-label">{t[kind]}</span>
              <span className="menu-item-hint">{t[`${kind}Hint`]}</span>
            </button>
          ))}
        </div>
      )}
    </Popover>
  );
}

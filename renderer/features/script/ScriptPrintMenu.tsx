import { useT } from '../../i18n';
import { openPrint } from '../../print/printStore';
import { McScriptPrint } from '../../print/script/McScriptPrint';
import { ProgrammePrint } from '../../print/script/ProgrammePrint';
import { RundownPrint } from '../../print/script/RundownPrint';
import { FileIcon } from '../../ui/icons';
import { Popover } from '../../ui/Popover';
import { useEvents } from '../events/eventsStore';

const PRINTS = { mc: McScriptPrint, rundown: RundownPrint, programme: ProgrammePrint } as const;
type PrintKind = keyof typeof PRINTS;

/** "In": the event's script as the MC's script, the control room's rundown or the delegates' programme, each opened in the print preview. */
export function ScriptPrintMenu({ eventId }: { eventId: string }) {
  const t = useT().printScript.menu;
  const eventName = useEvents((s) => s.events.find((e) => e.id === eventId)?.name ?? '');
  const open = (kind: PrintKind, close: () => void) => {
    close();
    const View = PRINTS[kind];
    openPrint({ title: t[kind], fileName: `${t[kind]} - ${eventName}`, view: <View eventId={eventId} /> });
  };
  return (
    <Popover
      label={t.button}
      align="end"
      testId="script-print-menu"
      trigger={(p) => (
        <button {...p} type="button" className="btn btn-secondary" data-testid="script-print-button">
          <FileIcon />
          {t.button}
        </button>
      )}
    >
      {(close) => (
        <div className="menu-items" role="menu">
          {(Object.keys(PRINTS) as PrintKind[]).map((kind) => (
            <button key={kind} type="button" role="menuitem" className="menu-item" onClick={() => open(kind, close)} data-testid={`script-print-${kind}`}>
              <span className="menu-item-label">{t[kind]}</span>
              <span className="menu-item-hint">{t[`${kind}Hint`]}</span>
            </button>
          ))}
        </div>
      )}
    </Popover>
  );
}

import { useT } from '../../i18n';
import { PrintMenu } from '../../print/PrintMenu';
import { openPrint } from '../../print/printStore';
import { McScriptPrint } from '../../print/script/McScriptPrint';
import { ProgrammePrint } from '../../print/script/ProgrammePrint';
import { RundownPrint } from '../../print/script/RundownPrint';
import { useEvents } from '../events/eventsStore';

const PRINTS = { mc: McScriptPrint, rundown: RundownPrint, programme: ProgrammePrint } as const;

/** The event's script as the MC's script, the control room's rundown or the delegates' programme. */
export function ScriptPrintMenu({ eventId }: { eventId: string }) {
  const t = useT().printScript.menu;
  const eventName = useEvents((s) => s.events.find((e) => e.id === eventId)?.name ?? '');
  const items = (Object.keys(PRINTS) as (keyof typeof PRINTS)[]).map((kind) => ({
    key: kind,
    label: t[kind],
    hint: t[`${kind}Hint`],
    open: () => {
      const View = PRINTS[kind];
      openPrint({ title: t[kind], fileName: `${t[kind]} - ${eventName}`, view: <View eventId={eventId} /> });
    },
  }));
  return <PrintMenu label={t.button} items={items} testId="script-print" />;
}

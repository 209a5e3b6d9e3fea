import { useT } from '../../i18n';
import { ChecklistMeetingPrint } from '../../print/checklist/ChecklistMeetingPrint';
import { ChecklistOwnersPrint } from '../../print/checklist/ChecklistOwnersPrint';
import { PrintMenu } from '../../print/PrintMenu';
import { openPrint } from '../../print/printStore';
import { useEvents } from '../events/eventsStore';

/** The checklist for the morning meeting (by workstream), or each owner's own list. */
export function ChecklistPrintMenu({ eventId }: { eventId: string }) {
  const t = useT().checklist.print;
  const eventName = useEvents((s) => s.events.find((e) => e.id === eventId)?.name ?? '');
  const items = [
    {
      key: 'meeting',
      label: t.meeting,
      hint: t.meetingHint,
      open: () => openPrint({ title: t.meeting, fileName: `${t.meeting} - ${eventName}`, view: <ChecklistMeetingPrint eventId={eventId} /> }),
    },
    {
      key: 'owners',
      label: t.owners,
      hint: t.ownersHint,
      open: () => openPrint({ title: t.owners, fileName: `${t.owners} - ${eventName}`, view: <ChecklistOwnersPrint eventId={eventId} /> }),
    },
  ];
  return <PrintMenu label={t.button} items={items} testId="checklist-print" />;
}

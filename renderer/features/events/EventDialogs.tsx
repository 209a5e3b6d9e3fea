import { DeleteEventDialog } from './DeleteEventDialog';
import { EventFileDialog } from './EventFileDialog';
import { EventFormDialog } from './EventFormDialog';
import { useEventDialogs } from './dialogsStore';

/** Mounted once by the shell: whichever screen asked, the event dialogs open here. */
export function EventDialogs() {
  const { form, confirmDelete, close } = useEventDialogs();
  return (
    <>
      {form && <EventFormDialog event={form.mode === 'edit' ? form.event : null} onClose={close} />}
      {confirmDelete && <DeleteEventDialog event={confirmDelete} onClose={close} />}
      <EventFileDialog />
    </>
  );
}

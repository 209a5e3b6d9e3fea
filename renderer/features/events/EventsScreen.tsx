import { useEffect, useState, type DragEvent } from 'react';
import { useUi } from '../../app/store';
import { useLanguage, useT } from '../../i18n';
import { formatEventWhen, formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { DownloadIcon, EditIcon, PlusIcon, TrashIcon } from '../../ui/icons';
import { notifyError } from '../../ui/toast';
import { createDemoAndOpen, openEvent } from './actions';
import { useEventDialogs } from './dialogsStore';
import { exportEventFile } from './eventFileActions';
import { useEventFile } from './eventFileStore';
import { useEvents } from './eventsStore';
import { ImportEventFileButton } from './ImportEventFileButton';
import { PageHead } from '../../ui/PageHead';

/** Every event on this computer, newest first, with its delegate count. */
export function EventsScreen() {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const events = useEvents((s) => s.events);
  const openId = useUi((s) => s.openEventId);
  const { createEvent, editEvent, askDelete } = useEventDialogs();
  const [demoBusy, setDemoBusy] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const c = tr.events.columns;

  // Counts change while the organizer works inside an event; refresh them on the way back.
  useEffect(() => {
    useEvents.getState().reload().catch(notifyError);
  }, []);

  const addDemo = async () => {
    setDemoBusy(true);
    try {
      await createDemoAndOpen();
    } catch (e) {
      notifyError(e);
    } finally {
      setDemoBusy(false);
    }
  };

  const exportFile = async (eventId: string) => {
    setExporting(eventId);
    try {
      await exportEventFile(eventId);
    } catch (e) {
      notifyError(e);
    } finally {
      setExporting(null);
    }
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void useEventFile.getState().open(file);
  };

  return (
    <main className="page" data-testid="events-screen" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <PageHead
        title={tr.events.title}
        subtitle={tr.events.subtitle(events.length)}
        actions={
          <>
            <ImportEventFileButton />
            <Button variant="ghost" onClick={() => void addDemo()} busy={demoBusy} data-testid="events-create-demo">
              {tr.events.createDemo}
            </Button>
            <Button variant="primary" icon={<PlusIcon />} onClick={createEvent} data-testid="events-create">
              {tr.events.create}
            </Button>
          </>
        }
      />

      <div className="card table-card">
        <table className="data-table events-table" data-testid="events-list">
          <thead>
            <tr>
              <th scope="col">
                {c.name} · {c.kind.toLocaleLowerCase(lang)}
              </th>
              <th scope="col">{c.date}</th>
              <th scope="col">{c.venue}</th>
              <th scope="col">{c.organizer}</th>
              <th scope="col" className="num">
                {c.delegates}
              </th>
              <th scope="col">
                <span className="sr-only">{tr.common.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} data-testid="event-row" data-event-id={e.id} className={e.id === openId ? 'is-current' : undefined}>
                <td className="events-name">
                  <button type="button" className="link-btn" onClick={() => openEvent(e.id)} data-testid="event-row-name">
                    {e.name}
                  </button>
                  <span className="events-kind">{tr.events.kinds[e.kind]}</span>
                </td>
                <td className="nowrap tabular">
                  {formatEventWhen({ ...e, startTime: null }, lang)}
                  {e.startTime && <span className="events-time">{e.startTime}</span>}
                </td>
                <td className="events-venue">
                  {e.venue ? (
                    <span className="clamp-2" title={e.venue}>
                      {e.venue}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="events-organizer">{e.organizer ?? <span className="muted">—</span>}</td>
                <td className="num tabular" data-testid="event-delegate-count">
                  {formatNumber(e.delegateCount, lang)}
                </td>
                <td className="row-actions">
                  <div>
                    <Button size="sm" onClick={() => openEvent(e.id)} aria-label={tr.events.openLabel(e.name)} data-testid="event-open">
                      {tr.events.open}
                    </Button>
                    <button
                      type="button"
                      className="icon-btn"
                      onClick={() => void exportFile(e.id)}
                      disabled={exporting === e.id}
                      aria-label={tr.eventFile.exportLabel(e.name)}
                      title={tr.eventFile.export}
                      data-testid="evfile-export"
                    >
                      <DownloadIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-btn"
                      onClick={() => editEvent(e)}
                      aria-label={tr.events.editLabel(e.name)}
                      title={tr.common.edit}
                      data-testid="event-edit"
                    >
                      <EditIcon />
                    </button>
                    <button
                      type="button"
                      className="icon-btn icon-btn-danger"
                      onClick={() => askDelete(e)}
                      aria-label={tr.events.deleteLabel(e.name)}
                      title={tr.common.delete}
                      data-testid="event-delete"
                    >
                      <TrashIcon />
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}

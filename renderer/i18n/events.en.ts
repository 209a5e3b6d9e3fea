import type { eventsVi } from './events.vi';

/** Texts of Events screens (danh sách hội nghị, tạo, sửa, xóa), English: the same shape as events.vi.ts. */
export const eventsEn: typeof eventsVi = {
  title: 'Events',
  subtitle: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  create: 'Create a new event',
  createDemo: 'Add the sample event',
  open: 'Open',
  openLabel: (name: string) => `Open event ${name}`,
  editLabel: (name: string) => `Edit event ${name}`,
  deleteLabel: (name: string) => `Delete event ${name}`,
  columns: {
    name: 'Event',
    kind: 'Kind',
    date: 'Date',
    venue: 'Venue',
    organizer: 'Organizing unit',
    delegates: 'Delegates',
  },
  kinds: {
    review: 'Year-end review',
    congress: 'Congress',
    awards: 'Awards ceremony',
    other: 'Other',
  },
  delegateCount: (n: number) => (n === 1 ? '1 delegate' : `${n.toLocaleString('en-GB')} delegates`),
  created: (name: string) => `Created “${name}”.`,
  updated: 'Event details saved.',
  deleted: (name: string) => `Deleted “${name}”.`,
  deleteTitle: 'Delete this event?',
  deleteBody: (name: string) => `“${name}” will be removed from this computer.`,
  deleteDelegates: (n: number) =>
    n === 0
      ? 'The event has no delegates yet.'
      : n === 1
        ? 'Its 1 delegate will be deleted with it.'
        : `Its ${n.toLocaleString('en-GB')} delegates will be deleted with it.`,
  deleteConfirm: 'Delete event',
  form: {
    createTitle: 'Create a new event',
    editTitle: 'Edit event details',
    name: 'Event name',
    namePlaceholder: 'e.g. Year-end review conference 2026',
    kind: 'Kind of event',
    startDate: 'Start date',
    endDate: 'End date',
    endDateHint: 'Leave empty for a one-day event.',
    datePlaceholder: 'dd/mm/yyyy',
    timePlaceholder: 'hh:mm',
    startTime: 'Opening time',
    venue: 'Venue',
    venuePlaceholder: 'e.g. National Convention Center, Hà Nội',
    organizer: 'Organizing unit',
    organizerPlaceholder: 'e.g. Ministry Office',
    description: 'Description',
    submitCreate: 'Create event',
  },
};

import type { Dict } from './vi';
import { eventsEn } from './events.en';
import { delegatesEn } from './delegates.en';
import { importEn } from './import.en';
import { backupsEn } from './backups.en';
import { historyEn } from './history.en';
import { precedenceEn } from './precedence.en';
import { scriptEn } from './script.en';
import { seatingEn } from './seating.en';
import { printEn } from './print.en';
import { printScriptEn } from './print-script.en';
import { liveEn } from './live.en';
import { awardsEn } from './awards.en';
import { checkinEn } from './checkin.en';
import { desksEn } from './desks.en';
import { bridgeEn } from './bridge.en';
import { checklistEn } from './checklist.en';
import { badgesEn } from './badges.en';
import { eventFileEn } from './event-file.en';

/** English: the same shape as vi.ts, checked by the compiler. */
export const en: Dict = {
  app: {
    name: 'Hội Nghị',
    tagline: 'Conference preparation and running',
    loading: 'Opening your data…',
    bootFailed: 'Could not open the application data.',
  },
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    delete: 'Delete',
    deleting: 'Deleting…',
    retry: 'Try again',
    loading: 'Loading…',
    dismiss: 'Dismiss',
    notSet: 'Not set',
    cannotUndo: 'This cannot be undone.',
    undo: 'Undo',
    back: 'Back',
    day: 'day',
    time: 'time',
    discard: {
      title: 'Discard changes?',
      body: 'What you entered has not been saved and will be lost if you close.',
      keep: 'Keep editing',
      confirm: 'Discard',
    },
  },
  language: {
    label: 'Interface language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  nav: {
    label: 'Navigation',
    events: 'Events',
    eventSections: 'Open event',
    overview: 'Overview',
    delegates: 'Delegates',
    precedence: 'Precedence',
    seating: 'Seating',
    awards: 'Awards',
    history: 'History',
  },
  welcome: {
    title: 'Welcome to Hội Nghị',
    lead: 'Hội Nghị helps organizers prepare and run a conference: the delegate list, the order of precedence and every detail of the day, right on this computer.',
    lead2: 'It works entirely offline; everything is stored on this computer.',
    openDemo: 'Open the sample event',
    openDemoHint: 'A year-end review with about 200 delegates, to find your way around.',
    createEvent: 'Create a new event',
    createEventHint: 'Start from scratch with your own conference.',
    openingDemo: 'Creating the sample event…',
  },
  events: eventsEn,
  eventFile: eventFileEn,
  overview: {
    details: 'Event details',
    editEvent: 'Edit details',
    kind: 'Kind',
    date: 'Date',
    venue: 'Venue',
    organizer: 'Organizing unit',
    description: 'Description',
    delegates: 'Delegates by category',
    category: 'Category',
    count: 'Count',
    ranked: 'With a precedence level',
    unleveled: 'Without a level',
    viewDelegates: 'View the delegate list',
    addFirst: 'Add the first delegate',
  },
  delegates: delegatesEn,
  import: importEn,
  precedence: precedenceEn,
  seating: seatingEn,
  script: scriptEn,
  print: printEn,
  printScript: printScriptEn,
  live: liveEn,
  awards: awardsEn,
  checkin: checkinEn,
  desks: desksEn,
  bridge: bridgeEn,
  checklist: checklistEn,
  badges: badgesEn,
  history: historyEn,
  backups: backupsEn,
  errors: {
    unexpected: 'Something unexpected went wrong. Please try again.',
  },
};

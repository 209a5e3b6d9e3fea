import { MAX_EVENT_FILE_MB } from '../../shared/event-file/format';
import type { eventFileVi } from './event-file.vi';

const n = (x: number) => x.toLocaleString('en-GB');
const alreadyHere = (name: string) => `The event “${name}” is already on this laptop.`;

export const eventFileEn: typeof eventFileVi = {
  export: 'Export event file',
  exportLabel: (name: string) => `Export the event file of ${name}`,
  exported: (file: string) => `Exported ${file}. Copy it to the other laptop and choose “Import event file…” there.`,
  import: 'Import event file…',
  dropHint: 'Drop a .hoinghi file on the list to import it',
  welcomeHint: 'Have an event file from another laptop?',
  reading: 'Reading the event file…',
  titleNew: 'Add an event from a file',
  titleMerge: 'Merge an event file',
  titleFailed: 'The event file could not be opened',
  wrongType: (name: string) => `“${name}” is not a Hội Nghị event file (.hoinghi).`,
  tooBig: (name: string) => `“${name}” is too large (${MAX_EVENT_FILE_MB} MB at most).`,
  unchanged: 'Nothing was changed.',
  from: (laptop: string, when: string) => `From the laptop “${laptop}”, exported ${when}.`,
  newLead: (name: string) => `The event “${name}” is not on this laptop. It will be added whole, with its change history.`,
  alreadyHere,
  mergeLead: (name: string, k: number) =>
    `${alreadyHere(name)} The file has ${n(k)} ${k === 1 ? 'change' : 'changes'} this laptop has not seen: what one laptop changed is taken from it, what both changed differently is listed for you to choose.`,
  nothingNew: 'The file has nothing new for this laptop.',
  columns: { table: 'Records', added: 'Added', updated: 'Updated', deleted: 'Deleted', kept: 'Ours kept', deduplicated: 'Same, counted once' },
  noRowChanges: 'No record changes.',
  checkInsHere: (k: number) =>
    `${n(k)} ${k === 1 ? 'check-in was' : 'check-ins were'} already here (the same delegate, checked in on both laptops): the earlier is kept, none counted twice.`,
  conflictsTitle: (k: number) => `${n(k)} ${k === 1 ? 'place' : 'places'} the laptops changed differently`,
  conflictsLead: 'Choose which version to keep for each. Everything else is merged for you.',
  noConflicts: 'Nothing was changed differently on the two laptops.',
  keepMine: 'Keep this laptop’s',
  takeTheirs: 'Take the file’s',
  allMine: 'All: keep this laptop’s',
  allTheirs: 'All: take the file’s',
  deleted: 'Deleted',
  edited: 'Edited',
  samePlace: 'Same place',
  empty: '(empty)',
  by: (laptop: string, when: string) => `${laptop} · ${when}`,
  add: 'Add the event',
  merge: 'Merge',
  added: (name: string) => `Added the event “${name}” from the event file.`,
  merged: (name: string) => `Merged the event file into “${name}”. Undo it from the change history.`,
};

import type { CallName } from '../../shared/contract';
import { awardsHandlers } from './awards';
import { bridgeHandlers } from './bridge';
import { checkinHandlers } from './checkin';
import { checklistHandlers } from './checklist';
import { badgesHandlers } from './badges';
import { delegateHandlers } from './delegates';
import { desksHandlers } from './desks';
import { eventHandlers } from './events';
import { eventFileHandlers } from './event-file';
import { exportHandlers } from './export';
import { backupsHandlers } from './backups';
import { historyHandlers } from './history';
import { importHandlers } from './import';
import { liveHandlers } from './live';
import { precedenceHandlers } from './precedence';
import { printHandlers } from './print';
import { scriptHandlers } from './script';
import { seatingHandlers } from './seating';
import { settingsHandlers } from './settings';
import type { HandlersFor } from './types';

/** One handler per contract entry; the type refuses a missing one at compile time. */
export const handlers: HandlersFor<CallName> = {
  ...settingsHandlers,
  ...eventHandlers,
  ...delegateHandlers,
  ...precedenceHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...historyHandlers,
  ...backupsHandlers,
  ...seatingHandlers,
  ...printHandlers,
  ...scriptHandlers,
  ...liveHandlers,
  ...awardsHandlers,
  ...checkinHandlers,
  ...badgesHandlers,
  ...bridgeHandlers,
  ...checklistHandlers,
  ...desksHandlers,
  ...eventFileHandlers,
};

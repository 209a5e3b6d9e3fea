import { awardsContract } from './awards';
import { bridgeContract } from './bridge';
import { checkinContract } from './checkin';
import { checklistContract } from './checklist';
import { badgesContract } from './badges';
import { delegatesContract } from './delegates';
import { desksContract } from './desks';
import type { InputOf, OutputOf } from './define';
import { mergeContracts } from './merge';
import { eventsContract } from './events';
import { eventFileContract } from './event-file';
import { exportContract } from './export';
import { backupsContract } from './backups';
import { historyContract } from './history';
import { importContract } from './import';
import { liveContract } from './live';
import { precedenceContract } from './precedence';
import { printContract } from './print';
import { scriptContract } from './script';
import { seatingContract } from './seating';
import { settingsContract } from './settings';
import type { Result } from '../result';

/** Every operation the UI can ask for. The single truth for handlers, preload, HTTP and client. */
export const contract = mergeContracts(
  settingsContract,
  eventsContract,
  delegatesContract,
  precedenceContract,
  exportContract,
  importContract,
  historyContract,
  backupsContract,
  seatingContract,
  printContract,
  scriptContract,
  liveContract,
  awardsContract,
  checkinContract,
  badgesContract,
  bridgeContract,
  checklistContract,
  desksContract,
  eventFileContract,
);

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const callNames = Object.keys(contract) as CallName[];

export type CallInput<N extends CallName> = InputOf<Contract[N]>;
export type CallOutput<N extends CallName> = OutputOf<Contract[N]>;

/** What window.api looks like, and what the preview's HTTP client implements too. */
export type Api = { [N in CallName]: (input: CallInput<N>) => Promise<Result<CallOutput<N>>> };

export const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(contract, name);

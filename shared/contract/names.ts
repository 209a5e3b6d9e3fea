import type { CallName } from './index';

/**
 * The contract's names as plain data, for the sandboxed preload, which should not carry the
 * schemas and their library. The checks below fail to compile if this list drifts from the contract.
 */
export const CALL_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'events.list',
  'events.get',
  'events.create',
  'events.update',
  'events.delete',
  'events.createDemo',
  'categories.list',
  'categories.create',
  'delegates.list',
  'delegates.create',
  'delegates.update',
  'delegates.delete',
  'delegates.findSame',
  'delegates.bulkUpdate',
  'delegates.bulkDelete',
  'bridgePoints.list',
  'bridgePoints.create',
  'precedence.order',
  'precedence.move',
  'precedence.reset',
  'precedence.saveSettings',
  'precedenceRules.list',
  'precedenceRules.save',
  'precedenceRules.add',
  'precedenceRules.reset',
  'precedenceRules.copy',
  'delegates.export',
  'precedence.export',
  'import.inspect',
  'import.preview',
  'import.commit',
  'import.progress',
  'history.list',
  'history.get',
  'history.ofRow',
  'history.undo',
  'history.redo',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.saveElsewhere',
  'backups.openFolder',
  'seating.plans',
  'seating.createPlan',
  'seating.deletePlan',
  'seating.plan',
  'seating.setPresidium',
  'seating.previewAutoSeat',
  'seating.autoSeat',
] as const satisfies readonly CallName[];

type Missing = Exclude<CallName, (typeof CALL_NAMES)[number]>;
/** Fails to compile when a call of the contract is missing from the list above. @public */
export const namesComplete: [Missing] extends [never] ? true : Missing = true;

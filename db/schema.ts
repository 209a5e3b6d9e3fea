import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them: generated from the migrations (db/schema.generated.ts), so a
 * column is defined once, in its migration. Booleans are 0/1 and dates ISO text, converted in the
 * queries of db/.
 */
export type {
  AwardKindsTable,
  AwardPresentersTable,
  AwardRecipientsTable,
  BadgePrintsTable,
  BadgeTemplatesTable,
  BridgePointsTable,
  BridgeTestsTable,
  CategoriesTable,
  CheckInsTable,
  ChecklistTasksTable,
  ChecklistTemplatesTable,
  HolidaysTable,
  ChangeSetsTable,
  ChangesTable,
  DB,
  DelegatesTable,
  EventsTable,
  IntroBlocsTable,
  MergedChangeSetsTable,
  PlanSeatsTable,
  PrecedenceRulesTable,
  PresidiumMembersTable,
  ScriptItemsTable,
  ScriptLiveTable,
  ScriptsTable,
  SeatingPlansTable,
  SettingsTable,
} from './schema.generated';

export type { Generated };

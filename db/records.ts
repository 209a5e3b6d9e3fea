import type { AwardKind, AwardPresenter, AwardRecipient } from '../shared/contract/awards';
import type { CheckInRecord } from '../shared/contract/checkin';
import type { ChecklistTask, Holiday } from '../shared/contract/checklist';
import type { BadgePrint, BadgeTemplate } from '../shared/contract/badges';
import type { BridgeTest } from '../shared/contract/bridge';
import type { BridgePoint, Category, Delegate } from '../shared/contract/delegates';
import type { EventRecord } from '../shared/contract/events';
import type { PrecedenceRuleRecord } from '../shared/contract/precedence';
import type { PlanSeat, SeatingPlan } from '../shared/contract/seating';
import type { IntroBloc, ScriptItem, ScriptSettings } from '../shared/contract/script';
import type {
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
  HolidaysTable,
  DelegatesTable,
  EventsTable,
  IntroBlocsTable,
  PlanSeatsTable,
  PrecedenceRulesTable,
  ScriptItemsTable,
  ScriptsTable,
  SeatingPlansTable,
} from './schema';

/*
 * Each record is defined once, in shared/contract (what every call answers with); each table once,
 * in its migration (db/schema.generated.ts is derived from the file the migrations make). These
 * checks make the two agree when `tsc` runs: a column added without its field, a field without its
 * column, or a field whose type differs fails the type check. Named for each: the columns only the
 * database has (folded keys for matching), and the fields stored in another form (a boolean as
 * 0/1, a list as JSON, a closed set as text), which its db/ module converts.
 */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agree<Rec, Row, DbOnly extends keyof Row, Converted extends keyof Rec & keyof Row> =
  Same<keyof Rec, Exclude<keyof Row, DbOnly>> extends true ? Same<Omit<Rec, Converted>, Omit<Row, DbOnly | Converted>> : false;
type Check<T extends true> = T;

export type RecordsAgreeWithTables = [
  Check<Agree<EventRecord, EventsTable, never, 'kind' | 'toneStyle' | 'hostOrganizations' | 'formerPosts'>>,
  Check<Agree<Category, CategoriesTable, 'labelKey', 'code' | 'ranked'>>,
  Check<Agree<BridgePoint, BridgePointsTable, 'nameKey', 'isMain'>>,
  Check<Agree<BridgeTest, BridgeTestsTable, never, 'kind' | 'result' | 'picture' | 'sound'>>,
  Check<Agree<Delegate, DelegatesTable, 'nameKey', 'status'>>,
  Check<Agree<PrecedenceRuleRecord, PrecedenceRulesTable, never, never>>,
  Check<Agree<SeatingPlan, SeatingPlansTable, never, 'viewpoint' | 'numbering' | 'rowLabels' | 'spec'>>,
  Check<Agree<PlanSeat, PlanSeatsTable, never, 'zone' | 'blocked' | 'reservedKind' | 'locked'>>,
  Check<Agree<ScriptSettings, ScriptsTable, never, 'introMode'>>,
  Check<Agree<ScriptItem, ScriptItemsTable, never, 'kind' | 'buffer'>>,
  Check<Agree<IntroBloc, IntroBlocsTable, never, never>>,
  Check<Agree<AwardKind, AwardKindsTable, never, never>>,
  Check<Agree<AwardRecipient, AwardRecipientsTable, never, 'recipientKind'>>,
  Check<Agree<AwardPresenter, AwardPresentersTable, never, never>>,
  Check<Agree<CheckInRecord, CheckInsTable, never, 'method'>>,
  Check<Agree<BadgeTemplate, BadgeTemplatesTable, never, 'design'>>,
  Check<Agree<BadgePrint, BadgePrintsTable, never, never>>,
  Check<Agree<ChecklistTask, ChecklistTasksTable, never, 'deadlineKind' | 'workingDays' | 'status'>>,
  Check<Agree<Holiday, HolidaysTable, never, never>>,
];

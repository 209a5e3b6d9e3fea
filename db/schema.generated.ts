// Generated from the migrations by test/unit/db-schema-types.test.ts (UPDATE_DB_TYPES=1 npx vitest run db-schema-types).
// Do not edit: change a migration, then regenerate. Columns in camelCase (CamelCasePlugin maps them).

export interface EventsTable {
  id: string;
  name: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  startTime: string | null;
  venue: string | null;
  organizer: string | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  toneStyle: string;
  hostOrganizations: string;
  formerPosts: string;
  seniorLevel: number | null;
}

export interface CategoriesTable {
  id: string;
  eventId: string;
  code: string | null;
  label: string | null;
  labelKey: string | null;
  sortOrder: number;
  ranked: number;
}

export interface DelegatesTable {
  id: string;
  eventId: string;
  fullName: string;
  nameKey: string;
  title: string | null;
  organization: string | null;
  categoryId: string;
  phone: string | null;
  email: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  status: string;
  bridgePointId: string | null;
  appointmentDate: string | null;
  birthDate: string | null;
  precedenceLevel: number | null;
  precedenceLevelOf: string | null;
  precedenceOrder: number | null;
  precedenceOrderLevel: number | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface BridgePointsTable {
  id: string;
  eventId: string;
  name: string;
  nameKey: string;
  sortOrder: number;
  isMain: number;
  hostUnit: string | null;
  address: string | null;
  chairDelegateId: string | null;
  techName: string | null;
  techPhone: string | null;
  backupName: string | null;
  backupPhone: string | null;
  line: string | null;
  backupLine: string | null;
  expectedCount: number | null;
  notes: string | null;
}

export interface PrecedenceRulesTable {
  id: string;
  eventId: string;
  post: string;
  orgPattern: string | null;
  level: number;
}

export interface ChangeSetsTable {
  id: string;
  seq: number;
  eventId: string | null;
  at: string;
  laptop: string;
  call: string;
  kind: string;
  labelVi: string;
  labelEn: string;
  undoes: string | null;
  undoneBy: string | null;
  rowCount: number;
  firstChange: number | null;
  lastChange: number | null;
  origin: string | null;
  carriedBy: string | null;
}

export interface ChangesTable {
  id: number;
  setId: string;
  tbl: string;
  rowId: string;
  op: string;
  before: string | null;
  after: string | null;
  eventId: string | null;
}

export interface SeatingPlansTable {
  id: string;
  eventId: string;
  name: string;
  bridgePointId: string | null;
  viewpoint: string;
  numbering: string;
  rowLabels: string;
  frontRows: number;
  spec: string;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlanSeatsTable {
  id: string;
  eventId: string;
  planId: string;
  seatKey: string;
  zone: string;
  area: number | null;
  rowIndex: number;
  rowLabel: string;
  section: number;
  x: number;
  y: number;
  number: number;
  blocked: number;
  reservedKind: string | null;
  reservedKey: string | null;
  blockName: string | null;
  delegateId: string | null;
  locked: number;
}

export interface PresidiumMembersTable {
  id: string;
  eventId: string;
  planId: string;
  delegateId: string;
}

export interface ScriptsTable {
  id: string;
  eventId: string;
  startAt: number | null;
  plannedEnd: number | null;
  introMode: string;
  introLevel: number;
  introCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ScriptItemsTable {
  id: string;
  eventId: string;
  seq: number;
  kind: string;
  title: string;
  mcLines: string | null;
  generatedLines: string | null;
  performerDelegateId: string | null;
  performerText: string | null;
  bridgePointId: string | null;
  cueSound: string | null;
  cueLight: string | null;
  cueScreen: string | null;
  cueCamera: string | null;
  durationMin: number;
  pinnedAt: number | null;
  buffer: number;
  createdAt: string;
  updatedAt: string;
  awardKindId: string | null;
  awardBatch: number | null;
}

export interface IntroBlocsTable {
  id: string;
  eventId: string;
  seq: number;
  pattern: string;
  bloc: string;
}

export interface ScriptTemplatesTable {
  id: string;
  name: string;
  items: string;
  createdAt: string;
}

export interface AwardKindsTable {
  id: string;
  eventId: string;
  seq: number;
  name: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
  batchSize: number;
  createdAt: string;
  updatedAt: string;
}

export interface AwardRecipientsTable {
  id: string;
  eventId: string;
  kindId: string;
  seq: number;
  recipientKind: string;
  delegateId: string | null;
  fullName: string | null;
  title: string | null;
  unit: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AwardPresentersTable {
  id: string;
  eventId: string;
  kindId: string;
  batchIndex: number;
  delegateId: string;
}

export interface ScriptLiveTable {
  eventId: string;
  actualStart: number | null;
  status: string;
  currentItemId: string | null;
  currentSince: number | null;
  done: string;
  updatedAt: string;
}

export interface BadgeTemplatesTable {
  id: string;
  eventId: string;
  name: string;
  design: string;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

export interface BadgePrintsTable {
  id: string;
  eventId: string;
  delegateId: string;
  issue: number;
  templateId: string | null;
  printedAt: string;
}

export interface CheckInsTable {
  id: string;
  eventId: string;
  delegateId: string;
  checkedAt: string;
  desk: string;
  method: string;
}

export interface BridgeTestsTable {
  id: string;
  eventId: string;
  bridgePointId: string;
  kind: string;
  plannedAt: string | null;
  label: string | null;
  loggedAt: string | null;
  result: string | null;
  picture: string | null;
  sound: string | null;
  problem: string | null;
  onLine: string | null;
  action: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ChecklistTasksTable {
  id: string;
  eventId: string;
  name: string;
  workstream: string;
  ownerUnit: string | null;
  ownerPerson: string | null;
  deadlineKind: string;
  offsetDays: number | null;
  workingDays: number;
  dueTime: string | null;
  fixedDate: string | null;
  status: string;
  notes: string | null;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChecklistTemplatesTable {
  id: string;
  name: string;
  tasks: string;
  createdAt: string;
}

export interface HolidaysTable {
  id: string;
  date: string;
  name: string;
}

export interface MergedChangeSetsTable {
  id: string;
  eventId: string;
  laptop: string;
}

export interface DeskPairingsTable {
  id: string;
  eventId: string;
  name: string;
  tokenHash: string;
  pairedAt: string;
  revokedAt: string | null;
}

export interface DB {
  events: EventsTable;
  categories: CategoriesTable;
  delegates: DelegatesTable;
  settings: SettingsTable;
  bridgePoints: BridgePointsTable;
  precedenceRules: PrecedenceRulesTable;
  changeSets: ChangeSetsTable;
  changes: ChangesTable;
  seatingPlans: SeatingPlansTable;
  planSeats: PlanSeatsTable;
  presidiumMembers: PresidiumMembersTable;
  scripts: ScriptsTable;
  scriptItems: ScriptItemsTable;
  introBlocs: IntroBlocsTable;
  scriptTemplates: ScriptTemplatesTable;
  awardKinds: AwardKindsTable;
  awardRecipients: AwardRecipientsTable;
  awardPresenters: AwardPresentersTable;
  scriptLive: ScriptLiveTable;
  badgeTemplates: BadgeTemplatesTable;
  badgePrints: BadgePrintsTable;
  checkIns: CheckInsTable;
  bridgeTests: BridgeTestsTable;
  checklistTasks: ChecklistTasksTable;
  checklistTemplates: ChecklistTemplatesTable;
  holidays: HolidaysTable;
  mergedChangeSets: MergedChangeSetsTable;
  deskPairings: DeskPairingsTable;
}

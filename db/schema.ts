import type { Generated } from 'kysely';

/** Table shapes as Kysely sees them (camelCase; CamelCasePlugin maps to snake_case columns). */
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
  toneStyle: string;
  createdAt: string;
  updatedAt: string;
}

export interface CategoriesTable {
  id: string;
  eventId: string;
  code: string | null;
  label: string | null;
  labelKey: string | null;
  sortOrder: number;
}

export interface DelegatesTable {
  id: string;
  eventId: string;
  fullName: string;
  /** identityKey(fullName): finds the same person typed differently. */
  nameKey: string;
  title: string | null;
  organization: string | null;
  categoryId: string;
  precedenceRank: number | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  status: string;
  bridgePointId: string | null;
  appointmentDate: string | null;
  birthDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface BridgePointsTable {
  id: string;
  eventId: string;
  name: string;
  nameKey: string;
  sortOrder: number;
}

export interface TitleRulesTable {
  id: string;
  eventId: string;
  pattern: string;
  rank: number;
  sortOrder: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface DB {
  events: EventsTable;
  categories: CategoriesTable;
  delegates: DelegatesTable;
  settings: SettingsTable;
  bridgePoints: BridgePointsTable;
  titleRules: TitleRulesTable;
}

export type { Generated };

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
  /** JSON array of the host organizations' names. */
  hostOrganizations: string;
  formerPosts: string;
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
  /** 1 when the category's delegates are in the order of precedence. */
  ranked: number;
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
  precedenceLevel: number | null;
  precedenceLevelOf: string | null;
  precedenceOrder: number | null;
  precedenceOrderLevel: number | null;
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

export interface PrecedenceRulesTable {
  id: string;
  eventId: string;
  post: string;
  orgPattern: string | null;
  level: number;
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
  precedenceRules: PrecedenceRulesTable;
}

export type { Generated };

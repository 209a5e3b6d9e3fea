import type { Kysely } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_delegate_lists';
import * as m0003 from './0003_precedence';
import * as m0004 from './0004_phone_format';
import * as m0005 from './0005_history';
import * as m0006 from './0006_change_events';
import * as m0007 from './0007_seating';
import * as m0008 from './0008_script';
import * as m0009 from './0009_awards';
import * as m0010 from './0010_script_live';
import * as m0011 from './0011_badges_checkin';
import * as m0012 from './0012_bridge_points';
import * as m0013 from './0013_checklist';
import * as m0014 from './0014_event_files';
import * as m0015 from './0015_desk_pairings';
import * as m0016 from './0016_senior_guests';
import * as m0017 from './0017_carried_history';

export interface Migration {
  /** The schema version it brings the file to (PRAGMA user_version); 1, 2, 3 … with no gap. */
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Every migration in order. Migration N (1-based) brings the schema to `PRAGMA user_version = N`.
 * Append only: never edit or reorder one that has shipped.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_initial', up: m0001.up },
  { version: 2, name: '0002_delegate_lists', up: m0002.up },
  { version: 3, name: '0003_precedence', up: m0003.up },
  { version: 4, name: '0004_phone_format', up: m0004.up },
  { version: 5, name: '0005_history', up: m0005.up },
  { version: 6, name: '0006_change_events', up: m0006.up },
  { version: 7, name: '0007_seating', up: m0007.up },
  { version: 8, name: '0008_script', up: m0008.up },
  { version: 9, name: '0009_awards', up: m0009.up },
  { version: 10, name: '0010_script_live', up: m0010.up },
  { version: 11, name: '0011_badges_checkin', up: m0011.up },
  { version: 12, name: '0012_bridge_points', up: m0012.up },
  { version: 13, name: '0013_checklist', up: m0013.up },
  { version: 14, name: '0014_event_files', up: m0014.up },
  { version: 15, name: '0015_desk_pairings', up: m0015.up },
  { version: 16, name: '0016_senior_guests', up: m0016.up },
  { version: 17, name: '0017_carried_history', up: m0017.up },
];

export const LATEST_SCHEMA_VERSION = migrations.length;

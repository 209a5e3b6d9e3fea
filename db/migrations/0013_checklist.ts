import { sql, type Kysely } from 'kysely';
import { SEEDED_HOLIDAYS } from '../../shared/checklist/holidays-vn';
import { newId } from '../clock';

/**
 * The preparation checklist (issue 11): each event's tasks with their deadlines (an offset from the
 * event day or a fixed date), the checklist templates saved on this laptop, and the public holidays
 * working-day deadlines skip (app-wide, seeded with Vietnam's for 2026 and 2027, editable).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE checklist_tasks (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      -- A built-in workstream's code ('invitations'…) or the organizer's own by its name.
      workstream TEXT NOT NULL,
      owner_unit TEXT,
      owner_person TEXT,
      deadline_kind TEXT NOT NULL CHECK (deadline_kind IN ('offset', 'date')),
      -- Days from the event day (D-14 is -14); counted in working days when working_days is 1.
      offset_days INTEGER,
      working_days INTEGER NOT NULL CHECK (working_days IN (0, 1)),
      due_time TEXT,
      fixed_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done', 'blocked')),
      notes TEXT,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (deadline_kind = 'date' OR offset_days IS NOT NULL),
      CHECK (deadline_kind = 'offset' OR fixed_date IS NOT NULL)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX checklist_tasks_event ON checklist_tasks(event_id, sort_order)`.execute(db);
  await sql`
    CREATE TABLE checklist_templates (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      -- The tasks without people, statuses or fixed dates (shared/checklist/template-review.ts TemplateTask).
      tasks TEXT NOT NULL CHECK (json_valid(tasks)),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`
    CREATE TABLE holidays (
      id TEXT PRIMARY KEY NOT NULL,
      date TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL
    ) STRICT`.execute(db);
  for (const h of SEEDED_HOLIDAYS) await sql`INSERT INTO holidays (id, date, name) VALUES (${newId()}, ${h.date}, ${h.name})`.execute(db);
}

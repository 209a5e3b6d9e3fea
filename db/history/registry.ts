/**
 * Which tables the change history records. Every table of the schema is in exactly one of the two
 * lists; a test fails for a table in neither, so a table added later cannot be forgotten. A
 * recorded table has a text `id` primary key (stable across laptops) and an `event_id` column
 * naming the event it belongs to (a test checks both).
 */
export const RECORDED_TABLES = [
  'events',
  'categories',
  'bridge_points',
  'delegates',
  'precedence_rules',
  'seating_plans',
  'plan_seats',
  'presidium_members',
  'scripts',
  'script_items',
  'intro_blocs',
  'award_kinds',
  'award_recipients',
  'award_presenters',
  'badge_templates',
  'badge_prints',
  'check_ins',
  'bridge_tests',
  'checklist_tasks',
  'merged_change_sets',
] as const;
export type RecordedTable = (typeof RECORDED_TABLES)[number];

/** The column of a recorded table's row that holds its event's id. */
export const eventColumn = (table: RecordedTable) => (table === 'events' ? 'id' : 'event_id');

export const UNRECORDED_TABLES: Record<string, string> = {
  settings: "this laptop's preferences (language, columns, the open event): not the organizer's work, and not theirs to undo",
  change_sets: 'the history itself',
  changes: 'the history itself',
  script_live:
    'where the ceremony is while it runs (the current item, its clock, the actual start): undo must never rewind a ceremony in progress, and a script edit undone must not move the stage; the control room re-times it explicitly',
  script_templates: 'the app-wide library of script templates, shared by every event on this laptop: saving one is not a change to an event',
  checklist_templates: 'the app-wide library of checklist templates, as script_templates: saving one is not a change to an event',
  desk_pairings:
    "the desks let into this laptop's check-in (a hash of each token): who may reach this laptop is its own security, not a change to the event, so neither undone nor carried in event files",
  holidays: "the app-wide list of public holidays working-day deadlines skip: this laptop's calendar, not an event's record",
};

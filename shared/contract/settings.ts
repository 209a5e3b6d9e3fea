import { z } from 'zod';
import { id, optionalText } from '../fields';
import { command, query, returns } from './define';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface AppSettings {
  language: Language;
  /** The event every screen works on; null before one is chosen. */
  lastEventId: string | null;
  /** The delegate table's visible columns, in order; null = the default set. */
  delegateColumns: string[] | null;
  /** Widths in px the organizer dragged the delegate table's columns to, by column; a column left out keeps its default. */
  delegateColumnWidths: Record<string, number>;
  /** This laptop's name in the change history, as the organizer set it; null: the computer's name. */
  laptopName: string | null;
}

export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 1200;

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataFile: string;
  /** The computer's own name: the change history's name for this laptop until one is set. */
  computerName: string;
}

export const settingsContract = {
  'app.info': query(z.strictObject({}), returns<AppInfo>()),
  'settings.get': query(z.strictObject({}), returns<AppSettings>()),
  'settings.update': command(
    z.strictObject({
      language: z.enum(LANGUAGES).optional(),
      lastEventId: id.nullable().optional(),
      delegateColumns: z.array(z.string().min(1).max(40)).max(30).nullable().optional(),
      delegateColumnWidths: z
        .record(z.string().min(1).max(40), z.number().int().min(MIN_COLUMN_WIDTH).max(MAX_COLUMN_WIDTH))
        .refine((w) => Object.keys(w).length <= 30, { error: 'tooMany' })
        .optional(),
      laptopName: optionalText(60).optional(),
    }),
    returns<AppSettings>(),
  ),
};

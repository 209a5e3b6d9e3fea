import { z } from 'zod';
import { id, optionalLines, optionalText, requiredText } from '../fields';
import { orgPatternOk } from '../precedence/org-pattern';
import { command, query, returns } from './define';

export const ITEM_KINDS = [
  'reception',
  'performance',
  'flag',
  'introductions',
  'report',
  'video',
  'remote',
  'speech',
  'awards',
  'emulation',
  'break',
  'closing',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** An event's script settings (one row per event, made with its first item or setting). */
export interface ScriptSettings {
  id: string;
  eventId: string;
  /** When the first item starts, minutes from midnight; null: the event's start time (else 08:00). */
  startAt: number | null;
  /** When the ceremony should be over, minutes from midnight; null: measured against the script itself. */
  plannedEnd: number | null;
  /** Who the introductions name one by one: levels down to `introLevel`, or the first `introCount`. */
  introMode: 'level' | 'count';
  introLevel: number;
  introCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ScriptItem {
  id: string;
  eventId: string;
  seq: number;
  kind: ItemKind;
  title: string;
  /** What the MC says (lời dẫn). */
  mcLines: string | null;
  /** The introductions as last written by the app: where mcLines differs, it was edited. */
  generatedLines: string | null;
  performerDelegateId: string | null;
  performerText: string | null;
  bridgePointId: string | null;
  cueSound: string | null;
  cueLight: string | null;
  cueScreen: string | null;
  cueCamera: string | null;
  durationMin: number;
  /** A clock time it must start at (minutes from midnight); null: it follows on. */
  pinnedAt: number | null;
  /** A break that absorbs lateness before later items move. */
  buffer: boolean;
  /** The award kind whose batch this item presents, when awards.writeScript wrote it (shared/awards). */
  awardKindId: string | null;
  /** That batch (0-based within its kind); still set when the kind has since been deleted. */
  awardBatch: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A rule for the introductions: delegates of these organizations are "Về phía <bloc>". */
export interface IntroBloc {
  id: string;
  eventId: string;
  seq: number;
  pattern: string;
  bloc: string;
}

export interface ScriptTemplate {
  id: string;
  name: string;
  itemCount: number;
  createdAt: string;
  /** The built-in template (Decree 145/2013) cannot be deleted or overwritten. */
  builtIn: boolean;
}

export interface IntroductionsPreview {
  text: string;
  edited: boolean;
  added: string[];
  removed: string[];
}

export interface Script {
  settings: ScriptSettings | null;
  items: ScriptItem[];
  blocs: IntroBloc[];
}

const minutes = z.number().int().min(0).max(1439);
const itemFields = {
  kind: z.enum(ITEM_KINDS),
  title: requiredText(300),
  mcLines: optionalLines(20_000),
  performerDelegateId: id.nullable(),
  performerText: optionalText(300),
  bridgePointId: id.nullable(),
  cueSound: optionalText(1000),
  cueLight: optionalText(1000),
  cueScreen: optionalText(1000),
  cueCamera: optionalText(1000),
  durationMin: z.number().int().min(0).max(720),
  pinnedAt: minutes.nullable(),
  buffer: z.boolean(),
};
const newItem = z.strictObject({
  ...itemFields,
  mcLines: itemFields.mcLines.default(null),
  performerDelegateId: itemFields.performerDelegateId.default(null),
  performerText: itemFields.performerText.default(null),
  bridgePointId: itemFields.bridgePointId.default(null),
  cueSound: itemFields.cueSound.default(null),
  cueLight: itemFields.cueLight.default(null),
  cueScreen: itemFields.cueScreen.default(null),
  cueCamera: itemFields.cueCamera.default(null),
  pinnedAt: itemFields.pinnedAt.default(null),
  buffer: itemFields.buffer.default(false),
});
export type NewScriptItem = z.output<typeof newItem>;
const itemPatch = z.strictObject(
  Object.fromEntries(Object.entries(itemFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof itemFields]: z.ZodOptional<(typeof itemFields)[K]>;
  },
);
export type ScriptItemPatch = z.output<typeof itemPatch>;

const eventRef = z.strictObject({ eventId: id });

export const scriptContract = {
  /** The event's script: settings, items in order, bloc rules. Times are worked out from them (shared/script/cascade.ts). */
  'script.get': query(eventRef, returns<Script>()),
  /** An item put after another (or first, when `afterId` is null); the script's items as stored. */
  'script.addItem': command(z.strictObject({ eventId: id, afterId: id.nullable(), item: newItem }), returns<{ items: ScriptItem[] }>()),
  'script.updateItem': command(z.strictObject({ id, set: itemPatch }), returns<ScriptItem>()),
  'script.deleteItem': command(z.strictObject({ id }), returns<{ items: ScriptItem[] }>()),
  /** Moved to just after `afterId` (first when null): the later times follow. */
  'script.moveItem': command(z.strictObject({ id, afterId: id.nullable() }), returns<{ items: ScriptItem[] }>()),
  'script.updateSettings': command(
    z.strictObject({
      eventId: id,
      startAt: minutes.nullable().optional(),
      plannedEnd: minutes.nullable().optional(),
      introMode: z.enum(['level', 'count']).optional(),
      introLevel: z.number().int().min(0).max(9999).optional(),
      introCount: z.number().int().min(0).max(500).optional(),
    }),
    returns<ScriptSettings>(),
  ),
  /** The built-in template and the ones saved on this laptop. */
  'script.templates': query(z.strictObject({}), returns<ScriptTemplate[]>()),
  /** The script started from a template or from another event's script: replacing the items, or after them. */
  'script.applyTemplate': command(
    z.strictObject({
      eventId: id,
      from: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('template'), templateId: id }),
        z.strictObject({ kind: z.literal('event'), eventId: id }),
      ]),
      mode: z.enum(['replace', 'append']),
    }),
    returns<{ items: ScriptItem[] }>(),
  ),
  'script.saveTemplate': command(z.strictObject({ eventId: id, name: requiredText(200) }), returns<ScriptTemplate>()),
  'script.deleteTemplate': command(z.strictObject({ templateId: id }), returns<{ id: string }>()),
  /** The introductions the list now gives for an item: the text, whether its lines were edited by hand, and the lines that change. */
  'script.previewIntroductions': query(z.strictObject({ itemId: id }), returns<IntroductionsPreview>()),
  /** Writes them into the item; lines edited by hand are only overwritten with `overwriteEdits`. */
  'script.writeIntroductions': command(z.strictObject({ itemId: id, overwriteEdits: z.boolean().default(false) }), returns<ScriptItem>()),
  /** The bloc rules of the introductions, replaced as a whole (the editor sends them all). */
  'script.setBlocs': command(
    z.strictObject({
      eventId: id,
      blocs: z
        .array(
          z.strictObject({
            // As the title rules' organization patterns: within the matcher's limits, and naming something.
            pattern: requiredText(500).refine((p) => orgPatternOk(p) && /[\p{L}\p{N}*]/u.test(p), { error: 'orgPattern' }),
            bloc: requiredText(200),
          }),
        )
        .max(100),
    }),
    returns<{ blocs: IntroBloc[] }>(),
  ),
};

/**
 * A badge template's design (issue 10): the card's size in millimetres, one or two sides, and the
 * elements on each side, also in millimetres from the card's top left corner. Pure data, validated
 * by zod; the designer edits it, the database keeps it as JSON (badge_templates.design), and the
 * one badge view draws it for the preview and the print alike.
 */
import { z } from 'zod';

/** The badge stock the organizers buy. Width × height as the badge hangs (portrait first). */
const SIZE_PRESETS = {
  a6: { width: 105, height: 148 },
  a7: { width: 74, height: 105 },
  lanyard: { width: 90, height: 130 },
  card: { width: 85.6, height: 54 },
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS | 'custom';
export const SIZE_KEYS = ['a6', 'a7', 'lanyard', 'card', 'custom'] as const satisfies readonly SizePreset[];

/** What a text field prints: a delegate's field, the event's, or the organizer's own words. */
export const TEXT_FIELDS = [
  'fullName',
  'fullNameUpper',
  'title',
  'organization',
  'category',
  'bridgePoint',
  'seat',
  'eventName',
  'eventDate',
  'fixed',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

const MIN_MM = 0;
const MAX_MM = 300;
/** Type sizes in points (1 pt = 25.4 / 72 mm). */
const MIN_PT = 4;
const MAX_PT = 96;

const mm = z.number().finite().min(MIN_MM).max(MAX_MM);
const len = z.number().finite().min(1).max(MAX_MM);
const pt = z.number().finite().min(MIN_PT).max(MAX_PT);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'colour' });
const box = { x: mm, y: mm, width: len, height: len };

const textElement = z
  .strictObject({
    kind: z.literal('text'),
    id: z.string().min(1).max(40),
    field: z.enum(TEXT_FIELDS),
    /** The words of a `fixed` field ("ĐẠI BIỂU", "Ban Tổ chức"). */
    text: z.string().max(300).default(''),
    ...box,
    /** The size it prints at when it fits, and the least it may shrink to. */
    size: pt,
    minSize: pt,
    maxLines: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
    align: z.enum(['left', 'center', 'right']).default('center'),
    weight: z.union([z.literal(400), z.literal(500), z.literal(600), z.literal(700)]).default(500),
    colour: colour.default('#111111'),
  })
  .refine((e) => e.minSize <= e.size, { error: 'minSize', path: ['minSize'] });

const qrElement = z.strictObject({ kind: z.literal('qr'), id: z.string().min(1).max(40), x: mm, y: mm, size: z.number().finite().min(8).max(MAX_MM) });

/** A band in the colour of the delegate's category (the event's colours below), with its name in it or not. */
const bandElement = z.strictObject({
  kind: z.literal('band'),
  id: z.string().min(1).max(40),
  ...box,
  showCategory: z.boolean().default(true),
});

const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/**
 * A picture that is whole, not only one that starts right: a PNG's header chunk first and its end
 * chunk last, a JPEG's end marker at its end. A truncated file would pass the first bytes and stop
 * the PDF writer later, far from its cause.
 */
export function wholePicture(src: string): boolean {
  const b64 = src.slice(src.indexOf(',') + 1);
  if (b64.length % 4 !== 0 || b64.length < 24) return false;
  const head = bytesOf(b64.slice(0, 24));
  const tail = bytesOf(b64.slice(-24));
  if (src.startsWith('data:image/png')) {
    const end = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
    return String.fromCharCode(...head.subarray(12, 16)) === 'IHDR' && end.every((v, i) => tail[tail.length - 8 + i] === v);
  }
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}

/** The largest picture a badge may carry, and all of them together: the design is kept in the database and the history. */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
const IMAGES_MAX_CHARS = 8_400_000;

/**
 * A logo, or a background when it covers the card and comes first: a PNG or JPEG kept in the
 * design as a data URL (its first and last bytes checked), so the template carries it to the PDF and to
 * another laptop.
 */
const imageElement = z.strictObject({
  kind: z.literal('image'),
  id: z.string().min(1).max(40),
  ...box,
  src: z
    .string()
    .max(Math.ceil((IMAGE_MAX_BYTES * 4) / 3) + 40)
    .regex(/^data:image\/(png;base64,iVBORw0KGgo|jpeg;base64,\/9j\/)[A-Za-z0-9+/]*={0,2}$/, { error: 'image' })
    .refine(wholePicture, { error: 'image' }),
  /** All of the picture in the box, or the box filled and the rest cut. */
  fit: z.enum(['contain', 'cover']).default('contain'),
});

const element = z.discriminatedUnion('kind', [textElement, qrElement, bandElement, imageElement]);
export type BadgeElement = z.output<typeof element>;
export type TextElement = z.output<typeof textElement>;
export type QrElement = z.output<typeof qrElement>;
export type BandElement = z.output<typeof bandElement>;
export type ImageElement = z.output<typeof imageElement>;

const side = z.strictObject({ elements: z.array(element).max(60) });

export const badgeDesign = z
  .strictObject({
    size: z.enum(SIZE_KEYS),
    width: z.number().finite().min(30).max(MAX_MM),
    height: z.number().finite().min(30).max(MAX_MM),
    /** The back, when the badge is printed on both sides (it hangs either way round). */
    sides: z.union([z.literal(1), z.literal(2)]),
    front: side,
    back: side,
    /** The band's colour per category id; a category not listed takes `defaultColour`. */
    categoryColours: z.record(z.string().max(64), colour).default({}),
    defaultColour: colour.default('#1f4e8c'),
  })
  .superRefine((d, ctx) => {
    const preset = d.size === 'custom' ? null : SIZE_PRESETS[d.size];
    if (preset && !(near(preset.width, d.width) && near(preset.height, d.height)) && !(near(preset.width, d.height) && near(preset.height, d.width)))
      ctx.addIssue({ code: 'custom', message: 'size', path: ['width'] });
    const pictures = [...d.front.elements, ...d.back.elements].reduce((n, e) => n + (e.kind === 'image' ? e.src.length : 0), 0);
    if (pictures > IMAGES_MAX_CHARS) ctx.addIssue({ code: 'custom', message: 'imagesTooLarge', path: ['front'] });
    for (const s of ['front', 'back'] as const)
      d[s].elements.forEach((e, i) => {
        const [w, h] = e.kind === 'qr' ? [e.size, e.size] : [e.width, e.height];
        if (e.x + w > d.width + 0.01 || e.y + h > d.height + 0.01) ctx.addIssue({ code: 'custom', message: 'outside', path: [s, 'elements', i] });
      });
  });
export type BadgeDesign = z.output<typeof badgeDesign>;
export type BadgeDesignInput = z.input<typeof badgeDesign>;

const near = (a: number, b: number) => Math.abs(a - b) < 0.05;

/** The design every new event starts with: an A7 badge hanging on a lanyard (8 to an A4 sheet). */
export function defaultDesign(): BadgeDesign {
  const w = SIZE_PRESETS.a7.width;
  const text = (id: string, field: TextField, y: number, height: number, size: number, minSize: number, more: Partial<TextElement> = {}): TextElement => ({
    kind: 'text',
    id,
    field,
    text: '',
    x: 5,
    y,
    width: w - 10,
    height,
    size,
    minSize,
    maxLines: 1,
    align: 'center',
    weight: 500,
    colour: '#111111',
    ...more,
  });
  return {
    size: 'a7',
    width: w,
    height: SIZE_PRESETS.a7.height,
    sides: 1,
    front: {
      elements: [
        text('event', 'eventName', 4, 9, 9, 6, { maxLines: 2, weight: 600 }),
        text('date', 'eventDate', 13.5, 4, 7, 5),
        text('name', 'fullName', 24, 11, 20, 11, { weight: 700 }),
        text('title', 'title', 36, 10, 10, 6, { maxLines: 2 }),
        text('org', 'organization', 47, 8, 9, 6, { maxLines: 2 }),
        { kind: 'qr', id: 'qr', x: (w - 28) / 2, y: 57, size: 28 },
        { kind: 'band', id: 'band', x: 0, y: 91, width: w, height: 14, showCategory: true },
      ],
    },
    back: { elements: [] },
    categoryColours: {},
    defaultColour: '#1f4e8c',
  };
}

/** Changes the card's size (a preset or custom mm), keeping every element inside it. */
export function resize(d: BadgeDesign, size: SizePreset, custom?: { width: number; height: number }): BadgeDesign {
  const { width, height } = size === 'custom' ? (custom ?? { width: d.width, height: d.height }) : SIZE_PRESETS[size];
  const keep = (e: BadgeElement): BadgeElement => {
    // A background stays a background.
    if (e.kind === 'image' && e.x === 0 && e.y === 0 && near(e.width, d.width) && near(e.height, d.height)) return { ...e, width, height };
    if (e.kind === 'qr') {
      const s = Math.min(e.size, width, height);
      return { ...e, size: s, x: clamp(e.x, 0, width - s), y: clamp(e.y, 0, height - s) };
    }
    const ew = Math.min(e.width, width);
    const eh = Math.min(e.height, height);
    return { ...e, width: ew, height: eh, x: clamp(e.x, 0, width - ew), y: clamp(e.y, 0, height - eh) };
  };
  return { ...d, size, width, height, front: { elements: d.front.elements.map(keep) }, back: { elements: d.back.elements.map(keep) } };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Snaps a position in mm to the grid (0.5 mm steps by default) and to the card's edges and centre. */
export function snapMm(v: number, size: number, cardSize: number, grid = 0.5): number {
  const targets = [0, cardSize - size, (cardSize - size) / 2];
  for (const t of targets) if (Math.abs(v - t) < 1) return round2(t);
  return round2(clamp(Math.round(v / grid) * grid, 0, Math.max(0, cardSize - size)));
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The band's colour for a category. */
export const bandColour = (d: BadgeDesign, categoryId: string): string => d.categoryColours[categoryId] ?? d.defaultColour;

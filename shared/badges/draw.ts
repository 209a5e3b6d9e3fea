/**
 * A badge as a list of drawing operations in millimetres from its top left corner: the one
 * answer to "what goes where" for the screen (BadgeSvg draws it as SVG) and the PDF (badge-pdf.ts
 * writes it with pdfkit). Every position, size, line break and baseline is decided here, once.
 */
import type { BadgeDesign, BadgeElement } from './design';
import { FONT_METRICS } from './font-coverage';
import { LINE_HEIGHT, PT_MM, type BadgeFit, type BadgeValues } from './layout';

export type Anchor = 'start' | 'middle' | 'end';

export type BadgeOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  /** One line of text; `y` its baseline, `size` the font size in mm, `x` where `anchor` puts it. */
  | { op: 'text'; x: number; y: number; size: number; weight: number; fill: string; anchor: Anchor; text: string }
  /** A QR code filling a `size` mm square, its quiet zone included. */
  | { op: 'qr'; x: number; y: number; size: number; code: string }
  /** A picture (PNG or JPEG data URL) in its box: all of it (`contain`) or the box filled and the rest cut (`cover`). */
  | { op: 'image'; x: number; y: number; w: number; h: number; src: string; fit: 'contain' | 'cover' };

/** What one badge shows: its delegate's words, the fitted sizes, the band's colour and the QR code's text. */
export interface BadgeData {
  values: BadgeValues;
  fit: BadgeFit;
  colour: string;
  code: string;
}

/** The quiet zone around a QR code, in modules (the standard asks 4; 2 reads on every scanner we tried and leaves the code larger). */
export const QR_QUIET = 2;

/** The baseline of a line `size` mm high in a line box `lineHeight` times that, the font's ink centred as a browser centres it. */
const baselineIn = (top: number, size: number) =>
  top + (size * LINE_HEIGHT - (FONT_METRICS.ascent + FONT_METRICS.descent) * size) / 2 + FONT_METRICS.ascent * size;

/** Lines centred in a box's height, aligned across its width. */
function lines(
  e: { x: number; y: number; width: number; height: number },
  texts: readonly string[],
  size: number,
  align: 'left' | 'center' | 'right',
  weight: number,
  fill: string,
): BadgeOp[] {
  const lh = size * LINE_HEIGHT;
  const top = e.y + (e.height - texts.length * lh) / 2;
  const [x, anchor]: [number, Anchor] = align === 'left' ? [e.x, 'start'] : align === 'right' ? [e.x + e.width, 'end'] : [e.x + e.width / 2, 'middle'];
  return texts.map((text, i) => ({ op: 'text', x, y: baselineIn(top + i * lh, size), size, weight, fill, anchor, text }));
}

function elementOps(e: BadgeElement, data: BadgeData): BadgeOp[] {
  switch (e.kind) {
    case 'text': {
      const f = data.fit.texts.get(e.id);
      return f && f.lines.length ? lines(e, f.lines, f.sizePt * PT_MM, e.align, e.weight, e.colour) : [];
    }
    case 'band': {
      const band: BadgeOp = { op: 'rect', x: e.x, y: e.y, w: e.width, h: e.height, fill: data.colour };
      const f = e.showCategory ? data.fit.texts.get(e.id) : undefined;
      return f && f.lines.length ? [band, ...lines(e, f.lines, f.sizePt * PT_MM, 'center', 700, '#ffffff')] : [band];
    }
    case 'qr':
      return [{ op: 'qr', x: e.x, y: e.y, size: e.size, code: data.code }];
    case 'image':
      return [{ op: 'image', x: e.x, y: e.y, w: e.width, h: e.height, src: e.src, fit: e.fit }];
  }
}

/** One side of a badge, its elements in order (later ones over earlier ones). */
export function drawBadge(design: BadgeDesign, side: 'front' | 'back', data: BadgeData): BadgeOp[] {
  return (side === 'back' ? design.back : design.front).elements.flatMap((e) => elementOps(e, data));
}

/**
 * The sums of a badge print (issue 10), pure: badges N-up on a sheet with margins and cut marks,
 * the back pages mirrored to meet their fronts, and each text box shrunk to fit (to its minimum)
 * with the list of badges that hit the minimum or would not fit. The preview and the PDF both
 * draw what these answer, so the two cannot differ.
 */
import { fitText, type Fitted, type Measure } from '../fit-text';
import type { BadgeDesign, BandElement, TextElement, TextField } from './design';

export interface Size {
  width: number;
  height: number;
}
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const A4: Size = { width: 210, height: 297 };

/** The common stock: 4 A6 or 8 A7 to an A4 sheet, 10 cards of 54 × 90 mm, or one badge a page (card printers). */
export type SheetPreset = 'a6x4' | 'a7x8' | 'card10' | 'single' | 'a4';

export interface SheetLayout {
  paper: Size;
  badge: Size;
  cols: number;
  rows: number;
  /** Each badge's top left corner on the sheet, row by row. */
  cells: { x: number; y: number }[];
  /** The cut marks, in the margins only: never across a badge. */
  marks: Line[];
}

const MARK = 5;
const MARK_GAP = 1;

/**
 * As many badges as fit on `paper` (either way round) inside `margin`, `gap` apart, the grid
 * centred; cut marks along each cut line, in the margin outside the grid.
 */
export function nUp(badge: Size, paper: Size, margin: number, gap = 0): SheetLayout {
  const count = (p: Size) => {
    const cols = Math.max(0, Math.floor((p.width - 2 * margin + gap + 0.01) / (badge.width + gap)));
    const rows = Math.max(0, Math.floor((p.height - 2 * margin + gap + 0.01) / (badge.height + gap)));
    return { cols, rows, n: cols * rows };
  };
  const portrait = { width: Math.min(paper.width, paper.height), height: Math.max(paper.width, paper.height) };
  const landscape = { width: portrait.height, height: portrait.width };
  const a = count(portrait);
  const b = count(landscape);
  const [p, c] = b.n > a.n ? [landscape, b] : [portrait, a];
  const cols = Math.max(1, c.cols);
  const rows = Math.max(1, c.rows);
  const gridW = cols * badge.width + (cols - 1) * gap;
  const gridH = rows * badge.height + (rows - 1) * gap;
  const left = (p.width - gridW) / 2;
  const top = (p.height - gridH) / 2;
  const cells: { x: number; y: number }[] = [];
  for (let r = 0; r < rows; r++) for (let k = 0; k < cols; k++) cells.push({ x: left + k * (badge.width + gap), y: top + r * (badge.height + gap) });
  return { paper: p, badge, cols, rows, cells, marks: cutMarks(left, top, gridW, gridH, cols, rows, badge, gap, p) };
}

function cutMarks(left: number, top: number, gridW: number, gridH: number, cols: number, rows: number, badge: Size, gap: number, paper: Size): Line[] {
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (let k = 0; k < cols; k++) xs.add(round(left + k * (badge.width + gap))).add(round(left + k * (badge.width + gap) + badge.width));
  for (let r = 0; r < rows; r++) ys.add(round(top + r * (badge.height + gap))).add(round(top + r * (badge.height + gap) + badge.height));
  const marks: Line[] = [];
  // Room in each margin: a mark is drawn only where at least 2 mm of it fits.
  const lenTop = Math.min(MARK, top - MARK_GAP);
  const lenSide = Math.min(MARK, left - MARK_GAP);
  const bottom = top + gridH;
  const right = left + gridW;
  if (lenTop >= 2)
    for (const x of xs) {
      marks.push({ x1: x, y1: top - MARK_GAP - lenTop, x2: x, y2: top - MARK_GAP });
      marks.push({ x1: x, y1: bottom + MARK_GAP, x2: x, y2: Math.min(paper.height, bottom + MARK_GAP + lenTop) });
    }
  if (lenSide >= 2)
    for (const y of ys) {
      marks.push({ x1: left - MARK_GAP - lenSide, y1: y, x2: left - MARK_GAP, y2: y });
      marks.push({ x1: right + MARK_GAP, y1: y, x2: Math.min(paper.width, right + MARK_GAP + lenSide), y2: y });
    }
  return marks;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The sheet for a preset: A4 with the margin chosen, or the badge's own size a page. */
export function sheetFor(preset: SheetPreset, badge: Size, margin: number, gap = 0): SheetLayout {
  if (preset === 'single') return { paper: badge, badge, cols: 1, rows: 1, cells: [{ x: 0, y: 0 }], marks: [] };
  return nUp(badge, A4, margin, gap);
}

/**
 * Where each badge of a back page goes: printed on the other side and turned over the long edge,
 * a row's first badge is behind its last, so the columns are mirrored.
 */
export function backCells(sheet: SheetLayout): { x: number; y: number }[] {
  return sheet.cells.map((c) => ({ x: round(sheet.paper.width - c.x - sheet.badge.width), y: c.y }));
}

/** The cut marks of a back page: the front's, mirrored as its badges are. */
export function backMarks(sheet: SheetLayout): Line[] {
  return sheet.marks.map((m) => ({ ...m, x1: round(sheet.paper.width - m.x1), x2: round(sheet.paper.width - m.x2) }));
}

/** Splits the badges into sheets of `perPage`, in order. */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) out.push(items.slice(i, i + perPage));
  return out;
}

/** The words a badge prints, per text field. */
export type BadgeValues = Record<Exclude<TextField, 'fixed' | 'fullNameUpper'>, string>;

function fieldText(e: TextElement, v: BadgeValues): string {
  if (e.field === 'fixed') return e.text;
  if (e.field === 'fullNameUpper') return v.fullName.toLocaleUpperCase('vi');
  return v[e.field];
}

export const PT_MM = 25.4 / 72;
export const LINE_HEIGHT = 1.2;
const STEP = 0.25;

export type FitStatus = 'ok' | 'min' | 'overflow';

/** A text box as it prints: lines, the size in points, and whether it reached its minimum or went under it. */
export interface FittedText {
  lines: string[];
  sizePt: number;
  status: FitStatus;
}

/**
 * Shrinks the text to its box, in quarter points: at most its size, and as large as fits. Under
 * its minimum it still fits (never cut, never over the box) and says `overflow`: the organizer
 * fixes the text or approves it; within half a point of the minimum it says `min`.
 */
export function fitBox(text: string, e: TextElement, measure: Measure): FittedText {
  if (!text.trim()) return { lines: [], sizePt: e.size, status: 'ok' };
  const f: Fitted = fitText(text, e.width, e.height, measure, { maxLines: e.maxLines, maxSize: e.size * PT_MM, lineHeight: LINE_HEIGHT });
  const pt = Math.floor(f.size / PT_MM / STEP + 1e-6) * STEP;
  const status: FitStatus = pt < e.minSize ? 'overflow' : pt < e.minSize + 0.5 && pt < e.size ? 'min' : 'ok';
  return { lines: f.lines, sizePt: Math.max(STEP, pt), status };
}

/** A font's measure per weight (canvas in the renderer, a stand-in in the tests). */
export type Measures = (weight: number) => Measure;

export interface BadgeFit {
  /** Per text element id, front and back. */
  texts: Map<string, FittedText>;
  worst: FitStatus;
}

export function fitBadge(design: BadgeDesign, values: BadgeValues, measures: Measures): BadgeFit {
  const texts = new Map<string, FittedText>();
  let worst: FitStatus = 'ok';
  const sides = design.sides === 2 ? [design.front, design.back] : [design.front];
  for (const side of sides)
    for (const e of side.elements) {
      const box = e.kind === 'text' ? e : e.kind === 'band' && e.showCategory ? bandBox(e) : null;
      if (!box) continue;
      const f = fitBox(e.kind === 'text' ? fieldText(e, values) : bandText(values), box, measures(box.weight));
      texts.set(e.id, f);
      if (f.status === 'overflow' || (f.status === 'min' && worst === 'ok')) worst = f.status;
    }
  return { texts, worst };
}

/** A band's category name, in capitals as bands are printed. */
const bandText = (v: BadgeValues) => v.category.trim().toLocaleUpperCase('vi');

/** The band's name as a text box: half the band's height, bold, one line, 1 mm in from each end, down to a third of the height. */
function bandBox(e: BandElement): TextElement {
  const size = (e.height * 0.5) / PT_MM;
  return {
    kind: 'text',
    id: e.id,
    field: 'fixed',
    text: '',
    x: e.x + 1,
    y: e.y,
    width: Math.max(1, e.width - 2),
    height: e.height,
    size: Math.min(96, size),
    minSize: Math.max(4, Math.min(96, size) * 0.6),
    maxLines: 1,
    align: 'center',
    weight: 700,
    colour: '#ffffff',
  };
}

/** Every text a badge prints (for the glyph check). */
export function badgeTexts(design: BadgeDesign, values: BadgeValues): string[] {
  const sides = design.sides === 2 ? [design.front, design.back] : [design.front];
  const out: string[] = [];
  for (const side of sides)
    for (const e of side.elements) {
      if (e.kind === 'text') out.push(fieldText(e, values));
      if (e.kind === 'band' && e.showCategory) out.push(bandText(values));
    }
  return out;
}

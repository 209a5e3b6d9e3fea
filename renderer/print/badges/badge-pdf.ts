/**
 * The badges' PDF, written with pdfkit from the operations of shared/badges/draw.ts (the same ones
 * the screen draws as SVG) with the same font files the screen uses. Runs in a worker
 * (badge-pdf.worker.ts) so a run of thousands shows its progress and can be cancelled; plain
 * enough to run under Node in the unit tests.
 */
import PDFDocument from 'pdfkit';
import type { BadgeDesign } from '../../../shared/badges/design';
import { drawBadge, QR_QUIET, type BadgeData, type BadgeOp } from '../../../shared/badges/draw';
import { backCells, backMarks, pagesOf, type SheetLayout } from '../../../shared/badges/layout';
import { qrRuns } from '../../../shared/badges/qr-svg';

const PT = 72 / 25.4;

/** A picture on the badge that pdfkit cannot read (damaged in a way its first and last bytes do not show). */
export class BadgePictureError extends Error {
  constructor() {
    super('picture');
    this.name = 'BadgePictureError';
  }
}
const BADGE_WEIGHTS = [400, 500, 600, 700] as const;

export interface BadgePdfJob {
  design: BadgeDesign;
  sheet: SheetLayout;
  marks: boolean;
  badges: BadgeData[];
  title: string;
}

/** Fonts by weight, the files renderer/fonts holds. */
export type BadgeFonts = Record<(typeof BADGE_WEIGHTS)[number], Uint8Array>;

function drawOps(doc: PDFKit.PDFDocument, ops: readonly BadgeOp[], ox: number, oy: number): void {
  for (const o of ops) {
    switch (o.op) {
      case 'rect':
        doc.rect((ox + o.x) * PT, (oy + o.y) * PT, o.w * PT, o.h * PT).fill(o.fill);
        break;
      case 'text': {
        doc
          .font(`w${o.weight}`)
          .fontSize(o.size * PT)
          .fillColor(o.fill);
        const width = doc.widthOfString(o.text);
        const x = (ox + o.x) * PT - (o.anchor === 'middle' ? width / 2 : o.anchor === 'end' ? width : 0);
        doc.text(o.text, x, (oy + o.y) * PT, { lineBreak: false, baseline: 'alphabetic' });
        break;
      }
      case 'qr': {
        // Rectangles, not the SVG path: pdfkit parsing 5,000 paths costs seconds.
        const q = qrRuns(o.code);
        const n = q.modules + QR_QUIET * 2;
        const k = (o.size / n) * PT;
        const x0 = (ox + o.x) * PT + QR_QUIET * k;
        const y0 = (oy + o.y) * PT + QR_QUIET * k;
        doc.rect((ox + o.x) * PT, (oy + o.y) * PT, o.size * PT, o.size * PT).fill('#ffffff');
        for (let i = 0; i < q.runs.length; i += 3) doc.rect(x0 + q.runs[i]! * k, y0 + q.runs[i + 1]! * k, q.runs[i + 2]! * k, k);
        doc.fill('#000000');
        break;
      }
      case 'image': {
        const [x, y, w, h] = [(ox + o.x) * PT, (oy + o.y) * PT, o.w * PT, o.h * PT];
        doc.save().rect(x, y, w, h).clip();
        try {
          doc.image(o.src, x, y, o.fit === 'cover' ? { cover: [w, h], align: 'center', valign: 'center' } : { fit: [w, h], align: 'center', valign: 'center' });
        } catch {
          // pdfkit throws strings as well as errors; what matters is which picture.
          throw new BadgePictureError();
        }
        doc.restore();
        break;
      }
    }
  }
}

function drawMarks(doc: PDFKit.PDFDocument, marks: SheetLayout['marks']): void {
  if (!marks.length) return;
  for (const m of marks) doc.moveTo(m.x1 * PT, m.y1 * PT).lineTo(m.x2 * PT, m.y2 * PT);
  doc.lineWidth(0.2 * PT).stroke('#000000');
}

/** The whole run as one PDF: each sheet's fronts, then (two-sided) its backs mirrored to meet them. `onPage` after each sheet. */
export function writeBadgesPdf(job: BadgePdfJob, fonts: BadgeFonts, onPage?: (done: number, total: number) => void): Promise<Uint8Array> {
  const { design, sheet } = job;
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    info: { Title: job.title, Creator: 'Hội Nghị' },
    // Our own font as the default: pdfkit's browser build carries no Helvetica (the types say only a name).
    font: fonts[400] as unknown as string,
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
  for (const w of BADGE_WEIGHTS) doc.registerFont(`w${w}`, fonts[w]);
  const size: [number, number] = [sheet.paper.width * PT, sheet.paper.height * PT];
  const pages = pagesOf(job.badges, sheet.cells.length);
  const back = backCells(sheet);
  const sides = design.sides === 2 ? (['front', 'back'] as const) : (['front'] as const);
  pages.forEach((page, i) => {
    for (const side of sides) {
      doc.addPage({ size, margin: 0 });
      const cells = side === 'back' ? back : sheet.cells;
      page.forEach((b, k) => {
        // Nothing of a badge reaches its neighbour, as nothing leaves it on screen (the SVG's own box).
        const { x, y } = cells[k]!;
        doc
          .save()
          .rect(x * PT, y * PT, design.width * PT, design.height * PT)
          .clip();
        drawOps(doc, drawBadge(design, side, b), x, y);
        doc.restore();
      });
      if (job.marks) drawMarks(doc, side === 'back' ? backMarks(sheet) : sheet.marks);
    }
    onPage?.(i + 1, pages.length);
  });
  doc.end();
  return done;
}

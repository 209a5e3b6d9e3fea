import { describe, expect, it } from 'vitest';
import { defaultDesign, type BadgeDesign } from '../../shared/badges/design';
import { drawBadge, type BadgeData, type BadgeOp } from '../../shared/badges/draw';
import { FONT_METRICS } from '../../shared/badges/font-coverage';
import { backMarks, fitBadge, LINE_HEIGHT, nUp, PT_MM, type BadgeValues } from '../../shared/badges/layout';

const values: BadgeValues = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
  organization: 'Ủy ban nhân dân tỉnh',
  category: 'Khách mời',
  bridgePoint: '',
  seat: 'B-12',
  eventName: 'Hội nghị tổng kết',
  eventDate: '18/12/2026',
};
const mono = () => (t: string) => t.length * 0.5;
const dataFor = (design: BadgeDesign): BadgeData => ({ values, fit: fitBadge(design, values, mono), colour: '#aa0000', code: 'HN1.A.B.1' });
const texts = (ops: BadgeOp[]) => ops.filter((o): o is Extract<BadgeOp, { op: 'text' }> => o.op === 'text');

describe('a badge as drawing operations (the screen and the PDF draw these)', () => {
  it('centres a text box’s lines in its height, each baseline where a browser puts it, at the fitted size', () => {
    const design = defaultDesign();
    const data = dataFor(design);
    const title = design.front.elements.find((e) => e.id === 'title')!;
    if (title.kind !== 'text') throw new Error('title');
    const fitted = data.fit.texts.get('title')!;
    expect(fitted.lines.length).toBe(2);
    const lines = texts(drawBadge(design, 'front', data)).filter((o) => fitted.lines.includes(o.text));
    const size = fitted.sizePt * PT_MM;
    expect(lines.map((l) => l.size)).toEqual([size, size]);
    // Centred: as much room above the first line box as below the last.
    const top = title.y + (title.height - 2 * size * LINE_HEIGHT) / 2;
    const first = top + (size * LINE_HEIGHT - (FONT_METRICS.ascent + FONT_METRICS.descent) * size) / 2 + FONT_METRICS.ascent * size;
    expect(lines[0]!.y).toBeCloseTo(first, 6);
    expect(lines[1]!.y - lines[0]!.y).toBeCloseTo(size * LINE_HEIGHT, 6);
    // The ink stays inside the box.
    expect(lines[0]!.y - FONT_METRICS.ascent * size).toBeGreaterThanOrEqual(title.y - 1e-9);
    expect(lines[1]!.y + FONT_METRICS.descent * size).toBeLessThanOrEqual(title.y + title.height + 1e-9);
    expect(lines.every((l) => l.anchor === 'middle' && l.x === title.x + title.width / 2)).toBe(true);
  });

  it('anchors left and right aligned text at the box’s edges', () => {
    const design = defaultDesign();
    design.front.elements = design.front.elements.map((e) =>
      e.id === 'name' && e.kind === 'text' ? { ...e, align: 'left' } : e.id === 'org' && e.kind === 'text' ? { ...e, align: 'right' } : e,
    );
    const ops = texts(drawBadge(design, 'front', dataFor(design)));
    const name = ops.find((o) => o.text === values.fullName)!;
    expect([name.anchor, name.x]).toEqual(['start', 5]);
    const org = ops.find((o) => o.text === values.organization)!;
    expect([org.anchor, org.x]).toEqual(['end', 69]);
  });

  it('draws the band in the category’s colour with its name in white, the QR code with the badge’s code, elements in order', () => {
    const design = defaultDesign();
    const ops = drawBadge(design, 'front', dataFor(design));
    expect(ops.find((o) => o.op === 'rect')).toEqual({ op: 'rect', x: 0, y: 91, w: 74, h: 14, fill: '#aa0000' });
    const band = texts(ops).find((o) => o.text === 'KHÁCH MỜI')!;
    expect(band).toMatchObject({ fill: '#ffffff', weight: 700, anchor: 'middle', x: 37 });
    expect(band.size).toBeCloseTo(7, 1);
    expect(ops.find((o) => o.op === 'qr')).toEqual({ op: 'qr', x: 23, y: 57, size: 28, code: 'HN1.A.B.1' });
    expect(texts(ops)[0]!.text).toBe(values.eventName);
  });

  it('draws a picture in its box, and the back side’s own elements', () => {
    const design: BadgeDesign = {
      ...defaultDesign(),
      sides: 2,
      back: { elements: [{ kind: 'image', id: 'logo', x: 0, y: 0, width: 74, height: 105, src: 'data:image/png;base64,iVBORw0KGgo=', fit: 'cover' }] },
    };
    expect(drawBadge(design, 'back', dataFor(design))).toEqual([
      { op: 'image', x: 0, y: 0, w: 74, h: 105, src: 'data:image/png;base64,iVBORw0KGgo=', fit: 'cover' },
    ]);
  });

  it('shrinks a long category name to the band, in capitals, and reports it when it reaches the minimum', () => {
    const design = defaultDesign();
    const long = { ...values, category: 'Đại biểu Quốc hội khóa XV tham dự tại điểm cầu' };
    const fit = fitBadge(design, long, mono);
    const f = fit.texts.get('band')!;
    expect(f.lines).toEqual(['ĐẠI BIỂU QUỐC HỘI KHÓA XV THAM DỰ TẠI ĐIỂM CẦU']);
    // 46 characters at 0.5 em in 72 mm: at most 3.13 mm a letter, well under the band's 7 mm.
    expect(f.sizePt * PT_MM * 0.5 * f.lines[0]!.length).toBeLessThanOrEqual(72 + 1e-9);
    expect(f.status).toBe('overflow');
    expect(fit.worst).toBe('overflow');
  });

  it('mirrors the cut marks of a back page as its badges are', () => {
    const sheet = nUp({ width: 54, height: 90 }, { width: 210, height: 297 }, 5);
    const back = backMarks(sheet);
    expect(back).toHaveLength(sheet.marks.length);
    back.forEach((m, i) => {
      expect(m.x1).toBeCloseTo(sheet.paper.width - sheet.marks[i]!.x1, 3);
      expect(m.y1).toBe(sheet.marks[i]!.y1);
    });
  });
});

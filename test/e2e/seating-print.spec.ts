import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { Store } from '../../db/connection';
import { expect, test } from './fixtures';
import { seedLargeEvent, seedPeople, type PersonSeed } from './seed';

const SHOTS = '/tmp/shots';

async function call<N extends CallName>(store: Store, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, { store, appVersion: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as CallOutput<N>;
}

const LONG_TITLE = 'Phó Chủ nhiệm Văn phòng Quốc hội kiêm Tổng Thư ký Quốc hội';
const PEOPLE: PersonSeed[] = [
  { fullName: 'Trần Thanh Mẫn', title: 'Ủy viên Bộ Chính trị, Chủ tịch Quốc hội', organization: 'Quốc hội', category: 'guest', precedenceLevel: 10 },
  { fullName: 'Nguyễn Thị Phương Thảo', title: LONG_TITLE, organization: 'Văn phòng Quốc hội', precedenceLevel: 30 },
  { fullName: 'Lê Minh Hưng', title: 'Bộ trưởng', organization: 'Bộ Nội vụ', precedenceLevel: 30 },
  { fullName: 'Tôn Nữ Thị Ninh', title: 'Thứ trưởng', organization: 'Bộ Ngoại giao', precedenceLevel: 40 },
  { fullName: 'Hoàng Văn Bình', title: 'Vụ trưởng', organization: 'Vụ Pháp chế', precedenceLevel: 50 },
  ...Array.from({ length: 20 }, (_, i) => ({
    fullName: `${['Phạm', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'][i % 5]} ${['Văn', 'Thị', 'Đức', 'Ngọc'][i % 4]} ${['An', 'Dũng', 'Hằng', 'Khoa', 'Lan', 'Sơn', 'Yến'][i % 7]}`,
    title: i % 3 ? 'Chuyên viên chính' : 'Phó Vụ trưởng',
    organization: ['Vụ Pháp chế', 'Văn phòng Bộ', 'Cục Sở hữu trí tuệ'][i % 3],
    precedenceLevel: 60 + i,
    bridgePoint: i % 4 === 0 ? (0 as const) : null,
  })),
];

/** The open print preview as Electron's printToPDF would print it, read back as text, size and one page's picture. */
async function printed(page: Page, name: string, opts: { firstPage?: number } = {}) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-pdf-'));
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  fs.mkdirSync(SHOTS, { recursive: true });
  const first = String(opts.firstPage ?? 1);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', first, '-l', first, '-singlefile', file, path.join(SHOTS, name)]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { text, pages, width: Number(size[1]), height: Number(size[2]), file };
}

// Chromium lays a PDF page out in whole device dots, so A3's 1190.55 pt comes out 1191.12 (pdfinfo still says A3).
const expectPts = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(1);

async function openSeatingPrint(page: Page, kind: 'seatMap' | 'seatList' | 'nameCards') {
  await page.getByTestId('print-button').click();
  await page.getByTestId(`print-${kind}`).click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await expect(page.getByTestId('print-pages')).toBeVisible();
}

test('prints the seat map, the seat list and the name cards of a plan, each as its PDF', async ({ app, page }) => {
  test.setTimeout(90_000);
  const seeded = await seedPeople(app.store.db, PEOPLE);
  const plan = await call(app.store, 'seating.createPlan', {
    eventId: seeded.eventId,
    name: 'Hội trường tầng 2',
    numbers: { presidium: { rows: 1, seats: 7 }, areas: [{ name: 'Khu A', rows: 3, seatsPerRow: 10, aisles: 1 }] },
  });
  await call(app.store, 'seating.setPresidium', { planId: plan.id, delegateIds: seeded.ids.slice(0, 5) });
  const seated = await call(app.store, 'seating.autoSeat', { planId: plan.id, mode: 'all' });
  expect(seated.seated).toBe(PEOPLE.length);
  // Row C is a named block: its name is printed over it.
  const rowC = seated.seats.filter((s) => s.rowLabel === 'C' && s.zone === 'hall').map((s) => s.id);
  await call(app.store, 'seating.markSeats', { planId: plan.id, seatIds: rowC, set: { blockName: 'Khối dự phòng' } });

  await page.setViewportSize({ width: 1366, height: 860 });
  await app.open(page);
  await page.getByTestId('nav-seating').click();
  await expect(page.getByTestId('seating-plan-picker').locator('option:checked')).toHaveText('Hội trường tầng 2');
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-painted', /\d+/);

  // The seat map, A3 landscape, seen from the audience.
  await openSeatingPrint(page, 'seatMap');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'print-preview.png') });
  const map = await printed(page, 'seat-map-a3');
  expect(map.pages).toBe(1);
  expectPts(map.width, 1190.55);
  expectPts(map.height, 841.89);
  expect(map.text).toContain('SƠ ĐỒ CHỖ NGỒI');
  expect(map.text).toContain('Nhìn từ phía đại biểu');
  expect(map.text).toContain('SÂN KHẤU');
  expect(map.text).toContain('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026');
  expect(map.text).toContain('Hội trường tầng 2');
  expect(map.text).toContain('Trang 1/1');
  expect(map.text).toMatch(/Chú thích: Đối tượng/);
  expect(map.text).toMatch(/Ghế trống\s+\d+/);
  // Row labels on both sides of each row.
  for (const row of ['A', 'B', 'C']) {
    expect(map.text).toMatch(new RegExp(`^\\s*${row}\\s`, 'm'));
    expect(map.text).toMatch(new RegExp(`\\s${row}\\s*$`, 'm'));
  }
  // Seats this size have room for names (short ones at least).
  expect(map.text).toMatch(/Mẫn|T\.T\. Mẫn/);
  expect(map.text).toContain('Khối dự phòng');

  // Seen from the stage, A4 landscape, coloured by unit.
  await page.getByTestId('print-paper-a4').check();
  await page.getByTestId('print-viewpoint-stage').check();
  await page.getByTestId('print-colour-unit').check();
  const stage = await printed(page, 'seat-map-a4-stage');
  expectPts(stage.width, 841.89);
  expectPts(stage.height, 595.28);
  expect(stage.text).toContain('Nhìn từ sân khấu');
  expect(stage.text).toContain('Vụ Pháp chế');
  await page.getByTestId('print-close').click();
  await expect(page.getByTestId('print-preview')).toBeHidden();

  // The reception desk's list: A4 portrait, in Vietnamese name order (given name first).
  await openSeatingPrint(page, 'seatList');
  const list = await printed(page, 'seat-list');
  expectPts(list.width, 595.28);
  expectPts(list.height, 841.89);
  expect(list.text).toContain('DANH SÁCH CHỖ NGỒI');
  expect(list.text).toMatch(/Họ và tên\s+Chức vụ\s+Đơn vị\s+Khu vực\s+Hàng\s+Ghế/);
  const order = ['Phạm Văn An', 'Hoàng Văn Bình', 'Tôn Nữ Thị Ninh', 'Nguyễn Thị Phương Thảo'].map((n) => list.text.indexOf(n));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(list.text).toContain('Đoàn Chủ'); // the presidium's area, wrapped in its narrow column
  // By unit: one heading per unit.
  await page.getByTestId('print-order-unit').check();
  const byUnit = await printed(page, 'seat-list-by-unit');
  expect(byUnit.text).toContain('DANH SÁCH CHỖ NGỒI THEO ĐƠN VỊ');
  expect(byUnit.text).toMatch(/Cục Sở hữu trí tuệ · \d+ người/);
  await page.getByTestId('print-close').click();

  // Name cards: the presidium, A4 tents, the long title whole.
  await openSeatingPrint(page, 'nameCards');
  await expect(page.getByTestId('print-cards-count')).toHaveText('5 biển tên');
  const cards = await printed(page, 'name-cards', { firstPage: 2 });
  expect(cards.pages).toBe(5);
  expectPts(cards.width, 841.89);
  expectPts(cards.height, 595.28);
  expect(cards.text).toContain('Nguyễn Thị Phương Thảo');
  const flat = cards.text.replace(/\s+/g, ' ');
  expect(flat).toContain('Phó Chủ nhiệm Văn phòng Quốc hội');
  expect(flat).toContain('kiêm Tổng Thư ký Quốc hội');
  // Every card's name and title stay inside its face: nothing is cut or runs off.
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('.card-face')].flatMap((face) => {
      const f = face.getBoundingClientRect();
      return [...face.querySelectorAll('.card-name span, .card-title span')]
        .map((s) => s.getBoundingClientRect())
        .filter((r) => r.left < f.left - 0.5 || r.right > f.right + 0.5 || r.top < f.top - 0.5 || r.bottom > f.bottom + 0.5).length;
    }),
  );
  expect(overflow.every((n) => n === 0)).toBe(true);
  // Presidium and a chosen row, on A5 tents.
  await page.getByTestId('print-cards-who-both').check();
  await page.getByTestId('print-cards-size-a5').check();
  await expect(page.getByTestId('print-cards-count')).toHaveText('15 biển tên');
  const a5 = await printed(page, 'name-cards-a5');
  expect(a5.pages).toBe(15);
  expectPts(a5.width, 595.28);
  expectPts(a5.height, 419.53);
  // A sheet of the organizer's own size, in mm.
  await page.getByTestId('print-cards-size-custom').check();
  await page.getByTestId('print-cards-width').fill('250');
  await page.getByTestId('print-cards-height').fill('160');
  const custom = await printed(page, 'name-cards-custom');
  expectPts(custom.width, 708.66);
  expectPts(custom.height, 453.54);
  expect(custom.pages).toBe(15);
});

test('prints a 3,700-seat hall on one A3 page', async ({ app, page }) => {
  test.setTimeout(150_000);
  const seeded = await seedLargeEvent(app.store.db, 3700);
  const plan = await call(app.store, 'seating.createPlan', {
    eventId: seeded.eventId,
    name: 'Hội trường lớn',
    numbers: {
      presidium: { rows: 3, seats: 15 },
      areas: [
        { name: 'Tầng 1', rows: 40, seatsPerRow: 60, aisles: 2 },
        { name: 'Tầng 2', rows: 20, seatsPerRow: 65, aisles: 2 },
      ],
    },
  });
  await call(app.store, 'seating.autoSeat', { planId: plan.id, mode: 'all' });
  await app.open(page);
  await page.getByTestId('nav-seating').click();
  await expect(page.getByTestId('seating-plan-picker').locator('option:checked')).toHaveText('Hội trường lớn');
  await expect(page.getByTestId('seat-map')).toHaveAttribute('data-painted', /\d+/);
  await openSeatingPrint(page, 'seatMap');
  const map = await printed(page, 'seat-map-3700');
  expect(map.pages).toBe(1);
  expectPts(map.width, 1190.55);
  expect(map.text).toContain('Nhìn từ phía đại biểu');
  expect(map.text).toContain('3.745 ghế');
  // Both areas' rows are labelled from A again, on both sides.
  expect(map.text.match(/^\s*T\s.*\sT\s*$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  await page.getByTestId('print-close').click();

  // The reception list runs to many pages, each with its own table heading and page number.
  await openSeatingPrint(page, 'seatList');
  // No page's table runs into its footer.
  const over = await page.evaluate(
    () =>
      [...document.querySelectorAll('.pf-body')].filter((b) => {
        const table = b.querySelector('table');
        return table && table.getBoundingClientRect().bottom > b.getBoundingClientRect().bottom + 0.5;
      }).length,
  );
  expect(over).toBe(0);
  const list = await printed(page, 'seat-list-3700-p2', { firstPage: 2 });
  expect(list.pages).toBeGreaterThan(20);
  const pages = list.text.split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(list.pages);
  pages.forEach((p, i) => {
    expect(p).toMatch(/Họ và tên\s+Chức vụ\s+Đơn vị\s+Khu vực\s+Hàng\s+Ghế/);
    expect(p).toContain(`Trang ${i + 1}/${list.pages}`);
  });
  // Nobody is lost at a page break: every seated delegate is listed once.
  const seated = Number(/([\d.]+) đại biểu đã có chỗ ngồi/.exec(list.text)![1]!.replace('.', ''));
  expect(seated).toBeGreaterThan(1500);
  const numbers = new Set([...list.text.matchAll(/^\s*(\d+)\s+\S/gm)].map((m) => Number(m[1])));
  expect(Array.from({ length: seated }, (_, i) => i + 1).filter((n) => !numbers.has(n))).toEqual([]);
});

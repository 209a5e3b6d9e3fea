import type { seatingVi } from './seating.vi';

const n = (x: number) => x.toLocaleString('en-GB');

/** Texts of the seating section, English: the same shape as seating.vi.ts. */
export const seatingEn: typeof seatingVi = {
  title: 'Seating',
  subtitle: 'The hall plan, the presidium, and every delegate’s seat by order of precedence.',
  plan: 'Plan',
  seatCount: (x: number) => `${n(x)} seats`,
  newPlan: 'New plan',
  noPlansTitle: 'No seating plan yet',
  noPlansBody: 'Make the hall’s plan from a few numbers: rows, seats per row, aisles and the presidium. Then edit it seat by seat.',
};

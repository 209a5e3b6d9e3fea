/**
 * Vietnam's public holidays (Labour Code 2019, art. 112) the app starts with, for the working-day
 * deadlines. The list is the user's to edit (a table, app-wide): the Tết and 2/9 days are set each
 * year by the government's decision, and those not yet decided are marked in docs/DOMAIN-NOTES.md.
 */
export const SEEDED_HOLIDAYS: readonly { date: string; name: string }[] = [
  { date: '2026-01-01', name: 'Tết Dương lịch' },
  // Tết Bính Ngọ: the government's decision gives Mon 16 – Fri 20 Feb (with the weekends, 14–22 Feb).
  { date: '2026-02-16', name: 'Tết Nguyên đán' },
  { date: '2026-02-17', name: 'Tết Nguyên đán' },
  { date: '2026-02-18', name: 'Tết Nguyên đán' },
  { date: '2026-02-19', name: 'Tết Nguyên đán' },
  { date: '2026-02-20', name: 'Tết Nguyên đán' },
  // 10/3 âm lịch falls on Sunday 26 April: the Monday after is the day off in its place.
  { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương' },
  { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
  { date: '2026-04-30', name: 'Ngày Chiến thắng' },
  { date: '2026-05-01', name: 'Quốc tế Lao động' },
  { date: '2026-09-01', name: 'Quốc khánh' },
  { date: '2026-09-02', name: 'Quốc khánh' },
  { date: '2027-01-01', name: 'Tết Dương lịch' },
  // Tết Đinh Mùi (mùng 1 on Saturday 6 Feb): not decided yet; the likely days, to check.
  { date: '2027-02-05', name: 'Tết Nguyên đán' },
  { date: '2027-02-08', name: 'Tết Nguyên đán' },
  { date: '2027-02-09', name: 'Tết Nguyên đán' },
  { date: '2027-02-10', name: 'Tết Nguyên đán' },
  { date: '2027-02-11', name: 'Tết Nguyên đán' },
  { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương' },
  { date: '2027-04-30', name: 'Ngày Chiến thắng' },
  { date: '2027-05-01', name: 'Quốc tế Lao động' },
  // 1/5/2027 is a Saturday: the Monday after in its place.
  { date: '2027-05-03', name: 'Nghỉ bù Quốc tế Lao động' },
  { date: '2027-09-02', name: 'Quốc khánh' },
  { date: '2027-09-03', name: 'Quốc khánh' },
];

import { describe, expect, it } from 'vitest';
import { catalogueRules } from '../../shared/precedence/catalogue';
import { planMove, type MoveWrite } from '../../shared/precedence/move';
import { buildOrder, comparePrecedence, rankPeople, type OrderSettings, type PrecedencePerson } from '../../shared/precedence/order';
import type { PrecedenceRule } from '../../shared/precedence/rules';

const RULES: PrecedenceRule[] = catalogueRules().map((r, i) => ({ id: `r${i}`, ...r }));
const CAT = { delegate: 'c-del', guest: 'c-guest', reporter: 'c-rep' };

const settings = (over: Partial<OrderSettings> = {}): OrderSettings => ({
  rules: RULES,
  formerPosts: 'after-holders',
  hosts: ['Bộ Khoa học và Công nghệ'],
  unrankedCategoryIds: new Set([CAT.reporter]),
  guestCategoryIds: new Set([CAT.guest]),
  ...over,
});

const person = (fullName: string, title: string | null, extra: Partial<PrecedencePerson> = {}): PrecedencePerson => ({
  id: fullName,
  fullName,
  title,
  organization: null,
  categoryId: CAT.delegate,
  status: 'confirmed',
  precedenceLevel: null,
  precedenceLevelOf: null,
  precedenceOrder: null,
  precedenceOrderLevel: null,
  appointmentDate: null,
  birthDate: null,
  ...extra,
});

const names = (people: readonly PrecedencePerson[], s = settings()) => buildOrder(people, s).entries.map((e) => e.id);

/** Applies a plan's writes to the people, as the database would. */
function applyWrites(people: PrecedencePerson[], writes: MoveWrite[]): PrecedencePerson[] {
  const byId = new Map(writes.map((w) => [w.id, w]));
  return people.map((p) => {
    const w = byId.get(p.id);
    if (!w) return p;
    return {
      ...p,
      ...(w.level !== undefined ? { precedenceLevel: w.level, precedenceLevelOf: w.levelOf ?? null } : {}),
      ...(w.order !== undefined ? { precedenceOrder: w.order, precedenceOrderLevel: w.orderLevel } : {}),
    };
  });
}

function move(people: PrecedencePerson[], id: string, to: number, s = settings()) {
  const { ranked } = rankPeople(people, s);
  ranked.sort(comparePrecedence);
  const plan = planMove(
    ranked,
    ranked.findIndex((r) => r.id === id),
    to,
    (x) => `${x}`,
  );
  if (plan === 'no-level') throw new Error('refused');
  return { writes: plan, after: applyWrites(people, plan) };
}

describe('the order of precedence', () => {
  it('orders by level, then appointment date, then age, then name', () => {
    const people = [
      person('Trần Văn Bình', 'Thứ trưởng', { appointmentDate: '2021-05-01' }),
      person('Lê Thị Hoa', 'Thứ trưởng', { appointmentDate: '2019-03-15' }),
      person('Phạm Văn Cường', 'Thứ trưởng', { appointmentDate: '2019-03-15', birthDate: '1968-01-01' }),
      person('Ngô Văn Dũng', 'Thứ trưởng', { appointmentDate: '2019-03-15', birthDate: '1965-07-20' }),
      person('Hồ Văn Em', 'Chuyên viên'),
      person('Đỗ Văn Hải', 'Bộ trưởng'),
    ];
    expect(names(people)).toEqual(['Đỗ Văn Hải', 'Ngô Văn Dũng', 'Phạm Văn Cường', 'Lê Thị Hoa', 'Trần Văn Bình', 'Hồ Văn Em']);
  });

  it('puts the earlier year of birth first; a bare year counts as the start of that year', () => {
    const people = [
      person('Trần Văn Bình', 'Thứ trưởng', { birthDate: '1966' }),
      person('Lê Thị Hoa', 'Thứ trưởng', { birthDate: '1965-07-20' }),
      person('Ngô Văn Dũng', 'Thứ trưởng', { birthDate: '1965' }),
      person('Phạm Văn Cường', 'Thứ trưởng'),
    ];
    expect(names(people)).toEqual(['Ngô Văn Dũng', 'Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Văn Cường']);
  });

  it('puts guests before hosts at the same level, and a guest category is never a host', () => {
    const people = [
      person('Host A', 'Thứ trưởng', { organization: 'Bộ Khoa học và Công nghệ', appointmentDate: '2010-01-01' }),
      person('Guest B', 'Thứ trưởng Bộ Tài chính', { organization: 'Bộ Tài chính', appointmentDate: '2024-01-01' }),
      person('Guest C', 'Thứ trưởng', { organization: 'Bộ Khoa học và Công nghệ', categoryId: CAT.guest, appointmentDate: '2023-01-01' }),
      person('Host D', 'Bộ trưởng', { organization: 'Bộ Khoa học và Công nghệ' }),
    ];
    expect(names(people)).toEqual(['Host D', 'Guest C', 'Guest B', 'Host A']);
    const order = buildOrder(people, settings());
    expect(order.entries.find((e) => e.id === 'Host A')!.host).toBe(true);
    // Without hosts, the appointment date decides.
    expect(names(people, settings({ hosts: [] }))).toEqual(['Host D', 'Host A', 'Guest C', 'Guest B']);
  });

  it('places former holders right after the holders of the post, acting holders between; or by the current post only', () => {
    const people = [
      person('Former', 'nguyên Thứ trưởng, Chuyên viên cao cấp'),
      person('Acting', 'Quyền Thứ trưởng'),
      person('Holder', 'Thứ trưởng'),
      person('Head', 'Vụ trưởng'),
    ];
    expect(names(people)).toEqual(['Holder', 'Acting', 'Former', 'Head']);
    expect(names(people, settings({ formerPosts: 'current-only' }))).toEqual(['Holder', 'Acting', 'Head', 'Former']);
  });

  it('leaves out declined delegates and unranked categories, and lists them apart', () => {
    const order = buildOrder(
      [person('In', 'Vụ trưởng'), person('Declined', 'Bộ trưởng', { status: 'declined' }), person('Press', 'Phóng viên', { categoryId: CAT.reporter })],
      settings(),
    );
    expect(order.entries.map((e) => e.id)).toEqual(['In']);
    expect(order.excluded).toEqual([
      { id: 'Declined', why: 'declined' },
      { id: 'Press', why: 'category' },
    ]);
  });

  it('puts delegates without a level last, never first, and lists their titles with counts', () => {
    const people = [
      person('A', 'Trưởng ban Quản lý dự án'),
      person('B', 'Chuyên viên'),
      person('C', 'Trưởng ban Quản lý dự án'),
      person('D', null),
      person('E', 'Phó Chủ nhiệm Văn phòng Quốc hội, Trợ lý Chủ tịch Quốc hội'),
    ];
    const order = buildOrder(people, settings());
    expect(order.entries.map((e) => [e.id, e.level])).toEqual([
      ['E', 300],
      ['B', 920],
      ['A', null],
      ['C', null],
      ['D', null],
    ]);
    expect(order.entries.find((e) => e.id === 'A')!.reason).toEqual({ kind: 'none' });
    expect(order.unmatched.map((u) => [u.title, u.post, u.ids])).toEqual([
      ['Trưởng ban Quản lý dự án', 'Trưởng ban Quản lý dự án', ['A', 'C']],
      ['', '', ['D']],
    ]);
  });

  it('says why: the rule and the post that matched, or the hand level', () => {
    const order = buildOrder(
      [person('A', 'Ủy viên Bộ Chính trị, Chủ tịch Quốc hội'), person('B', 'Chuyên viên', { precedenceLevel: 60, precedenceLevelOf: 'A' })],
      settings(),
    );
    expect(order.entries[0]).toMatchObject({
      id: 'A',
      position: 1,
      level: 40,
      reason: { kind: 'rule', rulePost: 'Chủ tịch Quốc hội', post: 'Chủ tịch Quốc hội' },
    });
    expect(order.entries[1]).toMatchObject({ id: 'B', position: 2, level: 60, reason: { kind: 'hand', of: 'A', ruleLevel: 920 } });
  });
});

describe('moving a delegate by hand', () => {
  const base = () => [
    person('Minister', 'Bộ trưởng'),
    person('Deputy 1', 'Thứ trưởng', { appointmentDate: '2019-01-01' }),
    person('Deputy 2', 'Thứ trưởng', { appointmentDate: '2020-01-01' }),
    person('Deputy 3', 'Thứ trưởng', { appointmentDate: '2021-01-01' }),
    person('Head 1', 'Vụ trưởng', { appointmentDate: '2015-01-01' }),
    person('Head 2', 'Vụ trưởng', { appointmentDate: '2016-01-01' }),
  ];

  it('inside a level changes only the order inside that level', () => {
    const people = base();
    const { writes, after } = move(people, 'Deputy 3', 1);
    expect(names(after)).toEqual(['Minister', 'Deputy 3', 'Deputy 1', 'Deputy 2', 'Head 1', 'Head 2']);
    // Only the Thứ trưởng level was written, and no level changed.
    expect(writes.every((w) => w.id.startsWith('Deputy') && w.level === undefined)).toBe(true);
    const rest = after.filter((p) => !p.id.startsWith('Deputy'));
    expect(rest.every((p) => p.precedenceLevel === null && p.precedenceOrder === null)).toBe(true);
  });

  it('a second move in the same level writes one key when there is room', () => {
    const first = move(base(), 'Deputy 1', 3);
    // Down to the bottom: the level is keyed down to the moved row, here all of it.
    expect(first.writes.map((w) => [w.id, w.order, w.orderLevel])).toEqual([
      ['Deputy 2', 1, 300],
      ['Deputy 3', 2, 300],
      ['Deputy 1', 3, 300],
    ]);
    const { writes, after } = move(first.after, 'Deputy 3', 1);
    expect(writes).toEqual([{ id: 'Deputy 3', order: 0, orderLevel: 300 }]);
    expect(names(after)).toEqual(['Minister', 'Deputy 3', 'Deputy 2', 'Deputy 1', 'Head 1', 'Head 2']);
  });

  it('across levels sets that one delegate\'s level, "ngang hàng với" the neighbour, and nobody else\'s', () => {
    const people = base();
    // Up from the top of the Vụ trưởng level into the Thứ trưởng level: one place up.
    const { writes, after } = move(people, 'Head 1', 3);
    expect(names(after)).toEqual(['Minister', 'Deputy 1', 'Deputy 2', 'Head 1', 'Deputy 3', 'Head 2']);
    const head = after.find((p) => p.id === 'Head 1')!;
    expect(head).toMatchObject({ precedenceLevel: 300, precedenceLevelOf: 'Deputy 3' });
    expect(after.filter((p) => p.id !== 'Head 1').every((p) => p.precedenceLevel === null)).toBe(true);
    expect(writes.filter((w) => w.level !== undefined).map((w) => w.id)).toEqual(['Head 1']);
  });

  it('keys a level only down to the moved row, so those after it and later arrivals keep the tie-breaks', () => {
    const { writes, after } = move(base(), 'Deputy 2', 1);
    expect(writes).toEqual([{ id: 'Deputy 2', order: 1, orderLevel: 300 }]);
    const later = [...after, person('Early Deputy', 'Thứ trưởng', { appointmentDate: '2010-01-01' })];
    expect(names(later).slice(0, 5)).toEqual(['Minister', 'Deputy 2', 'Early Deputy', 'Deputy 1', 'Deputy 3']);
  });

  it('ignores an order set in another level once the delegate is in a new one', () => {
    const { after } = move(base(), 'Head 2', 4);
    const promoted = after.map((p) => (p.id === 'Head 2' ? { ...p, title: 'Thứ trưởng' } : p));
    // Head 2's key was made in level 500; in 300 it falls by the tie-breaks (appointed 2016: first).
    expect(names(promoted)).toEqual(['Minister', 'Head 2', 'Deputy 1', 'Deputy 2', 'Deputy 3', 'Head 1']);
  });

  it('a delegate added later is placed by the rules, not by the hand changes', () => {
    const moved = move(base(), 'Deputy 3', 1).after;
    const later = [
      ...moved,
      person('Late Director', 'Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh'),
      person('Late Deputy Minister', 'Thứ trưởng Bộ Tài chính', { organization: 'Bộ Tài chính' }),
    ];
    const order = names(later);
    expect(order.indexOf('Late Director')).toBe(order.length - 1);
    expect(order.indexOf('Late Director')).toBeGreaterThan(order.indexOf('Head 2'));
    // Into the hand-ordered level, after the ones the organizer placed.
    expect(order.slice(0, 6)).toEqual(['Minister', 'Deputy 3', 'Deputy 1', 'Deputy 2', 'Late Deputy Minister', 'Head 1']);
  });

  it('refuses a drop among delegates without a level, and does nothing for a move onto itself', () => {
    const people = [...base(), person('Nobody', 'Trưởng ban Quản lý dự án')];
    const { ranked } = rankPeople(people, settings());
    ranked.sort(comparePrecedence);
    expect(planMove(ranked, 0, 6, String)).toBe('no-level');
    expect(planMove(ranked, 2, 2, String)).toEqual([]);
    expect(planMove(ranked, 2, 99, String)).toEqual([]);
    // An unlevelled delegate moved up among the levelled ones gets that level, where it was dropped.
    const { writes, after } = move(people, 'Nobody', 5);
    expect(writes.filter((w) => w.level !== undefined)).toEqual([{ id: 'Nobody', level: 500, levelOf: 'Head 2', order: 2, orderLevel: 500 }]);
    expect(names(after).slice(4)).toEqual(['Head 1', 'Nobody', 'Head 2']);
  });
});

import { describe, expect, it } from 'vitest';
import { compileRules, matchRule, orderByPrecedence, ranksAfterMove, type RankedPerson, type TitleRule } from '../../shared/precedence';
import { DEFAULT_TITLE_RULES } from '../../shared/title-rules';

const rules: TitleRule[] = DEFAULT_TITLE_RULES.map(([pattern, rank], i) => ({ id: `r${i}`, pattern, rank }));
const compiled = compileRules(rules);
const rankOf = (title: string) => matchRule(title, compiled)?.rank ?? null;

const person = (fullName: string, title: string | null, extra: Partial<RankedPerson> = {}): RankedPerson => ({
  id: fullName,
  fullName,
  title,
  precedenceRank: null,
  appointmentDate: null,
  birthDate: null,
  ...extra,
});

describe('title rules', () => {
  it('ranks common Party, State and ministry titles', () => {
    expect(rankOf('Phó Thủ tướng Chính phủ')).toBe(16);
    expect(rankOf('Thủ tướng Chính phủ')).toBe(3);
    expect(rankOf('Ủy viên Trung ương Đảng, Bí thư Ban cán sự đảng, Bộ trưởng')).toBe(20);
    expect(rankOf('Thứ trưởng Bộ Tài chính')).toBe(40);
    expect(rankOf('Vụ trưởng Vụ Pháp chế')).toBe(60);
    expect(rankOf('Phó Vụ trưởng')).toBe(70);
    expect(rankOf('Phó Chủ tịch Ủy ban nhân dân TP. Đà Nẵng')).toBe(43);
    expect(rankOf('Chuyên viên')).toBeNull();
    expect(rankOf('')).toBeNull();
  });

  it('does not give a deputy or a former holder the post itself', () => {
    expect(rankOf('Phó Chủ tịch nước')).toBe(14);
    expect(rankOf('nguyên Bộ trưởng Bộ Công Thương')).toBeNull();
    expect(rankOf('Phó Cục trưởng Cục Sở hữu trí tuệ')).toBe(70);
  });

  it('ignores case, diacritics and tone placement in titles', () => {
    expect(rankOf('THỨ TRƯỞNG')).toBe(40);
    expect(rankOf('Uỷ viên Trung ương Đảng')).toBe(20);
    expect(rankOf('Thu truong Bo Tai chinh')).toBe(40);
  });

  it('matches whole words only', () => {
    const own = compileRules([{ id: 'x', pattern: 'Giám đốc', rank: 5 }]);
    expect(matchRule('Phó Tổng Giám đốc', own)?.rank).toBe(5); // not a "Phó Giám đốc": the post held is Tổng Giám đốc
    expect(matchRule('Giám đốcsở', own)).toBeNull();
  });

  it('uses the first matching rule in the table order', () => {
    const own = compileRules([
      { id: 'a', pattern: 'Bộ trưởng', rank: 30 },
      { id: 'b', pattern: 'Ủy viên Trung ương Đảng', rank: 20 },
    ]);
    expect(matchRule('Ủy viên Trung ương Đảng, Bộ trưởng', own)?.id).toBe('a');
  });
});

describe('orderByPrecedence', () => {
  it('puts hand-set ranks over rules, then breaks ties by appointment date, then age', () => {
    const ordered = orderByPrecedence(
      [
        person('Trần Văn Bình', 'Thứ trưởng', { appointmentDate: '2021-05-01' }),
        person('Lê Thị Hoa', 'Thứ trưởng', { appointmentDate: '2019-03-15' }),
        person('Phạm Văn Cường', 'Thứ trưởng', { appointmentDate: '2019-03-15', birthDate: '1968-01-01' }),
        person('Ngô Văn Dũng', 'Thứ trưởng', { appointmentDate: '2019-03-15', birthDate: '1965-07-20' }),
        person('Hồ Văn Em', 'Chuyên viên'),
        person('Vũ Văn Giang', 'Chuyên viên', { precedenceRank: 1 }),
        person('Đỗ Văn Hải', 'Bộ trưởng'),
      ],
      rules,
    );
    expect(ordered.map((p) => p.fullName)).toEqual([
      'Vũ Văn Giang',
      'Đỗ Văn Hải',
      'Ngô Văn Dũng',
      'Phạm Văn Cường',
      'Lê Thị Hoa',
      'Trần Văn Bình',
      'Hồ Văn Em',
    ]);
    expect(ordered.map((p) => p.rank)).toEqual([1, 30, 40, 40, 40, 40, null]);
  });
});

describe('ranksAfterMove', () => {
  const list = [
    { id: 'a', rank: 10 },
    { id: 'b', rank: 20 },
    { id: 'c', rank: 30 },
    { id: 'd', rank: 40 },
  ];
  it('writes one rank between the new neighbours when there is room', () => {
    expect(ranksAfterMove(list, 3, 1)).toEqual([{ id: 'd', rank: 15 }]);
    expect(ranksAfterMove(list, 0, 3)).toEqual([{ id: 'a', rank: 50 }]);
    expect(ranksAfterMove(list, 2, 0)).toEqual([{ id: 'c', rank: 5 }]);
  });
  it('renumbers the whole list, keeping the new order, when neighbours share a rank', () => {
    const tied = [
      { id: 'a', rank: 40 },
      { id: 'b', rank: 40 },
      { id: 'c', rank: 40 },
    ];
    expect(ranksAfterMove(tied, 2, 1)).toEqual([
      { id: 'a', rank: 10 },
      { id: 'c', rank: 20 },
      { id: 'b', rank: 30 },
    ]);
    // Moving to the top still needs one write: any rank below the first is enough.
    expect(ranksAfterMove(tied, 2, 0)).toEqual([{ id: 'c', rank: 20 }]);
  });
  it('does nothing for a move onto itself or out of range', () => {
    expect(ranksAfterMove(list, 1, 1)).toEqual([]);
    expect(ranksAfterMove(list, 1, 9)).toEqual([]);
  });
});

describe('age tie-break with a year of birth alone', () => {
  it('puts the earlier year first; a bare year counts as the start of that year', () => {
    const ordered = orderByPrecedence(
      [
        person('Trần Văn Bình', 'Thứ trưởng', { birthDate: '1966' }),
        person('Lê Thị Hoa', 'Thứ trưởng', { birthDate: '1965-07-20' }),
        person('Ngô Văn Dũng', 'Thứ trưởng', { birthDate: '1965' }),
        person('Phạm Văn Cường', 'Thứ trưởng'),
      ],
      rules,
    );
    expect(ordered.map((p) => p.fullName)).toEqual(['Ngô Văn Dũng', 'Lê Thị Hoa', 'Trần Văn Bình', 'Phạm Văn Cường']);
  });
});

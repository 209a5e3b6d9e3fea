import { describe, expect, it } from 'vitest';
import { catalogueRules } from '../../shared/precedence/catalogue';
import { parsePosts, splitTitle } from '../../shared/precedence/posts';
import { orgMatcher } from '../../shared/precedence/org-pattern';
import { compileRules, levelOf, type PrecedenceRule } from '../../shared/precedence/rules';

const RULES: PrecedenceRule[] = catalogueRules().map((r, i) => ({ id: `r${i}`, ...r }));
const compiled = compileRules(RULES);
const level = (title: string, org: string | null = null, former: 'after-holders' | 'current-only' = 'after-holders') => levelOf(title, org, compiled, former);

/**
 * Real titles in the order a protocol officer would seat and introduce them (most senior first),
 * with the organization where the title alone does not say it. Ties share a level.
 */
const PROTOCOL_ORDER: [title: string, organization: string | null, level: number][] = [
  ['Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', null, 10],
  ['Ủy viên Bộ Chính trị, Chủ tịch nước', null, 20],
  ['Ủy viên Bộ Chính trị, Thủ tướng Chính phủ', null, 30],
  ['Ủy viên Bộ Chính trị, Chủ tịch Quốc hội', null, 40],
  ['Ủy viên Bộ Chính trị, Thường trực Ban Bí thư', null, 50],
  ['Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương', null, 60],
  ['Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội', null, 60],
  ['Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng', null, 100],
  ['Phó Chủ tịch nước', null, 110],
  ['Ủy viên Trung ương Đảng, Phó Chủ tịch Thường trực Quốc hội', null, 115],
  ['Phó Chủ tịch Quốc hội', null, 120],
  ['Phó Thủ tướng Chính phủ', null, 130],
  ['Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', null, 140],
  ['Ủy viên Ban chấp hành Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ', null, 200],
  ['Ủy viên BCH TW Đảng, Bộ trưởng Bộ Tài chính', null, 200],
  ['Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Công an', null, 210],
  ['Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội', null, 220],
  ['Bộ trưởng Bộ Khoa học và Công nghệ', null, 220],
  ['Trưởng Ban Tuyên giáo và Dân vận Trung ương', null, 220],
  ['Chủ nhiệm Ủy ban Kinh tế và Tài chính của Quốc hội', null, 220],
  ['Chủ nhiệm Ủy ban Pháp luật và Tư pháp', 'Quốc hội', 220],
  ['Thống đốc Ngân hàng Nhà nước Việt Nam', null, 220],
  ['Chánh án Tòa án nhân dân tối cao', null, 220],
  ['Viện trưởng Viện Kiểm sát nhân dân tối cao', null, 220],
  ['Tổng Kiểm toán Nhà nước', null, 220],
  ['Bí thư Tỉnh ủy Bắc Ninh', null, 230],
  ['Bí thư Thành ủy', 'Thành ủy Đà Nẵng', 230],
  ['Chủ tịch Tổng Liên đoàn Lao động Việt Nam', null, 240],
  ['Thứ trưởng Bộ Tài chính', null, 300],
  ['Phó Trưởng Ban Kinh tế Trung ương', null, 300],
  ['Phó Chủ nhiệm Văn phòng Quốc hội', null, 300],
  ['Phó Chủ nhiệm Văn phòng Quốc hội, Trợ lý Chủ tịch Quốc hội', null, 300],
  ['Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội', 'Quốc hội', 300],
  ['Trợ lý Tổng Bí thư', null, 300],
  ['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An', null, 320],
  ['Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh', null, 320],
  ['Chủ tịch HĐND tỉnh Thanh Hóa', null, 320],
  ['Phó Chủ tịch Thường trực UBND tỉnh Quảng Ninh', null, 340],
  ['Phó Chủ tịch UBND TP. Đà Nẵng', null, 340],
  ['Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh', null, 340],
  ['Tổng cục trưởng Tổng cục Thống kê', null, 400],
  ['Phó Tổng cục trưởng', 'Tổng cục Hải quan', 410],
  ['Đại biểu Quốc hội khóa XV', null, 450],
  ['Phó Bí thư Thường trực Đảng ủy cơ quan', 'Văn phòng Quốc hội', 490],
  ['Vụ trưởng Vụ Tổng hợp', 'Văn phòng Quốc hội', 500],
  ['Cục trưởng Cục Sở hữu trí tuệ', null, 500],
  ['Chánh Văn phòng Bộ', 'Bộ Khoa học và Công nghệ', 500],
  ['Giám đốc Sở Tài chính tỉnh Bắc Ninh', null, 500],
  ['Giám đốc', 'Sở Khoa học và Công nghệ tỉnh Lào Cai', 500],
  ['Trưởng Ban Tổ chức Tỉnh ủy Hà Tĩnh', null, 500],
  ['Chủ tịch Công đoàn cơ quan', 'Văn phòng Quốc hội', 540],
  ['Giám đốc', 'Trung tâm Tin học, Văn phòng Quốc hội', 540],
  ['Phó Vụ trưởng Vụ Pháp chế', null, 600],
  ['Phó Cục trưởng', 'Cục Đổi mới sáng tạo', 600],
  ['Phó Giám đốc Sở Tài chính tỉnh Bắc Ninh', null, 600],
  ['Phó Giám đốc', 'Sở Y tế tỉnh Hà Tĩnh', 600],
  ['Phó Giám đốc', 'Trung tâm Tin học', 640],
  ['Chủ tịch UBND xã Tân Lập', null, 700],
  ['Phó Chủ tịch UBND xã Tân Lập', null, 720],
  ['Trưởng phòng Tổng hợp', null, 800],
  ['Phó Trưởng phòng', 'Phòng Hành chính', 810],
  ['Chuyên viên cao cấp', null, 900],
  ['Chuyên viên chính', null, 910],
  ['Chuyên viên', null, 920],
  ['Nhân viên', null, 950],
];

describe('a title as posts', () => {
  it('splits at commas, semicolons and "kiêm", never at "và"', () => {
    expect(splitTitle('Ủy viên Bộ Chính trị, Chủ tịch Quốc hội')).toEqual(['Ủy viên Bộ Chính trị', 'Chủ tịch Quốc hội']);
    expect(splitTitle('Thứ trưởng kiêm Tổng cục trưởng; Bí thư Đảng ủy')).toEqual(['Thứ trưởng', 'Tổng cục trưởng', 'Bí thư Đảng ủy']);
    expect(splitTitle('Chủ nhiệm Ủy ban Kinh tế và Tài chính')).toEqual(['Chủ nhiệm Ủy ban Kinh tế và Tài chính']);
    expect(splitTitle(' , ;')).toEqual([]);
  });

  it('takes "nguyên" and "Quyền" off as the variant, folding case, diacritics, NFD and abbreviations', () => {
    const [former, acting] = parsePosts('Nguyên Bộ trưởng Bộ Tài chính, quyền Vụ trưởng');
    expect(former).toMatchObject({ key: 'bo truong bo tai chinh', variant: 'former' });
    expect(acting).toMatchObject({ key: 'vu truong', variant: 'acting' });
    expect(parsePosts('Chủ tịch UBND tỉnh'.normalize('NFD'))[0]!.key).toBe('chu tich uy ban nhan dan tinh');
    expect(parsePosts('Phó Chủ tịch Uỷ ban nhân dân TP.HCM')[0]!.key).toBe('pho chu tich uy ban nhan dan thanh pho ho chi minh');
  });
});

describe('rules matched against whole posts', () => {
  it.each(PROTOCOL_ORDER)('%s (%s) is at level %i', (title, org, expected) => {
    expect(level(title, org)?.level ?? null).toBe(expected);
  });

  it('covers at least 60 real titles, listed from the most senior down', () => {
    expect(PROTOCOL_ORDER.length).toBeGreaterThanOrEqual(60);
    const levels = PROTOCOL_ORDER.map(([, , l]) => l);
    expect(levels).toEqual(levels.slice().sort((a, b) => a - b));
  });

  it('never lets a word in front be swallowed, and never matches a substring', () => {
    // "Trưởng Ban" of a project board is not the head of a Central Committee commission.
    expect(level('Trưởng ban Quản lý dự án')).toBeNull();
    expect(level('Trợ lý Chủ tịch Quốc hội')?.level).toBe(300);
    expect(level('Thư ký Bộ trưởng')).toBeNull();
    expect(level('Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An')?.level).toBe(340);
    expect(level('Phó Chủ tịch UBND xã Hòa Bình')?.level).toBe(720);
    expect(level('Phó Trưởng Ban Tổ chức Tỉnh ủy')?.level).toBe(600);
    expect(level('Giám đốc')).toBeNull();
    expect(level('Giám đốc', 'Công ty Cổ phần FPT')).toBeNull();
    expect(level('Thủ tướng Chính phủ')?.level).toBe(30);
    expect(level('Phó Thủ tướng')?.level).toBe(130);
  });

  it('never gives a junior post a senior level through an abbreviation, a prefix or the unit', () => {
    // "Đầu tư" is not "TƯ" (Trung ương); "TƯ" in capitals is.
    expect(level('Trưởng ban Ban Quản lý dự án Đầu tư')).toBeNull();
    expect(level('Phó Trưởng ban Ban Xúc tiến đầu tư')).toBeNull();
    expect(level('Trưởng Ban Tổ chức TƯ')?.level).toBe(220);
    // The Youth Union's and the associations' central committees are not the Party's.
    expect(level('Ủy viên Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh')).toBeNull();
    expect(level('Ủy viên Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam')).toBeNull();
    expect(level('Ủy viên Ban Chấp hành Trung ương')?.level).toBe(200);
    // The unit is read only when the title names none of its own.
    expect(level('Trưởng ban Quản lý dự án', 'Văn phòng Trung ương Đảng')).toBeNull();
    expect(level('Giám đốc Bệnh viện Đa khoa tỉnh', 'Sở Y tế tỉnh Nghệ An')).toBeNull();
    expect(level('Bí thư Đảng ủy', 'Đảng ủy xã Tân Lập')?.level).toBe(700);
    expect(level('Ủy viên Ủy ban nhân dân xã')).toBeNull();
    expect(level('Ủy viên chuyên trách Ủy ban Kiểm tra Đảng ủy xã')).toBeNull();
    expect(level('Hiệu trưởng Trường Tiểu học Kim Liên')).toBeNull();
    expect(level('Hiệu trưởng', 'Trường Đại học Cần Thơ')?.level).toBe(500);
    expect(level('Phó Bí thư Thường trực Đảng ủy xã Tân Lập')?.level).toBe(720);
  });

  it('reads the ways lists write posts: dashes, committees with commas, brackets, "Q.", more abbreviations', () => {
    expect(level('Đại biểu Quốc hội - Bộ trưởng Bộ Y tế')?.level).toBe(220);
    expect(level('Vụ trưởng Vụ Kế hoạch – Tài chính')?.level).toBe(500);
    expect(level('Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường')?.level).toBe(220);
    expect(level('Trưởng Ban Chính sách, chiến lược Trung ương')?.level).toBe(220);
    expect(level('Bộ trưởng (nguyên)')).toMatchObject({ level: 220, variant: 'former' });
    expect(level('Q. Giám đốc Sở Tài chính')).toMatchObject({ level: 500, variant: 'acting' });
    expect(level('Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh')?.level).toBe(340);
    expect(level('Ủy viên BTV Tỉnh ủy Bắc Ninh')?.level).toBe(340);
    expect(level('Chủ nhiệm Văn phòng Chủ tịch nước')?.level).toBe(220);
    expect(level('Ủy viên Thường trực Ủy ban Pháp luật và Tư pháp của Quốc hội')?.level).toBe(410);
    expect(level('Phó Chủ tịch Thường trực Ủy ban TƯ MTTQ Việt Nam')?.level).toBe(240);
    expect(level('Viện trưởng Viện KSND tối cao')?.level).toBe(220);
  });

  it("a bare post of the organizer's own never outranks a post read with its unit", () => {
    const own = compileRules([...RULES, { id: 'own', post: 'Chủ tịch', orgPattern: null, level: 700 }]);
    expect(levelOf('Chủ tịch', 'Quốc hội', own, 'after-holders')?.level).toBe(40);
    expect(levelOf('Chủ tịch', 'Công ty Cổ phần FPT', own, 'after-holders')?.level).toBe(700);
  });

  it('ranks former and acting holders with their post, after the holders; or by the current post only', () => {
    expect(level('Nguyên Chủ tịch nước')).toMatchObject({ level: 20, variant: 'former' });
    expect(level('Quyền Bộ trưởng Bộ Y tế')).toMatchObject({ level: 220, variant: 'acting' });
    expect(level('nguyên Bộ trưởng, Chủ tịch Hội hữu nghị', null, 'current-only')).toBeNull();
    expect(level('nguyên Thứ trưởng, Vụ trưởng Vụ Tổng hợp', null, 'current-only')).toMatchObject({ level: 500, variant: 'holder' });
    expect(level('nguyên Thứ trưởng, Vụ trưởng Vụ Tổng hợp')).toMatchObject({ level: 300, variant: 'former' });
    // The same level held now beats the same level held before.
    expect(level('nguyên Thứ trưởng Bộ Tài chính, Thứ trưởng Bộ Nội vụ')).toMatchObject({ level: 300, variant: 'holder' });
  });

  it('says which post and rule matched', () => {
    const m = level('Ủy viên Bộ Chính trị, Chủ tịch Quốc hội');
    expect(m).toMatchObject({ post: 'Chủ tịch Quốc hội', rule: { post: 'Chủ tịch Quốc hội' } });
  });

  it('reads organization patterns as whole words with stars, alternatives and exceptions', () => {
    const m = orgMatcher('Sở *|* Trung ương')!;
    expect(m.test('so tai chinh')).toBe(true);
    expect(m.test('so')).toBe(true);
    expect(m.test('soc trang')).toBe(false);
    expect(m.test('ban to chuc trung uong')).toBe(true);
    expect(m.test('trung uong dang')).toBe(false);
    expect(orgMatcher('  ')).toBeNull();
    expect(orgMatcher('*')!.test('x')).toBe(true);
    expect(orgMatcher('*')!.test('')).toBe(false);
    const not = orgMatcher('!doan *')!;
    expect(not.test('')).toBe(true);
    expect(not.test('doan thanh nien')).toBe(false);
    expect(not.test('bo y te')).toBe(true);
  });

  it('matches a pathological pattern against a long unit at once (no backtracking)', () => {
    const m = orgMatcher('a * a * a * a * a * a * b')!;
    const text = Array.from({ length: 400 }, () => 'a').join(' ');
    const t = Date.now();
    expect(m.test(text)).toBe(false);
    // A backtracking expression takes tens of seconds here; a table takes well under one.
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

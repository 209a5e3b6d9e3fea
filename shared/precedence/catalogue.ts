/**
 * The order of precedence a new event starts from: levels (lower is more senior) with gaps, so an
 * organizer can put a post between two, each with a short note and the posts it holds. A post is
 * matched whole (see posts.ts); `org` narrows it to posts of certain organizations (see rules.ts
 * for the pattern syntax). This is the one place the catalogue lives: events copy it, and edit
 * their copy. What we learned building it is in docs/DOMAIN-NOTES.md.
 */
export interface CatalogueLevel {
  level: number;
  vi: string;
  en: string;
  posts: readonly (string | readonly [post: string, org: string])[];
}

// Provinces' centrally run cities: "Chủ tịch UBND thành phố" of one of these is a provincial post.
const CENTRAL_CITY = '*ha noi*|*ho chi minh*|*hai phong*|*da nang*|*can tho*|*hue*';
const NATIONAL_ASSEMBLY = '*quoc hoi*';
// "Ủy viên Ban Chấp hành Trung ương" alone is the Party's; the Youth Union and the associations have theirs.
const NOT_UNION = '!doan *|!hoi *|!cong doan *';
const UNIVERSITY = '*dai hoc*|*hoc vien*';
const PROVINCE_PARTY = '*tinh uy*|*thanh uy*';

const CATALOGUE: readonly CatalogueLevel[] = [
  { level: 10, vi: 'Tổng Bí thư', en: 'General Secretary', posts: ['Tổng Bí thư', 'Tổng Bí thư Ban Chấp hành Trung ương Đảng'] },
  { level: 20, vi: 'Chủ tịch nước', en: 'State President', posts: ['Chủ tịch nước', 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam'] },
  { level: 30, vi: 'Thủ tướng Chính phủ', en: 'Prime Minister', posts: ['Thủ tướng', 'Thủ tướng Chính phủ'] },
  { level: 40, vi: 'Chủ tịch Quốc hội', en: 'Chair of the National Assembly', posts: ['Chủ tịch Quốc hội'] },
  { level: 50, vi: 'Thường trực Ban Bí thư', en: 'Standing member of the Secretariat', posts: ['Thường trực Ban Bí thư'] },
  { level: 60, vi: 'Ủy viên Bộ Chính trị', en: 'Politburo members', posts: ['Ủy viên Bộ Chính trị'] },
  {
    level: 100,
    vi: 'Bí thư Trung ương Đảng',
    en: 'Secretaries of the Party Central Committee',
    posts: ['Bí thư Trung ương Đảng', 'Ủy viên Ban Bí thư'],
  },
  { level: 110, vi: 'Phó Chủ tịch nước', en: 'Vice President', posts: ['Phó Chủ tịch nước'] },
  { level: 115, vi: 'Phó Chủ tịch Thường trực Quốc hội', en: 'Standing Vice Chair of the National Assembly', posts: ['Phó Chủ tịch Thường trực Quốc hội'] },
  { level: 120, vi: 'Phó Chủ tịch Quốc hội', en: 'Vice Chairs of the National Assembly', posts: ['Phó Chủ tịch Quốc hội'] },
  {
    level: 125,
    vi: 'Phó Thủ tướng Thường trực',
    en: 'Standing Deputy Prime Minister',
    posts: ['Phó Thủ tướng Thường trực', 'Phó Thủ tướng Thường trực Chính phủ'],
  },
  { level: 130, vi: 'Phó Thủ tướng', en: 'Deputy Prime Ministers', posts: ['Phó Thủ tướng', 'Phó Thủ tướng Chính phủ'] },
  {
    level: 140,
    vi: 'Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    en: 'President of the Vietnam Fatherland Front',
    posts: ['Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam'],
  },
  {
    level: 200,
    vi: 'Ủy viên Trung ương Đảng',
    en: 'Members of the Party Central Committee',
    posts: ['Ủy viên Trung ương Đảng', 'Ủy viên Ban Chấp hành Trung ương Đảng', ['Ủy viên Ban Chấp hành Trung ương', NOT_UNION]],
  },
  {
    level: 210,
    vi: 'Ủy viên dự khuyết Trung ương Đảng',
    en: 'Alternate members of the Party Central Committee',
    posts: ['Ủy viên dự khuyết Trung ương Đảng', 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng', ['Ủy viên dự khuyết Ban Chấp hành Trung ương', NOT_UNION]],
  },
  {
    level: 220,
    vi: 'Người đứng đầu cơ quan Trung ương: Bộ trưởng, Trưởng Ban Đảng, Chủ nhiệm Ủy ban của Quốc hội, Chánh án, Viện trưởng, Tổng Kiểm toán',
    en: 'Heads of central agencies: ministers, heads of Party commissions, chairs of National Assembly committees, Chief Justice, Procurator General, Auditor General',
    posts: [
      'Bộ trưởng',
      'Thủ trưởng cơ quan ngang bộ',
      'Thống đốc Ngân hàng Nhà nước',
      'Tổng Thanh tra Chính phủ',
      ['Trưởng Ban', '* trung uong|* trung uong dang'],
      'Chánh Văn phòng Trung ương Đảng',
      'Chủ nhiệm Ủy ban Kiểm tra Trung ương',
      'Chủ tịch Hội đồng Dân tộc',
      'Ủy viên Ủy ban Thường vụ Quốc hội',
      ['Chủ nhiệm Ủy ban', NATIONAL_ASSEMBLY],
      // The Assembly's committees, named without "của Quốc hội"; some names hold a comma.
      'Chủ nhiệm Ủy ban Pháp luật và Tư pháp',
      'Chủ nhiệm Ủy ban Kinh tế và Tài chính',
      'Chủ nhiệm Ủy ban Quốc phòng',
      'Chủ nhiệm Ủy ban Văn hóa và Xã hội',
      'Chủ nhiệm Ủy ban Khoa học',
      'Chủ nhiệm Ủy ban Công tác đại biểu',
      'Trưởng Ban Dân nguyện và Giám sát',
      'Trưởng Ban Chính sách',
      'Chủ nhiệm Văn phòng Chủ tịch nước',
      'Chủ nhiệm Ủy ban Dân tộc',
      'Chủ tịch Viện Hàn lâm',
      'Tổng Thư ký Quốc hội',
      'Chủ nhiệm Văn phòng Quốc hội',
      'Chủ nhiệm Văn phòng Chính phủ',
      'Chánh án Tòa án nhân dân tối cao',
      'Viện trưởng Viện Kiểm sát nhân dân tối cao',
      'Tổng Kiểm toán Nhà nước',
      'Bí thư Đảng ủy Quốc hội',
      'Bí thư Đảng ủy Chính phủ',
    ],
  },
  {
    level: 230,
    vi: 'Bí thư Tỉnh ủy, Thành ủy trực thuộc Trung ương',
    en: 'Provincial and centrally run city Party secretaries',
    posts: ['Bí thư Tỉnh ủy', ['Bí thư Thành ủy', CENTRAL_CITY]],
  },
  {
    level: 240,
    vi: 'Người đứng đầu các đoàn thể Trung ương',
    en: 'Heads of the national mass organisations',
    posts: [
      'Chủ tịch Tổng Liên đoàn Lao động Việt Nam',
      'Bí thư thứ nhất Trung ương Đoàn',
      'Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      'Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam',
      'Chủ tịch Hội Nông dân Việt Nam',
      'Chủ tịch Hội Cựu chiến binh Việt Nam',
      'Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      'Phó Chủ tịch Thường trực Ủy ban Trung ương MTTQ Việt Nam',
      'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam',
    ],
  },
  {
    level: 300,
    vi: 'Cấp phó cơ quan Trung ương: Thứ trưởng, Phó Trưởng Ban Đảng, Phó Chủ nhiệm Ủy ban, Phó Chủ nhiệm Văn phòng; Trợ lý lãnh đạo chủ chốt',
    en: 'Deputies of central agencies: deputy ministers, deputy heads of Party commissions, committee and office vice chairs; assistants to the top leaders',
    posts: [
      'Thứ trưởng',
      'Phó Thủ trưởng cơ quan ngang bộ',
      'Phó Thống đốc Ngân hàng Nhà nước',
      'Phó Tổng Thanh tra Chính phủ',
      ['Phó Trưởng Ban', '* trung uong|* trung uong dang'],
      'Phó Chánh Văn phòng Trung ương Đảng',
      'Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương',
      'Phó Chủ tịch Hội đồng Dân tộc',
      ['Phó Chủ nhiệm Ủy ban', NATIONAL_ASSEMBLY],
      'Phó Chủ nhiệm Ủy ban Pháp luật và Tư pháp',
      'Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính',
      'Phó Chủ nhiệm Ủy ban Quốc phòng',
      'Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội',
      'Phó Chủ nhiệm Ủy ban Khoa học',
      'Phó Chủ nhiệm Ủy ban Công tác đại biểu',
      'Phó Trưởng Ban Dân nguyện và Giám sát',
      'Phó Trưởng Ban Chính sách',
      'Phó Chủ nhiệm Văn phòng Chủ tịch nước',
      'Phó Chủ nhiệm Ủy ban Dân tộc',
      'Phó Chủ tịch Viện Hàn lâm',
      'Phó Tổng Thư ký Quốc hội',
      'Phó Chủ nhiệm Văn phòng Quốc hội',
      'Phó Chủ nhiệm Văn phòng Chính phủ',
      'Phó Chánh án Tòa án nhân dân tối cao',
      'Phó Viện trưởng Viện Kiểm sát nhân dân tối cao',
      'Phó Tổng Kiểm toán Nhà nước',
      'Trợ lý Tổng Bí thư',
      'Trợ lý Chủ tịch nước',
      'Trợ lý Thủ tướng',
      'Trợ lý Chủ tịch Quốc hội',
    ],
  },
  {
    level: 320,
    vi: 'Lãnh đạo chủ chốt cấp tỉnh: Phó Bí thư Tỉnh ủy, Chủ tịch HĐND, Chủ tịch UBND tỉnh',
    en: 'Provincial leaders: deputy Party secretaries, chairs of the People’s Council and People’s Committee',
    posts: [
      'Phó Bí thư Thường trực Tỉnh ủy',
      ['Phó Bí thư Thường trực Thành ủy', CENTRAL_CITY],
      'Phó Bí thư Tỉnh ủy',
      ['Phó Bí thư Thành ủy', CENTRAL_CITY],
      'Chủ tịch HĐND tỉnh',
      ['Chủ tịch HĐND thành phố', CENTRAL_CITY],
      'Chủ tịch UBND tỉnh',
      ['Chủ tịch UBND thành phố', CENTRAL_CITY],
    ],
  },
  {
    level: 340,
    vi: 'Cấp tỉnh: Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND, UBND tỉnh, Chủ tịch Ủy ban MTTQ tỉnh',
    en: 'Provincial: standing committee members, vice chairs of the People’s Council and Committee, Fatherland Front chair',
    posts: [
      'Ủy viên Ban Thường vụ Tỉnh ủy',
      ['Ủy viên Ban Thường vụ Thành ủy', CENTRAL_CITY],
      'Phó Chủ tịch Thường trực HĐND tỉnh',
      'Phó Chủ tịch HĐND tỉnh',
      ['Phó Chủ tịch HĐND thành phố', CENTRAL_CITY],
      'Phó Chủ tịch Thường trực UBND tỉnh',
      'Phó Chủ tịch UBND tỉnh',
      ['Phó Chủ tịch Thường trực UBND thành phố', CENTRAL_CITY],
      ['Phó Chủ tịch UBND thành phố', CENTRAL_CITY],
      'Chủ tịch Ủy ban MTTQ tỉnh',
      ['Chủ tịch Ủy ban MTTQ thành phố', CENTRAL_CITY],
      'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
      ['Chủ tịch Ủy ban MTTQ Việt Nam thành phố', CENTRAL_CITY],
    ],
  },
  { level: 400, vi: 'Tổng cục trưởng và tương đương', en: 'Heads of general departments', posts: ['Tổng cục trưởng', 'Tổng Cục trưởng'] },
  {
    level: 410,
    vi: 'Phó Tổng cục trưởng; Đại biểu Quốc hội chuyên trách',
    en: 'Deputy heads of general departments; full-time National Assembly deputies',
    posts: [
      'Phó Tổng cục trưởng',
      'Đại biểu Quốc hội chuyên trách',
      ['Ủy viên chuyên trách', NATIONAL_ASSEMBLY],
      ['Ủy viên Thường trực Ủy ban', NATIONAL_ASSEMBLY],
    ],
  },
  {
    level: 450,
    vi: 'Đại biểu Quốc hội; Ủy viên các Ủy ban của Quốc hội',
    en: 'National Assembly deputies; members of its committees',
    posts: ['Đại biểu Quốc hội', ['Ủy viên Ủy ban', NATIONAL_ASSEMBLY], 'Ủy viên Hội đồng Dân tộc'],
  },
  {
    level: 490,
    vi: 'Phó Bí thư Thường trực Đảng ủy cơ quan',
    en: 'Standing deputy secretary of the agency’s Party committee',
    posts: ['Phó Bí thư Thường trực Đảng ủy', 'Phó Bí thư Đảng ủy cơ quan'],
  },
  {
    level: 500,
    vi: 'Người đứng đầu đơn vị: Vụ trưởng, Cục trưởng, Chánh Văn phòng, Chánh Thanh tra Bộ, Giám đốc Sở; Trưởng Ban của Tỉnh ủy',
    en: 'Heads of departments: directors of departments and offices, chief inspectors, provincial department directors; heads of provincial Party commissions',
    posts: [
      'Vụ trưởng',
      'Cục trưởng',
      'Chánh Văn phòng',
      'Chánh Thanh tra',
      'Viện trưởng',
      'Giám đốc Sở',
      ['Giám đốc', 'so *'],
      ['Trưởng Ban', PROVINCE_PARTY],
      ['Chủ nhiệm Ủy ban Kiểm tra', PROVINCE_PARTY],
      ['Chủ nhiệm Ủy ban Kiểm tra', 'dang uy *'],
      'Chủ nhiệm Văn phòng Đoàn đại biểu Quốc hội',
      'Trưởng Đoàn đại biểu Quốc hội',
      'Tổng Biên tập',
      'Giám đốc Học viện',
      'Giám đốc Đại học',
      ['Hiệu trưởng', UNIVERSITY],
      'Bí thư Đảng ủy',
      'Bí thư Huyện ủy',
      'Bí thư Quận ủy',
    ],
  },
  {
    level: 540,
    vi: 'Đoàn thể trong cơ quan; người đứng đầu trung tâm, đơn vị sự nghiệp trực thuộc',
    en: 'The agency’s own mass organisations; heads of its centres and public service units',
    posts: [
      'Chủ tịch Công đoàn',
      'Bí thư Đoàn Thanh niên',
      'Bí thư Đoàn',
      'Chủ tịch Hội Cựu chiến binh',
      'Giám đốc Trung tâm',
      ['Giám đốc', 'trung tam *'],
      'Giám đốc Quỹ',
      'Chủ tịch UBND huyện',
      'Chủ tịch UBND quận',
      'Chủ tịch HĐND huyện',
    ],
  },
  {
    level: 600,
    vi: 'Cấp phó của người đứng đầu đơn vị: Phó Vụ trưởng, Phó Cục trưởng, Phó Chánh Văn phòng, Phó Giám đốc Sở',
    en: 'Deputy heads of departments and offices, deputy provincial department directors',
    posts: [
      'Phó Vụ trưởng',
      'Phó Cục trưởng',
      'Phó Chánh Văn phòng',
      'Phó Chánh Thanh tra',
      'Phó Viện trưởng',
      'Phó Giám đốc Sở',
      ['Phó Giám đốc', 'so *'],
      ['Phó Trưởng Ban', PROVINCE_PARTY],
      ['Phó Chủ nhiệm Ủy ban Kiểm tra', PROVINCE_PARTY],
      ['Phó Chủ nhiệm Ủy ban Kiểm tra', 'dang uy *'],
      'Phó Tổng Biên tập',
      'Phó Giám đốc Học viện',
      'Phó Giám đốc Đại học',
      ['Phó Hiệu trưởng', UNIVERSITY],
      'Phó Bí thư Đảng ủy',
    ],
  },
  {
    level: 640,
    vi: 'Cấp phó trung tâm, đơn vị sự nghiệp; cấp huyện',
    en: 'Deputy heads of centres and public service units; district level',
    posts: [
      'Phó Giám đốc Trung tâm',
      ['Phó Giám đốc', 'trung tam *'],
      'Phó Giám đốc Quỹ',
      'Phó Chủ tịch Công đoàn',
      'Phó Bí thư Đoàn',
      'Phó Chủ tịch UBND huyện',
      'Phó Chủ tịch UBND quận',
    ],
  },
  {
    level: 700,
    vi: 'Cấp xã, phường',
    en: 'Commune and ward level',
    posts: [
      'Bí thư Đảng ủy xã',
      'Bí thư Đảng ủy phường',
      'Chủ tịch HĐND xã',
      'Chủ tịch HĐND phường',
      'Chủ tịch UBND xã',
      'Chủ tịch UBND phường',
      'Chủ tịch UBND thị trấn',
    ],
  },
  {
    level: 720,
    vi: 'Cấp phó cấp xã, phường',
    en: 'Commune and ward deputies',
    posts: [
      'Phó Bí thư Đảng ủy xã',
      'Phó Bí thư Đảng ủy phường',
      'Phó Bí thư Thường trực Đảng ủy xã',
      'Phó Bí thư Thường trực Đảng ủy phường',
      'Phó Chủ tịch HĐND xã',
      'Phó Chủ tịch HĐND phường',
      'Phó Chủ tịch UBND xã',
      'Phó Chủ tịch UBND phường',
      'Phó Chủ tịch UBND thị trấn',
    ],
  },
  { level: 800, vi: 'Trưởng phòng và tương đương', en: 'Heads of divisions', posts: ['Trưởng phòng'] },
  { level: 810, vi: 'Phó Trưởng phòng và tương đương', en: 'Deputy heads of divisions', posts: ['Phó Trưởng phòng'] },
  { level: 900, vi: 'Chuyên viên cao cấp', en: 'Senior principal officials', posts: ['Chuyên viên cao cấp', 'Nghiên cứu viên cao cấp'] },
  { level: 910, vi: 'Chuyên viên chính', en: 'Principal officials', posts: ['Chuyên viên chính', 'Nghiên cứu viên chính', 'Thanh tra viên chính'] },
  { level: 920, vi: 'Chuyên viên', en: 'Officials', posts: ['Chuyên viên', 'Nghiên cứu viên', 'Thanh tra viên', 'Kế toán viên'] },
  { level: 950, vi: 'Nhân viên', en: 'Staff', posts: ['Nhân viên', 'Cán sự', 'Văn thư', 'Lái xe'] },
];

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 9999;

/** The catalogue as rule rows, in catalogue order. */
export function catalogueRules(): { post: string; orgPattern: string | null; level: number }[] {
  return CATALOGUE.flatMap((l) =>
    l.posts.map((p) => (typeof p === 'string' ? { post: p, orgPattern: null, level: l.level } : { post: p[0], orgPattern: p[1], level: l.level })),
  );
}

/** The catalogue's levels and their notes, most senior first. */
export const catalogueLevels = (): { level: number; vi: string; en: string }[] => CATALOGUE.map(({ level, vi, en }) => ({ level, vi, en }));

const notes = new Map(CATALOGUE.map((l) => [l.level, l]));

/** A level's note from the catalogue; a level of the organizer's own has none. */
export const levelNote = (level: number): { vi: string; en: string } | null => notes.get(level) ?? null;

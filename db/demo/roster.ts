import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE } from './people';
import { seededRandom } from '../../shared/seeded-random';

export interface DemoPerson {
  fullName: string;
  title: string;
  organization: string;
  category: 'delegate' | 'guest' | 'reporter' | 'staff';
  phone: string | null;
  email: string | null;
  notes: string | null;
  status: 'invited' | 'confirmed' | 'declined';
  bridgePoint: 'hn' | 'dn' | 'hcm';
  appointmentDate: string | null;
  birthDate: string | null;
}

const HOST = 'Bộ Khoa học và Công nghệ';

/** Guests from higher levels and other bodies, by bloc, as DOMAIN.md orders them. */
const GUESTS: [title: string, organization: string][] = [
  ['Phó Thủ tướng Chính phủ', 'Chính phủ'],
  ['Ủy viên Trung ương Đảng, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương'],
  ['Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội', 'Quốc hội'],
  ['Thứ trưởng Bộ Tài chính', 'Bộ Tài chính'],
  ['Thứ trưởng Bộ Giáo dục và Đào tạo', 'Bộ Giáo dục và Đào tạo'],
  ['Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban Trung ương MTTQ Việt Nam'],
  ['Phó Chủ tịch Ủy ban nhân dân TP. Đà Nẵng', 'UBND TP. Đà Nẵng'],
  ['Phó Chủ tịch Ủy ban nhân dân TP. Hồ Chí Minh', 'UBND TP. Hồ Chí Minh'],
  ['Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Liên hiệp các Hội KH&KT Việt Nam'],
  ['Phó Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'Viện Hàn lâm KH&CN Việt Nam'],
];

/** The host's leaders, ranked by the title rules; the deputy ministers tie and are ordered by appointment date. */
const LEADERS: [title: string, appointed: string, born: string][] = [
  ['Ủy viên Trung ương Đảng, Bí thư Ban cán sự đảng, Bộ trưởng', '2021-04-08', '1968-05-12'],
  ['Thứ trưởng', '2020-11-02', '1970-02-20'],
  ['Thứ trưởng', '2022-03-15', '1972-09-03'],
  ['Thứ trưởng', '2022-03-15', '1969-12-30'],
  ['Thứ trưởng', '2024-07-01', '1975-06-18'],
];

const SOUTH = new Set(['TP. Hồ Chí Minh', 'Cần Thơ', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Cà Mau', 'Lâm Đồng']);
const CENTRAL = new Set(['Đà Nẵng', 'Huế', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Đắk Lắk', 'Khánh Hòa']);

const UNITS = [
  'Văn phòng Bộ',
  'Thanh tra Bộ',
  'Vụ Kế hoạch – Tài chính',
  'Vụ Tổ chức cán bộ',
  'Vụ Pháp chế',
  'Vụ Hợp tác quốc tế',
  'Vụ Khoa học Xã hội, Nhân văn và Tự nhiên',
  'Vụ Đánh giá, Thẩm định và Giám định công nghệ',
  'Cục Sở hữu trí tuệ',
  'Cục Năng lượng nguyên tử',
  'Cục An toàn bức xạ và hạt nhân',
  'Cục Thông tin, Thống kê',
  'Cục Đổi mới sáng tạo',
  'Cục Khởi nghiệp và Doanh nghiệp công nghệ',
  'Cục Bưu điện Trung ương',
  'Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia',
  'Viện Chiến lược, Chính sách khoa học và công nghệ',
  'Học viện Khoa học, Công nghệ và Đổi mới sáng tạo',
  'Tạp chí Khoa học và Công nghệ Việt Nam',
  'Quỹ Phát triển khoa học và công nghệ Quốc gia',
];

const HEAD_OF = (unit: string): [string, string] => {
  if (unit.startsWith('Văn phòng')) return ['Chánh Văn phòng', 'Phó Chánh Văn phòng'];
  if (unit.startsWith('Thanh tra')) return ['Chánh Thanh tra', 'Phó Chánh Thanh tra'];
  if (unit.startsWith('Vụ')) return ['Vụ trưởng', 'Phó Vụ trưởng'];
  if (unit.startsWith('Cục')) return ['Cục trưởng', 'Phó Cục trưởng'];
  if (unit.startsWith('Ủy ban')) return ['Chủ nhiệm', 'Phó Chủ nhiệm'];
  if (unit.startsWith('Viện')) return ['Viện trưởng', 'Phó Viện trưởng'];
  if (unit.startsWith('Học viện')) return ['Giám đốc', 'Phó Giám đốc'];
  if (unit.startsWith('Tạp chí')) return ['Tổng Biên tập', 'Phó Tổng Biên tập'];
  return ['Giám đốc', 'Phó Giám đốc'];
};

const PROVINCES = [
  'Hà Nội',
  'TP. Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Cần Thơ',
  'Huế',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Đắk Lắk',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'An Giang',
  'Cà Mau',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Tuyên Quang',
  'Lạng Sơn',
  'Sơn La',
  'Điện Biên',
  'Lai Châu',
  'Cao Bằng',
];

const PRESS = [
  'Báo Nhân Dân',
  'Đài Truyền hình Việt Nam (VTV)',
  'Đài Tiếng nói Việt Nam (VOV)',
  'Thông tấn xã Việt Nam',
  'Báo Khoa học và Phát triển',
  'Báo Tuổi Trẻ',
  'Báo Lao Động',
  'Báo Điện tử Chính phủ',
];

const COMPANIES = [
  'Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel)',
  'Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)',
  'Công ty Cổ phần FPT',
  'Tổng Công ty Bưu điện Việt Nam',
  'Công ty Cổ phần Công nghệ Sao Bắc Đẩu',
  'Công ty TNHH Rạng Đông',
  'Công ty Cổ phần Misa',
  'Tổng Công ty Truyền thông đa phương tiện VTC',
  'Công ty Cổ phần VNG',
  'Công ty Cổ phần Viện Máy và Dụng cụ công nghiệp',
  'Công ty TNHH Bkav',
  'Tổng Công ty Máy động lực và Máy nông nghiệp',
];

const UNIVERSITIES = [
  'Đại học Quốc gia Hà Nội',
  'Đại học Quốc gia TP. Hồ Chí Minh',
  'Đại học Bách khoa Hà Nội',
  'Đại học Đà Nẵng',
  'Đại học Huế',
  'Trường Đại học Cần Thơ',
  'Học viện Công nghệ Bưu chính Viễn thông',
  'Trường Đại học Khoa học Tự nhiên',
  'Đại học Thái Nguyên',
  'Trường Đại học Vinh',
  'Học viện Nông nghiệp Việt Nam',
  'Trường Đại học Xây dựng Hà Nội',
];

const STAFF_ROLES = ['Nhân viên lễ tân', 'Nhân viên phục vụ', 'Kỹ thuật viên âm thanh – ánh sáng', 'Kỹ thuật viên truyền hình trực tuyến', 'Nhân viên y tế'];

const STAFF_TITLES = ['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên chính', 'Chuyên viên'];

/** About 200 delegates of a ministry's year-end review: guests, leaders, units, provinces, press, staff. */
export function buildDemoRoster(seed = 2026): DemoPerson[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const used = new Set<string>();
  const person = (): string => {
    for (;;) {
      const female = rand() < 0.4;
      const name = female ? `${pick(FAMILY)} ${pick(MIDDLE_FEMALE)} ${pick(GIVEN_FEMALE)}` : `${pick(FAMILY)} ${pick(MIDDLE_MALE)} ${pick(GIVEN_MALE)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const phone = () => (rand() < 0.85 ? `09${String(Math.floor(rand() * 1e8)).padStart(8, '0')}` : null);
  const out: DemoPerson[] = [];
  const status = (): DemoPerson['status'] => {
    const r = rand();
    return r < 0.7 ? 'confirmed' : r < 0.95 ? 'invited' : 'declined';
  };
  type Given = Omit<DemoPerson, 'fullName' | 'phone' | 'email' | 'notes' | 'status' | 'bridgePoint' | 'appointmentDate' | 'birthDate'>;
  const add = (p: Given & Partial<DemoPerson>) => {
    out.push({
      fullName: person(),
      phone: phone(),
      email: null,
      notes: null,
      status: status(),
      bridgePoint: 'hn',
      appointmentDate: null,
      birthDate: null,
      ...p,
    });
  };

  // The senior guests are placed by the rules (guests before hosts at the same level), not by hand.
  GUESTS.forEach(([title, organization]) => add({ title, organization, category: 'guest', status: 'confirmed' }));
  LEADERS.forEach(([title, appointmentDate, birthDate]) =>
    add({ title, organization: HOST, category: 'delegate', appointmentDate, birthDate, status: 'confirmed' }),
  );
  UNITS.forEach((unit, i) => {
    const [head, deputy] = HEAD_OF(unit);
    // "Chánh Văn phòng Bộ", not "Chánh Văn phòng Văn phòng Bộ".
    const headTitle = /^(Văn phòng|Thanh tra) Bộ$/.test(unit) ? `${head} Bộ` : `${head} ${unit}`;
    const appointed = `20${String(15 + Math.floor(rand() * 10))}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    add({ title: headTitle, organization: unit, category: 'delegate', appointmentDate: i % 3 === 0 ? appointed : null });
    add({ title: deputy, organization: unit, category: 'delegate' });
    for (let k = 0; k < 3; k++) add({ title: pick(STAFF_TITLES), organization: unit, category: 'delegate' });
  });
  PROVINCES.forEach((p) => {
    const org = `Sở Khoa học và Công nghệ ${p === 'Hà Nội' || p.startsWith('TP.') || ['Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Huế'].includes(p) ? `TP. ${p.replace('TP. ', '')}` : `tỉnh ${p}`}`;
    const bridgePoint = SOUTH.has(p) ? 'hcm' : CENTRAL.has(p) ? 'dn' : 'hn';
    add({ title: rand() < 0.8 ? 'Giám đốc' : 'Phó Giám đốc', organization: org, category: 'delegate', bridgePoint });
  });
  COMPANIES.forEach((org, i) => add({ title: i % 3 === 0 ? 'Chủ tịch Hội đồng quản trị' : 'Tổng Giám đốc', organization: org, category: 'guest' }));
  UNIVERSITIES.forEach((org, i) => add({ title: i % 2 === 0 ? 'Giám đốc' : 'Hiệu trưởng', organization: org, category: 'guest' }));
  PRESS.forEach((org) => add({ title: 'Phóng viên', organization: org, category: 'reporter' }));
  PRESS.slice(0, 4).forEach((org) => add({ title: 'Quay phim', organization: org, category: 'reporter' }));
  for (let k = 0; k < 10; k++) add({ title: STAFF_ROLES[k % STAFF_ROLES.length]!, organization: 'Văn phòng Bộ', category: 'staff' });
  // Two people with the same name in different units: homonyms, not duplicates.
  add({ fullName: 'Nguyễn Văn Hòa', title: 'Chuyên viên', organization: 'Vụ Pháp chế', category: 'delegate' });
  add({ fullName: 'Nguyễn Văn Hòa', title: 'Trưởng phòng', organization: 'Cục Sở hữu trí tuệ', category: 'delegate' });
  add({
    fullName: 'Đặng Thị Thủy',
    title: 'Chuyên viên chính',
    organization: 'Vụ Hợp tác quốc tế',
    category: 'delegate',
    email: 'dtthuy@example.gov.vn',
    notes: 'Ăn chay',
  });
  return out;
}

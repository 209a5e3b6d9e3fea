import { describe, expect, it } from 'vitest';
import { DEFAULT_BLOCS } from '../../shared/script/blocs';
import { lineChanges, writeIntroductions, type IntroPerson } from '../../shared/script/introductions';
import { scriptStart } from '../../shared/script/cascade';

const p = (id: string, fullName: string, title: string, organization: string, level: number, more: Partial<IntroPerson> = {}): IntroPerson => ({
  id,
  fullName,
  title,
  organization,
  level,
  host: false,
  bridgePointId: null,
  ...more,
});

const ORDER: IntroPerson[] = [
  p('1', 'Trần Thanh Mẫn', 'Ủy viên Bộ Chính trị, Chủ tịch Quốc hội', 'Quốc hội', 40),
  p('2', 'Nguyễn Văn A', 'Phó Trưởng Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương', 220),
  p('3', 'Lê Thị B', 'Thứ trưởng Bộ Tài chính', 'Bộ Tài chính', 300),
  p('4', 'Phạm C', 'Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội', 'Ủy ban Kinh tế của Quốc hội', 300),
  p('5', 'Hoàng D', 'Giám đốc', 'Viện Nghiên cứu X', 300),
  p('6', 'Vũ E', 'Vụ trưởng', 'Vụ Pháp chế', 500),
  p('7', 'Đỗ F', 'Bộ trưởng', 'Bộ Khoa học và Công nghệ', 200, { host: true }),
  p('8', 'Bùi G', 'Vụ trưởng', 'Vụ Kế hoạch', 500, { host: true }),
  p('9', 'Ngô H', 'Giám đốc Sở', 'Sở KH&CN Đà Nẵng', 500, { bridgePointId: 'dn' }),
  p('10', 'Lý I', 'Phó Giám đốc Sở', 'Sở KH&CN Đà Nẵng', 600, { bridgePointId: 'dn' }),
];

const write = (over: Partial<Parameters<typeof writeIntroductions>[0]> = {}) =>
  writeIntroductions({
    order: ORDER,
    blocs: DEFAULT_BLOCS,
    named: { mode: 'level', level: 300 },
    remotePoints: new Map([['dn', 'Đà Nẵng']]),
    host: 'Bộ Khoa học và Công nghệ',
    eventName: 'Hội nghị tổng kết năm 2026',
    ...over,
  }).text;

describe('the introductions', () => {
  it('names the leaders first, then guests bloc by bloc in the rules’ order, then the host, then each remote point', () => {
    const text = write();
    const at = (s: string) => text.indexOf(s);
    expect(text).toContain('Về phía lãnh đạo Đảng, Nhà nước, xin trân trọng giới thiệu:\n- Đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội.');
    expect(at('Về phía Trung ương')).toBeLessThan(at('Về phía Quốc hội'));
    expect(at('Về phía Quốc hội')).toBeLessThan(at('Về phía Chính phủ'));
    expect(at('Về phía Chính phủ')).toBeLessThan(at('Về phía các cơ quan, đơn vị khách mời'));
    // A bare post is said with its organization.
    expect(text).toContain('- Đồng chí Hoàng D, Giám đốc Viện Nghiên cứu X.');
    // Below the level: as groups.
    expect(text).not.toContain('Vũ E');
    expect(text).toContain('Cùng dự hội nghị có các đồng chí lãnh đạo các bộ, ban, ngành');
    expect(text).toContain('Về phía Bộ Khoa học và Công nghệ, xin trân trọng giới thiệu:\n- Đồng chí Đỗ F, Bộ trưởng;');
    expect(text).toContain('Cùng các đồng chí lãnh đạo các Vụ, Cục, đơn vị và các đồng chí đại biểu thuộc Bộ Khoa học và Công nghệ.');
    expect(text).toContain('Tại điểm cầu Đà Nẵng, có đồng chí Ngô H, Giám đốc Sở KH&CN Đà Nẵng; cùng 1 đại biểu.');
    expect(at('Về phía Bộ Khoa học')).toBeLessThan(at('Tại điểm cầu Đà Nẵng'));
  });

  it('names a count of people instead of levels, and the rest as groups', () => {
    const text = write({ named: { mode: 'count', count: 2 } });
    expect(text.match(/^- Đồng chí/gm)).toHaveLength(2);
    expect(text).not.toContain('Lê Thị B');
  });

  it('says which lines a rewrite adds and takes away', () => {
    const before = write();
    const after = write({ order: ORDER.filter((x) => x.id !== '3') });
    const diff = lineChanges(before, after);
    expect(diff.removed.some((l) => l.includes('Lê Thị B'))).toBe(true);
    expect(diff.added.every((l) => !l.includes('Lê Thị B'))).toBe(true);
  });
});

describe('where the script starts', () => {
  it('starts at the script’s own time, else the event’s, else 08:00', () => {
    expect(scriptStart({ startAt: 450 }, '08:00')).toBe(450);
    expect(scriptStart({ startAt: null }, '13:30')).toBe(810);
    expect(scriptStart(null, null)).toBe(480);
  });
});

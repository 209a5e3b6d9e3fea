import type { ItemKind } from '../contract/script';

/** An item of a template: what carries from one event to another (no clock times, no people). */
export interface TemplateItem {
  kind: ItemKind;
  title: string;
  mcLines: string | null;
  durationMin: number;
  buffer: boolean;
  cueSound: string | null;
  cueLight: string | null;
  cueScreen: string | null;
  cueCamera: string | null;
}

const item = (kind: ItemKind, title: string, durationMin: number, mcLines: string | null, cues: Partial<TemplateItem> = {}): TemplateItem => ({
  kind,
  title,
  mcLines,
  durationMin,
  buffer: false,
  cueSound: null,
  cueLight: null,
  cueScreen: null,
  cueCamera: null,
  ...cues,
});

export const BUILT_IN_TEMPLATE_ID = 'builtin-decree-145';

/**
 * A year-end review in the formal order of Decree 145/2013 (announce the programme; flag salute
 * and anthem; purpose and introductions; report; awards; the higher leader's remarks; the host's
 * thanks; close) with the items such a review usually adds (DOMAIN.md). The MC's lines are the
 * customary wording, for the organizer to adapt.
 */
export const DECREE_145_TEMPLATE: readonly TemplateItem[] = [
  item('reception', 'Đón tiếp đại biểu', 30, null, { cueSound: 'Nhạc nền không lời', cueScreen: 'Phông chính hội nghị' }),
  item('performance', 'Chương trình văn nghệ chào mừng', 15, 'Mở đầu hội nghị, xin mời các đồng chí cùng thưởng thức chương trình văn nghệ chào mừng.', {
    cueLight: 'Sân khấu sáng toàn bộ',
  }),
  item(
    'flag',
    'Chào cờ',
    5,
    'Kính thưa các đồng chí đại biểu! Trước khi bước vào hội nghị, xin mời các đồng chí đứng dậy làm lễ chào cờ.\nNghiêm! Chào cờ… chào!\n(Quốc ca)\nThôi! Xin mời các đồng chí ngồi.',
    { cueSound: 'Quốc ca', cueScreen: 'Quốc kỳ' },
  ),
  item('introductions', 'Tuyên bố lý do, giới thiệu đại biểu', 10, null, { cueCamera: 'Lần lượt các đại biểu được giới thiệu' }),
  item('speech', 'Phát biểu khai mạc', 5, 'Xin trân trọng kính mời đồng chí … lên phát biểu khai mạc hội nghị.'),
  item(
    'report',
    'Báo cáo tổng kết công tác năm và phương hướng, nhiệm vụ năm tới',
    25,
    'Xin trân trọng kính mời đồng chí … trình bày Báo cáo tổng kết công tác năm và phương hướng, nhiệm vụ năm tới.',
    { cueScreen: 'Trình chiếu báo cáo' },
  ),
  item('video', 'Phóng sự những kết quả nổi bật trong năm', 7, 'Xin mời các đồng chí cùng theo dõi phóng sự về những kết quả nổi bật trong năm.', {
    cueSound: 'Tiếng phóng sự',
    cueLight: 'Hạ đèn hội trường',
    cueScreen: 'Phát phóng sự',
  }),
  item('remote', 'Tham luận từ điểm cầu', 10, 'Xin mời các đồng chí hướng về điểm cầu … Xin trân trọng kính mời đồng chí … phát biểu tham luận.', {
    cueScreen: 'Hình điểm cầu',
  }),
  item('speech', 'Tham luận của các đơn vị', 20, 'Xin trân trọng kính mời đồng chí … phát biểu tham luận.'),
  item('break', 'Giải lao', 15, 'Hội nghị xin giải lao 15 phút. Kính mời các đồng chí dùng trà.', { buffer: true, cueSound: 'Nhạc nền không lời' }),
  item('awards', 'Công bố quyết định và trao khen thưởng', 20, 'Xin trân trọng kính mời đồng chí … công bố các quyết định khen thưởng.', {
    cueSound: 'Nhạc trao thưởng',
    cueLight: 'Sân khấu sáng toàn bộ',
  }),
  item('emulation', 'Phát động phong trào thi đua năm tới', 5, 'Xin trân trọng kính mời đồng chí … phát động phong trào thi đua năm tới.'),
  item('speech', 'Phát biểu chỉ đạo của lãnh đạo cấp trên', 20, 'Xin trân trọng kính mời đồng chí … phát biểu chỉ đạo hội nghị.'),
  item('speech', 'Phát biểu tiếp thu ý kiến chỉ đạo', 10, 'Xin trân trọng kính mời đồng chí … phát biểu tiếp thu ý kiến chỉ đạo.'),
  item(
    'closing',
    'Bế mạc hội nghị',
    5,
    'Kính thưa các đồng chí! Chương trình hội nghị đến đây đã hoàn thành. Xin trân trọng cảm ơn các đồng chí đại biểu đã tới dự. Xin kính chúc các đồng chí sức khỏe, hạnh phúc và thành công.',
    { cueSound: 'Nhạc kết thúc' },
  ),
];

import type { z } from 'zod';
import { fieldLabels } from './fields';
import type { AppError, Message } from './result';

export interface FieldProblem {
  path: string;
  message: Message;
}

// A key is the sender's text: a hostile one may be megabytes long, and the message repeats it.
const shown = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

/** Turns schema issues into one bilingual error naming each field and what is wrong with it. */
export function validationError(issues: readonly z.core.$ZodIssue[]): AppError {
  const problems: FieldProblem[] = issues.slice(0, 50).map((issue) => ({
    path: issue.path.map((p) => shown(String(p))).join('.'),
    message: describe(issue),
  }));
  const list = (lang: 'vi' | 'en') =>
    problems
      .slice(0, 5)
      .map((p) => {
        const label = labelOf(p.path, lang);
        return label ? `${label}: ${p.message[lang]}` : p.message[lang];
      })
      .join('; ');
  return {
    code: 'VALIDATION',
    message: {
      vi: `Dữ liệu không hợp lệ — ${list('vi')}.`,
      en: `Invalid input — ${list('en')}.`,
    },
    details: problems,
  };
}

function labelOf(path: string, lang: 'vi' | 'en'): string {
  if (!path) return '';
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  return fieldLabels[last]?.[lang] ?? last;
}

function describe(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { vi: 'bắt buộc phải có', en: 'is required' };
      if (issue.expected === 'int') return { vi: 'phải là số nguyên', en: 'must be a whole number' };
      return { vi: `sai kiểu dữ liệu (cần ${typeVi(issue.expected)})`, en: `wrong type (expected ${issue.expected})` };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { vi: 'không được để trống', en: 'must not be empty' };
      return { vi: `phải từ ${String(issue.minimum)} trở lên`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      if (issue.origin === 'string')
        return { vi: `quá dài (tối đa ${String(issue.maximum)} ký tự)`, en: `too long (at most ${String(issue.maximum)} characters)` };
      return { vi: `phải nhỏ hơn hoặc bằng ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      if (issue.format === 'date') return { vi: 'ngày không hợp lệ (cần dạng NNNN-TT-NN)', en: 'invalid date (expected YYYY-MM-DD)' };
      if (issue.format === 'regex' && issue.message === 'time') return { vi: 'giờ không hợp lệ (cần dạng GG:PP)', en: 'invalid time (expected HH:MM)' };
      if (issue.format === 'regex' && customMessages[issue.message]) return customMessages[issue.message]!;
      return { vi: 'sai định dạng', en: 'has the wrong format' };
    case 'invalid_value':
      return { vi: 'giá trị không được chấp nhận', en: 'is not one of the allowed values' };
    case 'unrecognized_keys':
      return {
        vi: `có trường không được hỗ trợ: ${issue.keys.slice(0, 5).map(shown).join(', ')}`,
        en: `has unsupported fields: ${issue.keys.slice(0, 5).map(shown).join(', ')}`,
      };
    case 'custom':
      return customMessages[issue.message] ?? { vi: 'không hợp lệ', en: 'is not valid' };
    default:
      return { vi: 'không hợp lệ', en: 'is not valid' };
  }
}

const customMessages: Record<string, Message> = {
  time: { vi: 'giờ không hợp lệ (cần dạng GG:PP)', en: 'invalid time (expected HH:MM)' },
  phone: { vi: 'số điện thoại không hợp lệ', en: 'is not a valid phone number' },
  email: { vi: 'địa chỉ email không hợp lệ', en: 'is not a valid email address' },
  birthDate: { vi: 'cần ngày đầy đủ (NNNN-TT-NN) hoặc chỉ năm sinh (NNNN)', en: 'needs a full date (YYYY-MM-DD) or the year alone (YYYY)' },
  testTarget: { vi: 'cần đúng một trong hai: lần kiểm tra đã lên lịch hoặc điểm cầu', en: 'needs exactly one of a scheduled test or a bridge point' },
  localDateTime: { vi: 'cần một ngày và một giờ có thật, ví dụ 07/01/2027 14h00', en: 'needs a real day and time, e.g. 07/01/2027 14h00' },
  deadline: { vi: 'cần số ngày so với ngày hội nghị, hoặc một ngày cố định', en: 'needs the days from the event day, or a fixed date' },
  endBeforeStart: { vi: 'ngày kết thúc phải sau ngày bắt đầu', en: 'must not be before the start date' },
  tooManyAisles: { vi: 'nhiều lối đi hơn số ghế trong hàng', en: 'more aisles than seats in the row' },
  stageAisles: { vi: 'hàng ghế Đoàn Chủ tịch không có lối đi', en: 'presidium rows have no aisles' },
  stageSeats: { vi: 'hàng ghế Đoàn Chủ tịch tối đa 80 ghế', en: 'a presidium row has at most 80 seats' },
  areaOnStage: { vi: 'Đoàn Chủ tịch không chia khu vực: bỏ khu vực đi', en: 'the presidium has no areas: leave the area out' },
  tooManySeats: { vi: 'quá 10.000 ghế: hãy kiểm tra số hàng và số ghế mỗi hàng', en: 'more than 10,000 seats: check the rows and seats per row' },
  post: {
    vi: 'cần đúng một chức vụ (không dấu phẩy, chấm phẩy hay “kiêm”), có chữ',
    en: 'must be exactly one post (no comma, semicolon or “kiêm”), with letters',
  },
  colour: { vi: 'màu cần dạng #RRGGBB', en: 'a colour must be #RRGGBB' },
  minSize: { vi: 'cỡ chữ nhỏ nhất phải không lớn hơn cỡ chữ', en: 'the minimum size must not exceed the size' },
  size: { vi: 'kích thước không khớp khổ thẻ đã chọn', en: 'the size does not match the chosen stock' },
  outside: { vi: 'thành phần nằm ngoài thẻ', en: 'the element lies outside the badge' },
  pdf: { vi: 'không phải tệp PDF', en: 'is not a PDF file' },
  image: { vi: 'ảnh cần là tệp PNG hoặc JPEG', en: 'a picture must be a PNG or JPEG file' },
  imagesTooLarge: { vi: 'ảnh trên thẻ quá lớn (tổng cộng tối đa 6 MB)', en: 'the pictures on the badge are too large (6 MB in all at most)' },
  orgPattern: {
    vi: 'quá nhiều lựa chọn (|) hoặc dấu * (tối đa 20 lựa chọn, 6 dấu * mỗi lựa chọn)',
    en: 'has too many alternatives (|) or stars (at most 20 alternatives, 6 stars each)',
  },
};

function typeVi(t: string): string {
  return (
    ({ string: 'chuỗi ký tự', number: 'số', int: 'số nguyên', object: 'đối tượng', array: 'danh sách', boolean: 'đúng/sai' } as Record<string, string>)[t] ?? t
  );
}

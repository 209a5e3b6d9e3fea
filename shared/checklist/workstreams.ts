/** The workstreams of a conference's preparation seen in practice (DOMAIN.md), in the order a plan lists them. */
export const WORKSTREAMS = [
  'plan',
  'invitations',
  'documents',
  'programme',
  'decoration',
  'av',
  'bridge',
  'reception',
  'security',
  'medical',
  'transport',
  'catering',
  'finance',
] as const;
export type BuiltinWorkstream = (typeof WORKSTREAMS)[number];

const WORKSTREAM_NAMES: Record<BuiltinWorkstream, { vi: string; en: string }> = {
  plan: { vi: 'Kế hoạch và kinh phí', en: 'Plan and budget' },
  invitations: { vi: 'Giấy mời', en: 'Invitations' },
  documents: { vi: 'Tài liệu', en: 'Documents' },
  programme: { vi: 'Chương trình và kịch bản', en: 'Programme and script' },
  decoration: { vi: 'Khánh tiết', en: 'Hall decoration' },
  av: { vi: 'Âm thanh, ánh sáng, màn hình', en: 'Sound, lighting, screens' },
  bridge: { vi: 'Điểm cầu trực tuyến', en: 'Video bridge' },
  reception: { vi: 'Đón tiếp và thẻ đại biểu', en: 'Reception and badges' },
  security: { vi: 'An ninh', en: 'Security' },
  medical: { vi: 'Y tế', en: 'Medical' },
  transport: { vi: 'Xe đưa đón', en: 'Transport' },
  catering: { vi: 'Hậu cần, giải khát', en: 'Catering and tea break' },
  finance: { vi: 'Tài chính, thanh quyết toán', en: 'Finance' },
};

export const isBuiltinWorkstream = (w: string): w is BuiltinWorkstream => (WORKSTREAMS as readonly string[]).includes(w);

/**
 * A task's workstream is a built-in's code, or the organizer's own workstream by its name: shown
 * as stored. Built-ins come first in their order, the organizer's after them by name.
 */
export const workstreamName = (w: string, lang: 'vi' | 'en'): string => (isBuiltinWorkstream(w) ? WORKSTREAM_NAMES[w][lang] : w);

export const workstreamRank = (w: string): number => (isBuiltinWorkstream(w) ? WORKSTREAMS.indexOf(w) : WORKSTREAMS.length);

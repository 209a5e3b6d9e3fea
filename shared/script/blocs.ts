import { orgMatcher } from '../precedence/org-pattern';
import { foldPost } from '../precedence/posts';

export interface BlocRule {
  pattern: string;
  bloc: string;
}

/**
 * The blocs a Vietnamese introduction names guests by ("Về phía Trung ương…", "Về phía Quốc
 * hội…"), in the order DOMAIN.md gives them. A new event starts with these; the organizer edits.
 */
export const DEFAULT_BLOCS: readonly BlocRule[] = [
  { pattern: 'Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương*|Ban * Trung ương|Văn phòng Trung ương Đảng|Ủy ban Kiểm tra Trung ương', bloc: 'Trung ương' },
  { pattern: 'Quốc hội|Ủy ban * của Quốc hội|Ủy ban * Quốc hội|Hội đồng Dân tộc|Ban * của Ủy ban Thường vụ Quốc hội', bloc: 'Quốc hội' },
  { pattern: 'Văn phòng Quốc hội', bloc: 'Văn phòng Quốc hội' },
  { pattern: 'Chính phủ|Văn phòng Chính phủ|Bộ *|Ủy ban Dân tộc|Thanh tra Chính phủ|Ngân hàng Nhà nước*', bloc: 'Chính phủ' },
  {
    pattern: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc*|Tổng Liên đoàn Lao động*|Trung ương Đoàn*|Hội Liên hiệp Phụ nữ*',
    bloc: 'Mặt trận Tổ quốc và các đoàn thể',
  },
  { pattern: 'Tỉnh ủy *|Thành ủy *|Hội đồng nhân dân *|Ủy ban nhân dân *', bloc: 'các địa phương' },
];

/** A delegate's bloc: the first rule whose pattern covers the organization; null: none does. */
export function blocMatcher(rules: readonly BlocRule[]): (organization: string | null) => string | null {
  const tests = rules.map((r) => ({ m: orgMatcher(/[*|!]/.test(r.pattern) ? r.pattern : `*${r.pattern}*`), bloc: r.bloc }));
  const seen = new Map<string, string | null>();
  return (organization) => {
    if (!organization) return null;
    let bloc = seen.get(organization);
    if (bloc === undefined) {
      const folded = foldPost(organization);
      bloc = tests.find((t) => t.m?.test(folded))?.bloc ?? null;
      seen.set(organization, bloc);
    }
    return bloc;
  };
}

/** Where a delegate's place comes from, in words: the same text on screen and in the export. */
import type { OrderEntry } from './order';

type Lang = 'vi' | 'en';

export function reasonText(e: Pick<OrderEntry, 'reason' | 'variant' | 'host' | 'handOrder'>, lang: Lang): string {
  const vi = lang === 'vi';
  const r = e.reason;
  let text: string;
  if (r.kind === 'rule') {
    const post = r.orgPattern ? `${r.rulePost} (${r.orgPattern})` : r.rulePost;
    text = vi ? `Theo quy tắc «${post}»` : `By the rule “${post}”`;
    if (e.variant === 'former') text += vi ? ', nguyên chức' : ', former holder';
    if (e.variant === 'acting') text += vi ? ', giữ quyền' : ', acting';
  } else if (r.kind === 'hand')
    text = r.of ? (vi ? `Đặt thủ công: ngang hàng với ${r.of}` : `Set by hand: level with ${r.of}`) : vi ? 'Đặt cấp thủ công' : 'Level set by hand';
  else text = vi ? 'Chưa xếp cấp: không quy tắc nào khớp chức vụ' : 'No level: no rule matches the title';
  if (e.handOrder !== null) text += vi ? '; thứ tự trong cấp sắp xếp thủ công' : '; order in level set by hand';
  if (e.host) text += vi ? '; đơn vị chủ trì' : '; host';
  return text;
}

import { spokenPost } from '../spoken-post';
import { blocMatcher, type BlocRule } from './blocs';

/** A counted delegate, in the order of precedence (who declined is never in it). */
export interface IntroPerson {
  id: string;
  fullName: string;
  title: string | null;
  organization: string | null;
  /** A remote point's delegate is introduced at that point; null or the main point: in the hall. */
  bridgePointId: string | null;
  host: boolean;
  level: number | null;
}

export interface IntroInput {
  order: readonly IntroPerson[];
  blocs: readonly BlocRule[];
  named: { mode: 'level'; level: number } | { mode: 'count'; count: number };
  /** Remote points by id (the main point is not one of them), in the order to read them. */
  remotePoints: ReadonlyMap<string, string>;
  /** The host, as the MC names it ("Văn phòng Quốc hội"); null: the event has none set. */
  host: string | null;
  eventName: string;
}

/**
 * The Party and State's leaders (the catalogue's levels down to the Fatherland Front's President):
 * introduced first, whatever their organization, as "lãnh đạo Đảng, Nhà nước".
 */
const LEADERS_LEVEL = 140;

/** "đồng chí Nguyễn Văn A, Giám đốc Sở Khoa học và Công nghệ TP. Đà Nẵng": a guest's bare post gets its organization. */
function who(p: IntroPerson): string {
  const title = p.host ? (p.title ?? '') : spokenPost(p.title, p.organization);
  return `đồng chí ${p.fullName}${title ? `, ${title}` : ''}`;
}

/** "- đồng chí A, …;" lines, the last ending with a full stop. */
function list(people: readonly IntroPerson[], last = '.'): string[] {
  return people.map((p, i) => `- ${who(p).replace(/^đ/, 'Đ')}${i === people.length - 1 ? last : ';'}`);
}

/**
 * The MC's "statement of purpose and introductions" from the order of precedence (DOMAIN.md): the
 * senior guests by name and title, bloc by bloc ("Về phía Trung ương…"), the other guests as a
 * group, then the host's leaders and the rest of the host as a group, then each remote point's.
 * Who is named one by one is the event's setting (levels down to one, or a count).
 */
export function writeIntroductions(input: IntroInput): { text: string; namedIds: string[] } {
  const inHall = input.order.filter((p) => !p.bridgePointId || !input.remotePoints.has(p.bridgePointId));
  const isNamed = (p: IntroPerson, i: number) => (input.named.mode === 'level' ? p.level !== null && p.level <= input.named.level : i < input.named.count);
  const named = inHall.filter(isNamed);
  const namedSet = new Set(named);
  const bloc = blocMatcher(input.blocs);
  const out: string[] = [
    'Kính thưa các đồng chí đại biểu!',
    `Hôm nay, ${input.host ? `${input.host} long trọng tổ chức ` : ''}${input.eventName}. Đến dự hội nghị, chúng tôi xin trân trọng giới thiệu:`,
  ];

  // The leaders first; then the guests bloc by bloc in the rules' order (DOMAIN.md: Party, National
  // Assembly, Government, Fatherland Front…), those of no bloc last; in each, by precedence.
  const guests = named.filter((x) => !x.host);
  const leaders = guests.filter((p) => p.level !== null && p.level <= LEADERS_LEVEL);
  const groups = new Map<string, IntroPerson[]>(input.blocs.map((b) => [b.bloc, []]));
  const others: IntroPerson[] = [];
  for (const p of guests) {
    if (leaders.includes(p)) continue;
    const b = bloc(p.organization);
    if (b) groups.get(b)!.push(p);
    else others.push(p);
  }
  if (leaders.length) out.push('Về phía lãnh đạo Đảng, Nhà nước, xin trân trọng giới thiệu:', ...list(leaders));
  for (const [b, people] of groups) if (people.length) out.push(`Về phía ${b}, xin trân trọng giới thiệu:`, ...list(people));
  if (others.length) out.push('Về phía các cơ quan, đơn vị khách mời, xin trân trọng giới thiệu:', ...list(others));
  const otherGuests = inHall.some((p) => !p.host && !namedSet.has(p));
  if (otherGuests) out.push('Cùng dự hội nghị có các đồng chí lãnh đạo các bộ, ban, ngành, cơ quan, đơn vị và các đồng chí đại biểu khách mời.');

  const hosts = named.filter((x) => x.host);
  const otherHosts = inHall.some((p) => p.host && !namedSet.has(p));
  const hostName = input.host ?? 'đơn vị tổ chức';
  if (hosts.length) out.push(`Về phía ${hostName}, xin trân trọng giới thiệu:`, ...list(hosts, otherHosts ? ';' : '.'));
  if (otherHosts)
    out.push(`${hosts.length ? 'Cùng các' : `Về phía ${hostName} có các`} đồng chí lãnh đạo các Vụ, Cục, đơn vị và các đồng chí đại biểu thuộc ${hostName}.`);

  // Each remote point: its most senior by name (as many as the setting names, at least one), then the rest as a count.
  const leads: IntroPerson[] = [];
  for (const [pointId, pointName] of input.remotePoints) {
    const there = input.order.filter((p) => p.bridgePointId === pointId);
    if (!there.length) continue;
    const byName = there.filter(isNamed);
    const lead = byName.length ? byName : there.slice(0, 1);
    const rest = there.length - lead.length;
    leads.push(...lead);
    out.push(`Tại điểm cầu ${pointName}, có ${lead.map(who).join('; ')}${rest ? `; cùng ${rest.toLocaleString('vi-VN')} đại biểu` : ''}.`);
  }
  out.push('Xin trân trọng cảm ơn các đồng chí!');
  return { text: out.join('\n'), namedIds: [...named, ...leads].map((p) => p.id) };
}

/** What a new writing changes against the last one: lines added and lines gone. */
export function lineChanges(before: string | null, after: string): { added: string[]; removed: string[] } {
  const old = new Set((before ?? '').split('\n'));
  const now = new Set(after.split('\n'));
  return { added: [...now].filter((l) => !old.has(l)), removed: [...old].filter((l) => l && !now.has(l)) };
}

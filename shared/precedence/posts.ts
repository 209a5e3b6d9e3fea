/**
 * A title as a list of posts ("Ủy viên Bộ Chính trị, Chủ tịch Quốc hội" holds two), each folded
 * for matching: no case, no diacritics or tone placement, single spaces, the usual abbreviations
 * spelled out, and a leading "nguyên" (former) or "Quyền" (acting) taken off as the post's variant.
 */
import { cleanText, foldForSearch } from '../text';

export type PostVariant = 'holder' | 'acting' | 'former';
/** Holders first, then acting holders, then former holders of the same post. */
export const VARIANT_ORDER: Record<PostVariant, number> = { holder: 0, acting: 1, former: 2 };

export interface Post {
  /** The post as written in the title. */
  text: string;
  /** Folded, without the variant word: what rules are matched against. */
  key: string;
  variant: PostVariant;
}

// Folded abbreviation -> folded full form. Only whole words are replaced.
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  ubmttq: 'uy ban mat tran to quoc',
  mttq: 'mat tran to quoc',
  bch: 'ban chap hanh',
  tw: 'trung uong',
  bct: 'bo chinh tri',
  bbt: 'ban bi thu',
  btv: 'ban thuong vu',
  ubtvqh: 'uy ban thuong vu quoc hoi',
  qh: 'quoc hoi',
  vpqh: 'van phong quoc hoi',
  vpcp: 'van phong chinh phu',
  dbqh: 'dai bieu quoc hoi',
  tand: 'toa an nhan dan',
  vksnd: 'vien kiem sat nhan dan',
  vks: 'vien kiem sat',
  ksnd: 'kiem sat nhan dan',
  tp: 'thanh pho',
  hcm: 'ho chi minh',
  tphcm: 'thanh pho ho chi minh',
  tncs: 'thanh nien cong san',
};

// "Chủ tịch Ủy ban nhân dân" is "Chủ tịch UBND": spell out so either matches either.
function expand(words: string[]): string {
  return words.map((w) => ABBREVIATIONS[w] ?? w).join(' ');
}

/** The folded form of a post, a rule's post or an organization name. */
export function foldPost(s: string): string {
  return expand(
    // "TƯ" in capitals is Trung ương; folded it would be "tu", as in "đầu tư".
    foldForSearch(s.normalize('NFC').replace(/(?<!\p{L})TƯ(?!\p{L})/gu, 'TW'))
      .replace(/\([^)]*\)/g, ' ')
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

// Between posts: commas, semicolons, line breaks, a dash between spaces, and "kiêm" (holding one
// post with another). Never "và": "Ủy ban Kinh tế và Tài chính" is one name. A dash inside a unit's
// name ("Vụ Kế hoạch – Tài chính") only cuts the unit's name short, after the post.
const SEPARATOR = /[,;\n\r]+|\s[-–—]\s|(?<!\p{L})kiêm(?!\p{L})/giu;

/** The posts of a title, as written, in order. */
export function splitTitle(title: string): string[] {
  return cleanText(title)
    .split(SEPARATOR)
    .map((p) =>
      p
        .trim()
        .replace(/^[-–—:.]+|[-–—:.]+$/g, '')
        .trim(),
    )
    .filter((p) => /\p{L}/u.test(p));
}

/**
 * One post: its folded key, with "nguyên" / "Quyền" (or "Q.") in front, or "(nguyên)" after,
 * taken off as its variant.
 */
function parsePost(text: string): Post {
  const bracket = /\((nguyen|quyen)\)/.exec(foldForSearch(text))?.[1];
  const key = foldPost(text);
  const m = /^(nguyen|quyen|q) (.+)$/.exec(key);
  const word = m?.[1] ?? bracket;
  const variant = word === 'nguyen' ? 'former' : word ? 'acting' : 'holder';
  return { text, key: m ? m[2]! : key, variant };
}

export function parsePosts(title: string | null): Post[] {
  return title ? splitTitle(title).map(parsePost) : [];
}

/**
 * Precedence rules: a rule names a post and gives it a level. A post matches a rule when it IS
 * that post, or that post followed by the name of its organization ("Bộ trưởng Bộ Tài chính"); a
 * word in front ("Phó", "Trợ lý", "Thư ký", "Ủy viên", "Thường trực") makes another post and never
 * matches. A rule may narrow by organization with a pattern on folded text ("so *", "* trung uong";
 * `*` is any words, `|` separates alternatives), checked against what follows the post in the
 * title, or else the delegate's organization. A title that names no
 * organization ("Giám đốc") is also read with the delegate's organization after it ("Giám đốc" of
 * "Sở Tài chính" is a "Giám đốc Sở").
 */
import { foldPost, parsePosts, VARIANT_ORDER, type Post, type PostVariant } from './posts';

export interface PrecedenceRule {
  id: string;
  /** The post, as the organizer wrote it. */
  post: string;
  /** Narrows the rule to posts of certain organizations; null for any. */
  orgPattern: string | null;
  level: number;
}

export type FormerPosts = 'after-holders' | 'current-only';

interface CompiledRule {
  rule: PrecedenceRule;
  key: string;
  org: RegExp | null;
  /** More words, then an organization pattern, make a rule more specific: the most specific wins. */
  weight: number;
}

export interface CompiledRules {
  byFirstWord: Map<string, CompiledRule[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An organization pattern as a regular expression over folded text; null when it is empty. */
export function orgPatternRegExp(pattern: string | null): RegExp | null {
  if (!pattern) return null;
  const alternatives = pattern.split('|').map(altRegExp).filter((a): a is string => a !== null);
  if (alternatives.length === 0) return null;
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}

// A star stands for whole words: "so *" is "so" then any words (or none), "* trung uong" any
// words then "trung uong", a star alone any text at all.
function altRegExp(alt: string): string | null {
  const parts = alt.split('*').map(foldPost);
  if (parts.every((p) => p === '')) return alt.includes('*') ? '.+' : null;
  let re = '';
  parts.forEach((part, i) => {
    const starBefore = i > 0;
    const starAfter = i < parts.length - 1;
    if (part === '') return;
    if (starBefore) re += re === '' ? '(?:.* )?' : ' (?:.* )?';
    re += escape(part);
    if (starAfter && parts.slice(i + 1).every((p) => p === '')) re += '(?: .*)?';
  });
  return re;
}

export function compileRules(rules: readonly PrecedenceRule[]): CompiledRules {
  const byFirstWord = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const key = foldPost(rule.post);
    if (!key) continue;
    const org = orgPatternRegExp(rule.orgPattern);
    const c: CompiledRule = { rule, key, org, weight: key.split(' ').length * 2 + (org ? 1 : 0) };
    const first = key.split(' ', 1)[0]!;
    const list = byFirstWord.get(first) ?? [];
    list.push(c);
    byFirstWord.set(first, list);
  }
  return { byFirstWord };
}

/** The most specific rule the folded text is (or starts with, then its organization); null if none. */
function bestRule(text: string, orgKey: string, compiled: CompiledRules): PrecedenceRule | null {
  const candidates = compiled.byFirstWord.get(text.split(' ', 1)[0]!);
  if (!candidates) return null;
  let best: CompiledRule | null = null;
  for (const c of candidates) {
    if (text !== c.key && !text.startsWith(`${c.key} `)) continue;
    if (c.org) {
      const rest = text.slice(c.key.length).trim();
      if (!(rest && c.org.test(rest)) && !(orgKey && c.org.test(orgKey))) continue;
    }
    if (!best || c.weight > best.weight || (c.weight === best.weight && c.rule.level < best.rule.level)) best = c;
  }
  return best?.rule ?? null;
}

/** The rule for one post of a delegate with this (folded) organization. */
export function ruleForPost(post: Post, orgKey: string, compiled: CompiledRules): PrecedenceRule | null {
  return bestRule(post.key, orgKey, compiled) ?? (orgKey && !post.key.includes(orgKey) ? bestRule(`${post.key} ${orgKey}`, orgKey, compiled) : null);
}

export interface LevelMatch {
  level: number;
  variant: PostVariant;
  rule: PrecedenceRule;
  /** The post of the title that matched, as written. */
  post: string;
}

/**
 * A delegate's level: the most senior of its posts (a holder before an acting or former holder
 * of the same level). Former posts count only when the event places former leaders after the
 * holders; otherwise the current posts alone decide.
 */
export function levelOf(title: string | null, organization: string | null, compiled: CompiledRules, former: FormerPosts): LevelMatch | null {
  const orgKey = organization ? foldPost(organization) : '';
  let best: LevelMatch | null = null;
  for (const post of parsePosts(title)) {
    if (post.variant === 'former' && former === 'current-only') continue;
    const rule = ruleForPost(post, orgKey, compiled);
    if (!rule) continue;
    const better =
      !best || rule.level < best.level || (rule.level === best.level && VARIANT_ORDER[post.variant] < VARIANT_ORDER[best.variant]);
    if (better) best = { level: rule.level, variant: post.variant, rule, post: post.text };
  }
  return best;
}

/** Matches each distinct (title, organization) once: lists repeat a few dozen titles thousands of times. */
export function createLeveller(rules: readonly PrecedenceRule[], former: FormerPosts) {
  const compiled = compileRules(rules);
  const cache = new Map<string, LevelMatch | null>();
  return (title: string | null, organization: string | null): LevelMatch | null => {
    if (!title) return null;
    const k = `${title}\u0001${organization ?? ''}`;
    let m = cache.get(k);
    if (m === undefined) {
      m = levelOf(title, organization, compiled, former);
      cache.set(k, m);
    }
    return m;
  };
}

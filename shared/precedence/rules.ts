/**
 * Precedence rules: a rule names a post and gives it a level. A post matches a rule when it IS
 * that post, or that post followed by the name of its organization ("Bộ trưởng Bộ Tài chính"); a
 * word in front ("Phó", "Trợ lý", "Thư ký", "Ủy viên", "Thường trực") makes another post and never
 * matches. A rule may narrow by organization with a pattern (org-pattern.ts: "Sở *", "* Trung
 * ương"), checked against what follows the post in the title, or, when nothing follows, the
 * delegate's organization. A post is also read with the delegate's organization after it ("Giám
 * đốc" of "Sở Tài chính" is a "Giám đốc Sở"); the more specific reading wins.
 */
import { orgMatcher, type OrgMatcher } from './org-pattern';
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
  org: OrgMatcher | null;
  /** More words, then an organization pattern, make a rule more specific: the most specific wins. */
  weight: number;
}

export interface CompiledRules {
  byFirstWord: Map<string, CompiledRule[]>;
}

export function compileRules(rules: readonly PrecedenceRule[]): CompiledRules {
  const byFirstWord = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const key = foldPost(rule.post);
    if (!key) continue;
    const org = orgMatcher(rule.orgPattern);
    const c: CompiledRule = { rule, key, org, weight: key.split(' ').length * 2 + (org ? 1 : 0) };
    const first = key.split(' ', 1)[0]!;
    const list = byFirstWord.get(first) ?? [];
    list.push(c);
    byFirstWord.set(first, list);
  }
  return { byFirstWord };
}

/**
 * The most specific rule that the folded text is, or starts with (what follows being the
 * organization). An organization condition is checked against what follows in the title, or, when
 * the title says nothing more, against the delegate's organization.
 */
function bestRule(text: string, orgKey: string, compiled: CompiledRules, cover = 0): CompiledRule | null {
  const candidates = compiled.byFirstWord.get(text.split(' ', 1)[0]!);
  if (!candidates) return null;
  let best: CompiledRule | null = null;
  for (const c of candidates) {
    if (c.key.length < cover || (text !== c.key && !text.startsWith(`${c.key} `))) continue;
    if (c.org && !c.org.test(text.slice(c.key.length).trim() || orgKey)) continue;
    if (!best || c.weight > best.weight || (c.weight === best.weight && c.rule.level < best.rule.level)) best = c;
  }
  return best;
}

/** The post followed by the organization, the words they share said once ("Bí thư Đảng ủy" + "Đảng ủy xã …"). */
function withOrganization(post: string, org: string): string {
  const p = post.split(' ');
  const o = org.split(' ');
  for (let k = Math.min(p.length, o.length); k > 0; k--) if (p.slice(-k).join(' ') === o.slice(0, k).join(' ')) return [...p, ...o.slice(k)].join(' ');
  return `${post} ${org}`;
}

/**
 * The rule for one post of a delegate with this (folded) organization: the post as written, or
 * the post read with the organization after it ("Giám đốc" of "Sở Tài chính"), the more specific.
 * Read that way, a rule must name the whole post and more: "Trưởng Ban" must not take a "Trưởng
 * ban Quản lý dự án" of a central office for a Central Committee commission head.
 */
function ruleForPost(post: Post, orgKey: string, compiled: CompiledRules): PrecedenceRule | null {
  const alone = bestRule(post.key, orgKey, compiled);
  const withOrg = orgKey && !post.key.includes(orgKey) ? bestRule(withOrganization(post.key, orgKey), '', compiled, post.key.length + 1) : null;
  return (withOrg && (!alone || withOrg.weight > alone.weight) ? withOrg : alone)?.rule ?? null;
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
    const better = !best || rule.level < best.level || (rule.level === best.level && VARIANT_ORDER[post.variant] < VARIANT_ORDER[best.variant]);
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

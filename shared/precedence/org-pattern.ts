/**
 * Organization patterns, as rules and host lists use them: folded words where `*` stands for any
 * words (or none), `|` separates alternatives and a leading `!` makes an alternative an exception
 * ("!doan *": anything but the Youth Union's). Matched word by word with a table, never with a
 * backtracking regular expression: a pattern typed by anyone must not stall the main process.
 */
import { foldPost } from './posts';

const STAR = Symbol('star');
type Token = string | typeof STAR;

/** At most this many alternatives and stars: far past any real pattern, far below any cost. */
const MAX_ALTERNATIVES = 20;
const MAX_STARS = 6;

function tokens(alt: string): Token[] {
  const out: Token[] = [];
  alt.split('*').forEach((part, i) => {
    if (i > 0) out.push(STAR);
    for (const w of foldPost(part).split(' ')) if (w) out.push(w);
  });
  return out;
}

/** Whether the words match the tokens, `*` taking any number of words. O(tokens × words). */
function globMatch(p: readonly Token[], words: readonly string[]): boolean {
  let row = new Array<boolean>(words.length + 1).fill(false);
  row[0] = true;
  for (const t of p) {
    const next = new Array<boolean>(words.length + 1).fill(false);
    if (t === STAR) {
      let any = false;
      for (let j = 0; j <= words.length; j++) {
        any ||= row[j]!;
        next[j] = any;
      }
    } else for (let j = 1; j <= words.length; j++) next[j] = row[j - 1]! && words[j - 1] === t;
    row = next;
  }
  return row[words.length]!;
}

export interface OrgMatcher {
  test(folded: string): boolean;
}

/** The matcher for a pattern; null for an empty one (no condition). */
export function orgMatcher(pattern: string | null): OrgMatcher | null {
  if (!pattern) return null;
  const alts = pattern
    .split('|')
    .map((a) => a.trim())
    .filter(Boolean)
    .slice(0, MAX_ALTERNATIVES)
    .map((a) => ({ not: a.startsWith('!'), p: tokens(a.replace(/^!/, '')).slice(0, MAX_STARS * 2 + 12) }))
    .filter((a) => a.p.length > 0);
  if (alts.length === 0) return null;
  const yes = alts.filter((a) => !a.not);
  const no = alts.filter((a) => a.not);
  return {
    test(folded) {
      const words = folded.split(' ').filter(Boolean);
      // "*" alone asks for something, not nothing.
      const one = (p: Token[]) => (p.length === 1 && p[0] === STAR ? words.length > 0 : globMatch(p, words));
      return (yes.length === 0 || yes.some((a) => one(a.p))) && !no.some((a) => one(a.p));
    },
  };
}

/** Whether a pattern is within the limits (the contract refuses the others with a clear message). */
export const orgPatternOk = (pattern: string) => {
  const alts = pattern.split('|');
  return alts.length <= MAX_ALTERNATIVES && alts.every((a) => (a.match(/\*/g)?.length ?? 0) <= MAX_STARS);
};

import type { PrecedenceRuleRecord } from '../../../shared/contract/precedence';
import { levelNote } from '../../../shared/precedence/catalogue';

export interface LevelOption {
  level: number;
  /** The catalogue's note, or the event's posts at a level of its own. */
  note: string;
}

/** The levels the event's rules use, most senior first, each with what it stands for. */
export function levelOptions(rules: readonly PrecedenceRuleRecord[], lang: 'vi' | 'en', extra: readonly number[] = []): LevelOption[] {
  const posts = new Map<number, string[]>();
  for (const r of rules) posts.set(r.level, [...(posts.get(r.level) ?? []), r.post]);
  for (const l of extra) if (!posts.has(l)) posts.set(l, []);
  return [...posts.entries()].sort(([a], [b]) => a - b).map(([level, ps]) => ({ level, note: levelNote(level)?.[lang] ?? ps.slice(0, 3).join(', ') }));
}

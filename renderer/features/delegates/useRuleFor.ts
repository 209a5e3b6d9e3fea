import { useMemo } from 'react';
import { compileRules, matchRule, type TitleRule } from '../../../shared/precedence';
import { useDelegates } from './delegatesStore';

/** The event's title rule that a title would get its rank from, as the organizer types it. */
export function useRuleFor(title: string): TitleRule | null {
  const rules = useDelegates((s) => s.titleRules);
  const compiled = useMemo(() => compileRules(rules), [rules]);
  return useMemo(() => matchRule(title, compiled), [title, compiled]);
}

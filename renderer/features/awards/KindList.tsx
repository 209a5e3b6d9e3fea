import type { AwardKind } from '../../../shared/contract/awards';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ArrowDownIcon, ArrowUpIcon } from '../../ui/icons';
import { runAwards, useAwards } from './awardsStore';

/** The awards from the highest down: one is chosen; each moves up or down (its place is the order they are presented in). */
export function KindList({ kinds, counts }: { kinds: readonly AwardKind[]; counts: ReadonlyMap<string, number> }) {
  const a = useT().awards;
  const kindId = useAwards((s) => s.kindId);
  const select = useAwards((s) => s.select);
  const move = (i: number, to: number) => {
    const rest = kinds.filter((_, j) => j !== i);
    const afterId = to === 0 ? null : rest[to - 1]!.id;
    void runAwards(() => call('awards.moveKind', { id: kinds[i]!.id, afterId }));
  };
  return (
    <ol className="award-kinds" aria-label={a.kinds} data-testid="award-kinds">
      {kinds.map((k, i) => (
        <li key={k.id} className={`award-kind${k.id === kindId ? ' is-on' : ''}`}>
          <button type="button" className="award-kind-pick" aria-current={k.id === kindId || undefined} onClick={() => select(k.id)} data-testid="award-kind">
            <span className="award-kind-name">
              {i + 1}. {k.name}
            </span>
            <span className="award-kind-count">{a.kindCount(counts.get(k.id) ?? 0)}</span>
          </button>
          <span className="award-kind-moves">
            <Button size="sm" variant="ghost" icon={<ArrowUpIcon />} aria-label={a.moveUp} disabled={i === 0} onClick={() => move(i, i - 1)} />
            <Button
              size="sm"
              variant="ghost"
              icon={<ArrowDownIcon />}
              aria-label={a.moveDown}
              disabled={i === kinds.length - 1}
              onClick={() => move(i, i + 1)}
              data-testid="award-kind-down"
            />
          </span>
        </li>
      ))}
    </ol>
  );
}

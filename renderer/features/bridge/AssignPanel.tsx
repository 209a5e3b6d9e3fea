import { useMemo, useState } from 'react';
import { foldForSearch } from '../../../shared/text';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { useBridge } from './bridgeStore';

const LIMIT = 50;

/** Finds delegates not at this point (by name, title or unit, diacritics optional) and moves the ticked ones here in one write. */
export function AssignPanel({ eventId, pointId }: { eventId: string; pointId: string }) {
  const tr = useT();
  const b = tr.bridge;
  const people = useDelegates((s) => s.delegates);
  const points = useBridge((s) => s.points);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const found = useMemo(() => {
    const q = foldForSearch(text.trim());
    if (!q) return [];
    return people
      .filter((d) => d.bridgePointId !== pointId && foldForSearch(`${d.fullName} ${d.title ?? ''} ${d.organization ?? ''}`).includes(q))
      .slice(0, LIMIT);
  }, [people, text, pointId]);
  const pointName = (id: string | null) => points.find((p) => p.id === id)?.name ?? null;

  const assign = async () => {
    setBusy(true);
    try {
      const { updated } = await call('bridgePoints.assign', { eventId, bridgePointId: pointId, delegateIds: [...chosen] });
      notifySuccess((t) => t.bridge.assigned(updated));
      setChosen(new Set());
      setText('');
      await useDelegates.getState().load(eventId);
      await useBridge.getState().refresh();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="bridge-assign" data-testid="bridge-assign">
      <h3 className="subsection-title">{b.assign}</h3>
      <input
        className="input"
        aria-label={b.assignSearch}
        placeholder={b.assignSearch}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="assign-search"
      />
      {found.length > 0 && (
        <ul className="bridge-assign-list">
          {found.map((d) => {
            const at = pointName(d.bridgePointId);
            return (
              <li key={d.id}>
                <label className="check-line">
                  <input type="checkbox" checked={chosen.has(d.id)} onChange={() => toggle(d.id)} data-testid="assign-pick" /> <strong>{d.fullName}</strong>
                  {d.title && <span className="muted"> — {d.title}</span>}
                  {at && <span className="muted"> · {b.atOther(at)}</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="primary" disabled={chosen.size === 0} busy={busy} onClick={() => void assign()} data-testid="assign-go">
        {b.assignChosen(chosen.size)}
      </Button>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { notifyError } from '../../ui/toast';

/**
 * This laptop's name in the history ("trên máy Bàn đón tiếp"): shown, and renamed in place. What
 * is shown is what the main process answered; an empty name goes back to the computer's.
 */
export function LaptopName() {
  const h = useT().history;
  const [name, setName] = useState<string | null>(null);
  const [computer, setComputer] = useState('');
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([call('settings.get', {}), call('app.info', {})])
      .then(([s, info]) => {
        setName(s.laptopName);
        setComputer(info.computerName);
      })
      .catch(notifyError);
  }, []);

  const save = async () => {
    if (draft === null) return;
    setBusy(true);
    try {
      setName((await call('settings.update', { laptopName: draft })).laptopName);
      setDraft(null);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  if (draft === null)
    return (
      <div className="laptop-name" data-testid="laptop-name">
        <span className="muted">{h.laptop}</span> <strong data-testid="laptop-name-value">{name ?? computer}</strong>
        <Button size="sm" variant="ghost" onClick={() => setDraft(name ?? '')} data-testid="laptop-rename">
          {h.rename}
        </Button>
      </div>
    );
  return (
    <form
      className="laptop-name"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="muted" htmlFor="laptop-name-input">
        {h.laptop}
      </label>
      <input
        id="laptop-name-input"
        className="input input-sm"
        value={draft}
        maxLength={60}
        autoFocus
        placeholder={computer}
        title={h.laptopHint}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
        data-testid="laptop-name-input"
      />
      <Button size="sm" variant="primary" type="submit" busy={busy} data-testid="laptop-save">
        {h.save}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setDraft(null)}>
        {h.cancel}
      </Button>
    </form>
  );
}

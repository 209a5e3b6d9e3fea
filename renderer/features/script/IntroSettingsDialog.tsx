import { useState } from 'react';
import type { Script } from '../../../shared/contract/script';
import { DEFAULT_BLOCS } from '../../../shared/script/blocs';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { CloseIcon, PlusIcon } from '../../ui/icons';
import { useScript } from './scriptStore';

/** Who the introductions name one by one, and the blocs ("Về phía …") that organizations belong to. */
export function IntroSettingsDialog({ eventId, script, onClose }: { eventId: string; script: Script; onClose(): void }) {
  const tr = useT();
  const t = tr.script.introSettings;
  const [mode, setMode] = useState(script.settings?.introMode ?? 'level');
  const [level, setLevel] = useState(String(script.settings?.introLevel ?? 300));
  const [count, setCount] = useState(String(script.settings?.introCount ?? 12));
  const [blocs, setBlocs] = useState(() => (script.blocs.length ? script.blocs : DEFAULT_BLOCS).map((b) => ({ pattern: b.pattern, bloc: b.bloc })));
  const { busy, error, run } = useAction();
  const num = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

  const save = async () => {
    await run(async () => {
      const settings = await call('script.updateSettings', { eventId, introMode: mode, introLevel: num(level), introCount: num(count) });
      const saved = await call('script.setBlocs', { eventId, blocs });
      useScript.getState().settingsSaved(settings);
      useScript.getState().blocsSaved(saved.blocs);
      onClose();
    });
  };

  return (
    <Dialog
      title={t.title}
      onClose={onClose}
      size="lg"
      busy={busy}
      testId="intro-settings"
      footer={
        <>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button variant="primary" busy={busy} onClick={() => void save()} data-testid="intro-settings-save">
            {tr.common.save}
          </Button>
        </>
      }
    >
      <div className="form-stack">
        <fieldset className="plan-fieldset">
          <legend>{t.named}</legend>
          <label className="choice-row">
            <input type="radio" checked={mode === 'level'} onChange={() => setMode('level')} />
            <span>{t.byLevel}</span>
            <input className="input input-sm tabular intro-num" value={level} onChange={(e) => setLevel(e.target.value)} aria-label={t.level} />
          </label>
          <label className="choice-row">
            <input type="radio" checked={mode === 'count'} onChange={() => setMode('count')} />
            <span>{t.byCount}</span>
            <input className="input input-sm tabular intro-num" value={count} onChange={(e) => setCount(e.target.value)} aria-label={t.count} />
          </label>
          <p className="muted form-note">{t.levelHint}</p>
        </fieldset>
        <fieldset className="plan-fieldset">
          <legend>{t.blocs}</legend>
          <p className="muted">{t.blocsHint}</p>
          {blocs.map((b, i) => (
            <div className="plan-numbers" key={i}>
              <label className="field field-area-name">
                <span className="field-label">{t.bloc}</span>
                <input className="input" value={b.bloc} onChange={(e) => setBlocs((x) => x.map((y, j) => (j === i ? { ...y, bloc: e.target.value } : y)))} />
              </label>
              <label className="field field-area-name">
                <span className="field-label">{t.pattern}</span>
                <input
                  className="input"
                  value={b.pattern}
                  onChange={(e) => setBlocs((x) => x.map((y, j) => (j === i ? { ...y, pattern: e.target.value } : y)))}
                />
              </label>
              <Button
                variant="ghost"
                size="sm"
                icon={<CloseIcon />}
                aria-label={t.remove(b.bloc)}
                onClick={() => setBlocs((x) => x.filter((_, j) => j !== i))}
              />
            </div>
          ))}
          <Button variant="ghost" size="sm" icon={<PlusIcon />} onClick={() => setBlocs((x) => [...x, { bloc: '', pattern: '' }])}>
            {t.add}
          </Button>
        </fieldset>
      </div>
    </Dialog>
  );
}

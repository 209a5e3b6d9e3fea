import { useMemo, useState } from 'react';
import { ITEM_KINDS, type ScriptItem } from '../../../shared/contract/script';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { CancelFooter } from '../../ui/CancelFooter';
import { Dialog } from '../../ui/Dialog';
import { useAction } from '../../ui/useAction';
import { useDelegates } from '../delegates/delegatesStore';
import { IntroductionsButton } from './IntroductionsButton';
import { draftOf, patchOf, performerLabel, type ItemDraft } from './itemForm';
import { deleteItem } from './scriptActions';
import { useScript } from './scriptStore';

/** One item edited whole: what it is, the MC's lines, who performs it and from where, the cues, its time. */
export function ItemPanel({ item, onClose }: { item: ScriptItem; onClose(): void }) {
  const tr = useT();
  const s = tr.script;
  const f = s.form;
  const delegates = useDelegates((x) => x.delegates);
  const points = useDelegates((x) => x.bridgePoints);
  const order = useDelegates((x) => x.order);
  const byId = useMemo(() => new Map(delegates.map((d) => [d.id, d])), [delegates]);
  // Suggestions in the order of precedence: the performers of a ceremony are its senior people.
  const suggestions = useMemo(() => (order?.entries ?? []).map((e) => byId.get(e.id)).filter((d): d is NonNullable<typeof d> => !!d), [order, byId]);
  const byLabel = useMemo(() => new Map(delegates.map((d) => [performerLabel(d), d.id])), [delegates]);
  const [d, setD] = useState<ItemDraft>(() => draftOf(item, byId));
  const { busy, error, run } = useAction();
  const set = <K extends keyof ItemDraft>(k: K, v: ItemDraft[K]) => setD((x) => ({ ...x, [k]: v }));

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    await run(async () => {
      // Only what was changed here: a field left alone keeps what is stored, exactly.
      const before = patchOf(draftOf(item, byId), byLabel);
      const set = Object.fromEntries(
        Object.entries(patchOf(d, byLabel)).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof typeof before])),
      );
      useScript.getState().itemSaved(await call('script.updateItem', { id: item.id, set }));
      onClose();
    });
  };

  const cue = (k: 'cueSound' | 'cueLight' | 'cueScreen' | 'cueCamera') => (
    <label className="field" key={k}>
      <span className="field-label">{f[k]}</span>
      <input className="input" value={d[k]} onChange={(e) => set(k, e.target.value)} data-testid={`item-${k}`} />
    </label>
  );

  return (
    <Dialog
      title={f.title}
      onClose={onClose}
      placement="side"
      busy={busy}
      testId="item-panel"
      footer={
        <>
          <Button
            variant="danger-ghost"
            onClick={() => {
              void deleteItem(item.id);
              onClose();
            }}
            data-testid="item-delete"
          >
            {tr.common.delete}
          </Button>
          <CancelFooter error={error} busy={busy} onCancel={onClose} />
          <Button type="submit" form="item-form" variant="primary" busy={busy} data-testid="item-save">
            {tr.common.save}
          </Button>
        </>
      }
    >
      <form id="item-form" className="form-stack" noValidate onSubmit={(e) => void save(e)}>
        <div className="form-row">
          <label className="field">
            <span className="field-label">{f.title_}</span>
            <input className="input" value={d.title} onChange={(e) => set('title', e.target.value)} data-testid="item-title" />
          </label>
          <label className="field">
            <span className="field-label">{f.kind}</span>
            <select className="input" value={d.kind} onChange={(e) => set('kind', e.target.value as ItemDraft['kind'])} data-testid="item-kind">
              {ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {s.kinds[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span className="field-label">{f.mcLines}</span>
          <textarea className="input" rows={8} value={d.mcLines} onChange={(e) => set('mcLines', e.target.value)} data-testid="item-mcLines" />
        </label>
        {item.kind === 'introductions' && (
          <IntroductionsButton
            item={item}
            typed={d.mcLines}
            onWritten={(written) => {
              set('mcLines', written.mcLines ?? '');
            }}
          />
        )}
        <div className="form-row">
          <label className="field">
            <span className="field-label">{f.performer}</span>
            <input
              className="input"
              list="item-performers"
              value={d.performer}
              placeholder={f.performerPlaceholder}
              onChange={(e) => set('performer', e.target.value)}
              data-testid="item-performer"
            />
            <datalist id="item-performers">
              {suggestions.slice(0, 400).map((p) => (
                <option key={p.id} value={performerLabel(p)} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span className="field-label">{f.bridgePoint}</span>
            <select className="input" value={d.bridgePointId} onChange={(e) => set('bridgePointId', e.target.value)} data-testid="item-bridgePoint">
              <option value="">{f.mainHall}</option>
              {points.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="plan-numbers">
          <label className="field field-num">
            <span className="field-label">{f.duration}</span>
            <input
              className="input tabular"
              inputMode="numeric"
              value={d.durationMin}
              onChange={(e) => set('durationMin', e.target.value)}
              data-testid="item-duration"
            />
          </label>
          <label className="field field-num">
            <span className="field-label">{f.pinnedAt}</span>
            <input
              className="input tabular"
              value={d.pinnedAt}
              placeholder="GG:PP"
              onChange={(e) => set('pinnedAt', e.target.value)}
              data-testid="item-pinnedAt"
            />
          </label>
          <label className="choice-row">
            <input type="checkbox" checked={d.buffer} onChange={(e) => set('buffer', e.target.checked)} data-testid="item-buffer" />
            <span>
              <strong>{f.buffer}</strong>
              <span className="muted"> {f.bufferHint}</span>
            </span>
          </label>
        </div>
        <p className="muted form-note">{f.pinnedHint}</p>
        <fieldset className="plan-fieldset">
          <legend>{f.cues}</legend>
          <div className="form-row">
            {cue('cueSound')}
            {cue('cueLight')}
          </div>
          <div className="form-row">
            {cue('cueScreen')}
            {cue('cueCamera')}
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}

import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import {
  badgeDesign,
  defaultDesign,
  IMAGE_MAX_BYTES,
  resize,
  SIZE_KEYS,
  snapMm,
  TEXT_FIELDS,
  type BadgeDesign,
  type BadgeElement,
  type TextField,
} from '../../../shared/badges/design';
import type { BadgeTemplate } from '../../../shared/contract/badges';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { BadgeView } from '../../print/badges/BadgeView';
import { BadgesPrint } from '../../print/badges/BadgesPrint';
import { openPrint } from '../../print/printStore';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { LoadError } from '../../ui/LoadError';
import { PageHead } from '../../ui/PageHead';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { notifyError, notifyProblem, notifySuccess } from '../../ui/toast';
import { useAction } from '../../ui/useAction';
import { categoryName } from '../delegates/categoryName';
import { useDelegates } from '../delegates/delegatesStore';
import { hardestFirst, useBadges, useBadgesState, useBadgeValues } from './badgeData';
import { readPicture } from './readPicture';

const PX_PER_MM = 96 / 25.4;
const ZOOM = 2;
const num = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);

/** Thẻ đại biểu: the event's badge templates, the designer (drag or type in mm, snapping), the live preview and the print. */
export function BadgesScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const b = t.badges;
  const lang = useLanguage((s) => s.lang);
  const { state, setState, places, error, reload } = useBadgesState(eventId);
  const delegates = useDelegates((s) => s.delegates);
  const categories = useDelegates((s) => s.categories);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template: BadgeTemplate | null = state?.templates.find((x) => x.id === templateId) ?? state?.templates[0] ?? null;
  const [design, setDesign] = useState<BadgeDesign>(template?.design ?? defaultDesign());
  const [name, setName] = useState(template?.name ?? '');
  const [side, setSide] = useState<'front' | 'back'>('front');
  const [selected, setSelected] = useState<string | null>(null);
  const action = useAction();

  // A template chosen (or saved, or undone elsewhere) is the one being edited.
  useEffect(() => {
    if (template) {
      setDesign(template.design);
      setName(template.name);
    }
  }, [template]);

  const values = useBadgeValues(places);
  const sample = useMemo(() => hardestFirst(delegates, 3), [delegates]);
  const latest = useMemo(() => new Map<string, number>(), []);
  const previews = useBadges(design, sample, values, latest);

  const els = (side === 'back' ? design.back : design.front).elements;
  const sel = els.find((e) => e.id === selected) ?? null;
  const setEls = (f: (list: BadgeElement[]) => BadgeElement[]) =>
    setDesign((d) => (side === 'back' ? { ...d, back: { elements: f(d.back.elements) } } : { ...d, front: { elements: f(d.front.elements) } }));
  const patch = (id: string, p: Partial<BadgeElement>) => setEls((list) => list.map((e) => (e.id === id ? ({ ...e, ...p } as BadgeElement) : e)));

  // Dragging an element on the first preview: millimetres from the pointer, snapped.
  const drag = useRef<{ id: string; x0: number; y0: number; ex: number; ey: number } | null>(null);
  const onPick = (ev: React.PointerEvent, el: BadgeElement) => {
    setSelected(el.id);
    drag.current = { id: el.id, x0: ev.clientX, y0: ev.clientY, ex: el.x, ey: el.y };
    (ev.currentTarget as HTMLElement).setPointerCapture(ev.pointerId);
  };
  const onMove = (ev: React.PointerEvent) => {
    const g = drag.current;
    if (!g) return;
    const el = els.find((e) => e.id === g.id);
    if (!el) return;
    const [w, h] = el.kind === 'qr' ? [el.size, el.size] : [el.width, el.height];
    const dx = (ev.clientX - g.x0) / (PX_PER_MM * ZOOM);
    const dy = (ev.clientY - g.y0) / (PX_PER_MM * ZOOM);
    patch(g.id, { x: snapMm(g.ex + dx, w, design.width), y: snapMm(g.ey + dy, h, design.height) });
  };

  const create = () =>
    action.run(async () => {
      const s = await call('badges.createTemplate', { eventId, name: b.defaultName });
      setState(s);
      setTemplateId(s.created.id);
    });
  const save = () =>
    action.run(async () => {
      if (!template) return;
      try {
        setState(await call('badges.updateTemplate', { id: template.id, set: { name, design } }));
        notifySuccess((d) => d.badges.saved);
      } catch (e) {
        notifyError(e);
      }
    });
  const remove = () =>
    action.run(async () => {
      if (!template) return;
      setState(await call('badges.deleteTemplate', { id: template.id }));
      setTemplateId(null);
    });
  const print = () =>
    // What prints is what is on screen, saved or not; a design the database would refuse is not printed either.
    badgeDesign.safeParse(design).success
      ? openPrint({ title: b.printTitle, fileName: 'The-dai-bieu', view: <BadgesPrint eventId={eventId} template={template && { ...template, design }} /> })
      : notifyProblem((d) => d.badges.invalidDesign);

  const add = (kind: 'text' | 'qr' | 'band') => {
    const id = `${kind}-${Date.now().toString(36)}`;
    const w = Math.min(40, design.width);
    const el: BadgeElement =
      kind === 'qr'
        ? { kind, id, x: 0, y: 0, size: Math.min(20, design.width, design.height) }
        : kind === 'band'
          ? { kind, id, x: 0, y: 0, width: design.width, height: Math.min(10, design.height), showCategory: true }
          : {
              kind,
              id,
              field: 'fixed',
              text: 'ĐẠI BIỂU',
              x: 0,
              y: 0,
              width: w,
              height: 8,
              size: 12,
              minSize: 8,
              maxLines: 1,
              align: 'center',
              weight: 600,
              colour: '#111111',
            };
    setEls((list) => [...list, el]);
    setSelected(id);
  };
  const addImage = async (file: File | undefined) => {
    if (!file) return;
    const picture = await readPicture(file);
    if (picture === 'type') return notifyProblem((d) => d.badges.imageWrongType);
    if (picture === 'size')
      return notifyProblem((d, l) => d.badges.imageTooLarge((IMAGE_MAX_BYTES / 1024 / 1024).toLocaleString(l === 'vi' ? 'vi-VN' : 'en-GB')));
    const id = `image-${Date.now().toString(36)}`;
    const width = Math.min(20, design.width);
    const height = Math.max(1, Math.min(design.height, Math.round(((width * picture.height) / picture.width) * 2) / 2 || width));
    setEls((list) => [...list, { kind: 'image', id, x: 0, y: 0, width, height, src: picture.src, fit: 'contain' }]);
    setSelected(id);
  };

  if (error) return <LoadError error={error} onRetry={reload} testId="badges-error" />;
  const head = (
    <PageHead
      title={b.title}
      subtitle={b.subtitle}
      actions={
        template && (
          <Button variant="primary" onClick={print} data-testid="badges-print">
            {b.print}
          </Button>
        )
      }
    />
  );
  if (!state)
    return (
      <main className="page badges-page" data-testid="badges-screen">
        {head}
        <p className="loading-line">
          <span className="spinner" /> {t.common.loading}
        </p>
      </main>
    );
  if (!template)
    return (
      <main className="page badges-page" data-testid="badges-screen">
        {head}
        <EmptyState
          title={b.noTemplateTitle}
          testId="badges-empty"
          actions={
            <Button variant="primary" icon={<PlusIcon />} onClick={() => void create()} busy={action.busy} data-testid="badges-create">
              {b.newTemplate}
            </Button>
          }
        >
          {b.noTemplateBody}
        </EmptyState>
      </main>
    );

  const numberField = (label: string, value: number, onChange: (v: number) => void, testId: string, step = 0.5) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input className="input" type="number" step={step} value={value} onChange={(e) => onChange(num(e.target.valueAsNumber, value))} data-testid={testId} />
    </label>
  );

  return (
    <main className="page badges-page" data-testid="badges-screen">
      {head}
      <div className="designer" data-testid="badges-designer">
        <aside className="designer-panel">
          <label className="field">
            <span className="field-label">{b.templates}</span>
            <select className="input" value={template.id} onChange={(e) => setTemplateId(e.target.value)} data-testid="badges-template">
              {state.templates.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{b.name}</span>
            <input className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="badges-name" />
          </label>
          <label className="field">
            <span className="field-label">{b.size}</span>
            <select
              className="input"
              value={design.size}
              onChange={(e) => setDesign((d) => resize(d, e.target.value as BadgeDesign['size']))}
              data-testid="badges-size"
            >
              {SIZE_KEYS.map((k) => (
                <option key={k} value={k}>
                  {b.sizes[k]}
                </option>
              ))}
            </select>
          </label>
          {design.size === 'custom' && (
            <div className="designer-numbers">
              {numberField(b.width, design.width, (v) => setDesign((d) => resize(d, 'custom', { width: v, height: d.height })), 'badges-width')}
              {numberField(b.height, design.height, (v) => setDesign((d) => resize(d, 'custom', { width: d.width, height: v })), 'badges-height')}
            </div>
          )}
          <label className="field">
            <span className="field-label">{b.sides}</span>
            <select
              className="input"
              value={design.sides}
              onChange={(e) => setDesign((d) => ({ ...d, sides: Number(e.target.value) as 1 | 2 }))}
              data-testid="badges-sides"
            >
              <option value={1}>{b.oneSide}</option>
              <option value={2}>{b.twoSides}</option>
            </select>
          </label>
          {design.sides === 2 && (
            <div className="designer-numbers">
              <Button size="sm" variant={side === 'front' ? 'primary' : undefined} onClick={() => setSide('front')}>
                {b.front}
              </Button>
              <Button size="sm" variant={side === 'back' ? 'primary' : undefined} onClick={() => setSide('back')}>
                {b.back}
              </Button>
            </div>
          )}
          <fieldset className="print-choice">
            <legend className="field-label">{b.colours}</legend>
            {categories.map((c) => (
              <label key={c.id} className="menu-check">
                <input
                  type="color"
                  value={design.categoryColours[c.id] ?? design.defaultColour}
                  onChange={(e) => setDesign((d) => ({ ...d, categoryColours: { ...d.categoryColours, [c.id]: e.target.value } }))}
                />
                <span className="menu-check-label">{categoryName(c, lang)}</span>
              </label>
            ))}
          </fieldset>
          <div className="designer-numbers">
            <Button onClick={() => void save()} variant="primary" busy={action.busy} data-testid="badges-save">
              {b.save}
            </Button>
            <Button variant="ghost" icon={<TrashIcon />} onClick={() => void remove()} data-testid="badges-delete">
              {b.deleteTemplate}
            </Button>
          </div>
          <Button icon={<PlusIcon />} onClick={() => void create()} data-testid="badges-create">
            {b.newTemplate}
          </Button>
        </aside>
        <section aria-label={b.preview}>
          <p className="field-label">{b.preview}</p>
          {!delegates.length && <p className="print-note">{b.noDelegates}</p>}
          <div className="designer-stage" onPointerMove={onMove} onPointerUp={() => (drag.current = null)} data-testid="badges-preview">
            {previews?.map((p, i) => (
              <Fragment key={p.delegate.id}>
                <div style={{ zoom: i === 0 ? ZOOM : 1 }}>
                  <BadgeView design={design} side={side} data={p.data} selected={i === 0 ? selected : null} onPick={i === 0 ? onPick : undefined} />
                </div>
                {i === 0 && design.sides === 2 && (
                  // The other side of the same badge beside it, as the delegate turns it over.
                  <button
                    type="button"
                    className="designer-other-side"
                    onClick={() => {
                      setSide(side === 'front' ? 'back' : 'front');
                      setSelected(null);
                    }}
                    aria-label={b.otherSide(side === 'front' ? b.back : b.front)}
                    data-testid="badges-other-side"
                  >
                    <span aria-hidden="true">
                      <BadgeView design={design} side={side === 'front' ? 'back' : 'front'} data={p.data} />
                    </span>
                    <span className="field-label">{b.otherSide(side === 'front' ? b.back : b.front)}</span>
                  </button>
                )}
              </Fragment>
            ))}
          </div>
        </section>
        <aside className="designer-panel">
          <p className="field-label">{b.elements}</p>
          <ul className="designer-list">
            {els.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={`link${e.id === selected ? ' is-current' : ''}`}
                  onClick={() => setSelected(e.id)}
                  data-testid={`badges-el-${e.id}`}
                >
                  {e.kind === 'text' ? b.fields[e.field] : e.kind === 'qr' ? b.qr : e.kind === 'image' ? b.image : b.band}
                </button>
              </li>
            ))}
          </ul>
          <div className="designer-numbers">
            <Button size="sm" onClick={() => add('text')}>
              {b.addText}
            </Button>
            <Button size="sm" onClick={() => add('qr')}>
              {b.addQr}
            </Button>
            <Button size="sm" onClick={() => add('band')}>
              {b.addBand}
            </Button>
            <label className="btn btn-sm btn-secondary designer-file">
              {b.addImage}
              <input
                type="file"
                accept="image/png,image/jpeg"
                onChange={(e) => {
                  void addImage(e.target.files?.[0]);
                  e.target.value = '';
                }}
                data-testid="badges-add-image"
              />
            </label>
          </div>
          {sel && (
            <>
              {sel.kind === 'text' && (
                <>
                  <label className="field">
                    <span className="field-label">{b.elements}</span>
                    <select
                      className="input"
                      value={sel.field}
                      onChange={(e) => patch(sel.id, { field: e.target.value as TextField })}
                      data-testid="badges-field"
                    >
                      {TEXT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {b.fields[f]}
                        </option>
                      ))}
                    </select>
                  </label>
                  {sel.field === 'fixed' && (
                    <label className="field">
                      <span className="field-label">{b.fixedText}</span>
                      <input className="input" value={sel.text} onChange={(e) => patch(sel.id, { text: e.target.value })} data-testid="badges-fixed" />
                    </label>
                  )}
                </>
              )}
              <div className="designer-numbers">
                {numberField(b.x, sel.x, (v) => patch(sel.id, { x: v }), 'badges-x')}
                {numberField(b.y, sel.y, (v) => patch(sel.id, { y: v }), 'badges-y')}
                {sel.kind === 'qr' ? (
                  numberField(b.qrSize, sel.size, (v) => patch(sel.id, { size: v }), 'badges-qr-size')
                ) : (
                  <>
                    {numberField(b.w, sel.width, (v) => patch(sel.id, { width: v }), 'badges-w')}
                    {numberField(b.h, sel.height, (v) => patch(sel.id, { height: v }), 'badges-h')}
                  </>
                )}
                {sel.kind === 'text' && (
                  <>
                    {numberField(b.fontSize, sel.size, (v) => patch(sel.id, { size: v }), 'badges-font-size', 0.5)}
                    {numberField(b.minSize, sel.minSize, (v) => patch(sel.id, { minSize: v }), 'badges-min-size', 0.5)}
                    <label className="field">
                      <span className="field-label">{b.lines}</span>
                      <select className="input" value={sel.maxLines} onChange={(e) => patch(sel.id, { maxLines: Number(e.target.value) as 1 | 2 | 3 })}>
                        {[1, 2, 3].map((k) => (
                          <option key={k} value={k}>
                            {k}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="field">
                      <span className="field-label">{b.align}</span>
                      <select className="input" value={sel.align} onChange={(e) => patch(sel.id, { align: e.target.value as 'left' | 'center' | 'right' })}>
                        <option value="left">{b.alignLeft}</option>
                        <option value="center">{b.alignCenter}</option>
                        <option value="right">{b.alignRight}</option>
                      </select>
                    </label>
                  </>
                )}
              </div>
              {sel.kind === 'image' && (
                <>
                  <label className="field">
                    <span className="field-label">{b.imageFit}</span>
                    <select
                      className="input"
                      value={sel.fit}
                      onChange={(e) => patch(sel.id, { fit: e.target.value as 'contain' | 'cover' })}
                      data-testid="badges-image-fit"
                    >
                      <option value="contain">{b.fitContain}</option>
                      <option value="cover">{b.fitCover}</option>
                    </select>
                  </label>
                  <Button
                    size="sm"
                    onClick={() =>
                      // Under everything else: first in the list is drawn first.
                      setEls((list) => [
                        { ...sel, x: 0, y: 0, width: design.width, height: design.height, fit: 'cover' },
                        ...list.filter((e) => e.id !== sel.id),
                      ])
                    }
                    data-testid="badges-as-background"
                  >
                    {b.asBackground}
                  </Button>
                </>
              )}
              {sel.kind === 'band' && (
                <label className="menu-check">
                  <input type="checkbox" className="check" checked={sel.showCategory} onChange={(e) => patch(sel.id, { showCategory: e.target.checked })} />
                  <span className="menu-check-label">{b.showCategory}</span>
                </label>
              )}
              <Button
                size="sm"
                variant="ghost"
                icon={<TrashIcon />}
                onClick={() => {
                  setEls((list) => list.filter((e) => e.id !== sel.id));
                  setSelected(null);
                }}
              >
                {b.remove}
              </Button>
            </>
          )}
        </aside>
      </div>
    </main>
  );
}

import { useMemo, useState } from 'react';
import { defaultDesign } from '../../../shared/badges/design';
import { missingGlyphs } from '../../../shared/badges/glyphs';
import { backCells, backMarks, pagesOf, sheetFor, type Line, type SheetPreset } from '../../../shared/badges/layout';
import type { BadgeTemplate } from '../../../shared/contract/badges';
import type { Delegate } from '../../../shared/contract/delegates';
import { call } from '../../api/client';
import { useBadges, useBadgesState, useBadgeValues } from '../../features/badges/badgeData';
import { categoryName } from '../../features/delegates/categoryName';
import { useDelegates } from '../../features/delegates/delegatesStore';
import { useLanguage, useT } from '../../i18n';
import { notifyError, notifySuccess } from '../../ui/toast';
import { PrintChoice } from '../PrintChoice';
import { PrintSheet } from '../PrintSheet';
import { BadgeView } from './BadgeView';
import { LazySheet } from './LazySheet';
import { makeBadgesPdf } from './makeBadgesPdf';

type Who = 'all' | 'category' | 'unit' | 'point' | 'notPrinted' | 'one';

/** The sheet that matches the badge's stock, when there is one. */
function presetFor(w: number, h: number): SheetPreset {
  const is = (a: number, b: number) => (Math.abs(w - a) < 0.5 && Math.abs(h - b) < 0.5) || (Math.abs(w - b) < 0.5 && Math.abs(h - a) < 0.5);
  if (is(105, 148)) return 'a6x4';
  if (is(74, 105)) return 'a7x8';
  if (is(54, 90)) return 'card10';
  if (is(85.6, 54)) return 'single';
  return 'a4';
}

/** Delegate badges N-up on A4 with cut marks (or one a page), for a selection, recorded as printed when saved. */
export function BadgesPrint({ eventId, template, delegateId }: { eventId: string; template: BadgeTemplate | null; delegateId?: string }) {
  const t = useT().badges;
  const lang = useLanguage((s) => s.lang);
  const design = template?.design ?? defaultDesign();
  const { state, setState, places } = useBadgesState(eventId);
  const delegates = useDelegates((s) => s.delegates);
  const categories = useDelegates((s) => s.categories);
  const points = useDelegates((s) => s.bridgePoints);
  const values = useBadgeValues(places);
  const [who, setWho] = useState<Who>(delegateId ? 'one' : 'all');
  const [pick, setPick] = useState<Record<Who, string>>({ all: '', notPrinted: '', category: '', unit: '', point: '', one: delegateId ?? '' });
  const [sheetKind, setSheetKind] = useState<SheetPreset>(() => presetFor(design.width, design.height));
  const [margin, setMargin] = useState(0);
  const [marks, setMarks] = useState(true);
  const [approved, setApproved] = useState(false);

  const latest = useMemo(() => new Map((state?.latest ?? []).map((p) => [p.delegateId, p.issue])), [state]);
  const units = useMemo(() => [...new Set(delegates.map((d) => d.organization ?? '').filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi')), [delegates]);
  const people = useMemo<Delegate[]>(() => {
    const active = delegates.filter((d) => d.status !== 'declined');
    const v = pick[who];
    switch (who) {
      case 'all':
        return active;
      case 'notPrinted':
        return active.filter((d) => !latest.has(d.id));
      case 'category':
        return active.filter((d) => d.categoryId === (v || categories[0]?.id));
      case 'unit':
        return active.filter((d) => (d.organization ?? '') === (v || units[0]));
      case 'point':
        return active.filter((d) => d.bridgePointId === (v || points[0]?.id));
      case 'one':
        return delegates.filter((d) => d.id === (v || delegates[0]?.id));
    }
  }, [delegates, who, pick, latest, categories, units, points]);

  const badges = useBadges(design, people, values, latest);
  const sheet = sheetFor(sheetKind, { width: design.width, height: design.height }, Math.max(0, margin || 0));
  const per = sheet.cells.length;
  const back = useMemo(() => backCells(sheet), [sheet]);
  const missing = useMemo(() => (badges ? missingGlyphs(badges.map((b) => ({ id: b.delegate.id, name: b.delegate.fullName, texts: b.texts }))) : []), [badges]);
  const tight = useMemo(() => (badges ?? []).filter((b) => b.data.fit.worst !== 'ok'), [badges]);
  const reprints = people.filter((d) => latest.has(d.id)).length;
  const pages = useMemo(() => pagesOf(badges ?? [], per), [badges, per]);

  const record = async () => {
    if (!badges?.length) return;
    try {
      const s = await call('badges.recordPrinted', {
        eventId,
        templateId: template?.id ?? null,
        badges: badges.map((b) => ({ delegateId: b.delegate.id, issue: b.issue })),
      });
      setState(s);
      notifySuccess((d) => d.badges.recorded(badges.length));
    } catch (e) {
      notifyError(e);
    }
  };

  const select = (label: string, value: string, options: { value: string; label: string }[], testId: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select className="input" value={value || options[0]?.value || ''} onChange={(e) => setPick({ ...pick, [who]: e.target.value })} data-testid={testId}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  const options = (
    <>
      <PrintChoice
        label={t.who}
        value={who}
        onChange={setWho}
        choices={[
          { value: 'all', label: t.whoAll },
          { value: 'notPrinted', label: t.whoNotPrinted },
          { value: 'category', label: t.whoCategory },
          { value: 'unit', label: t.whoUnit },
          { value: 'point', label: t.whoPoint },
          { value: 'one', label: t.whoOne },
        ]}
        testId="badges-who"
      />
      {who === 'category' &&
        select(
          t.whoCategory,
          pick.category,
          categories.map((c) => ({ value: c.id, label: categoryName(c, lang) })),
          'badges-pick',
        )}
      {who === 'unit' &&
        select(
          t.whoUnit,
          pick.unit,
          units.map((u) => ({ value: u, label: u })),
          'badges-pick',
        )}
      {who === 'point' &&
        select(
          t.whoPoint,
          pick.point,
          points.map((p) => ({ value: p.id, label: p.name })),
          'badges-pick',
        )}
      {who === 'one' &&
        select(
          t.whoOne,
          pick.one,
          delegates.map((d) => ({ value: d.id, label: d.fullName })),
          'badges-pick',
        )}
      <PrintChoice
        label={t.sheet}
        value={sheetKind}
        onChange={setSheetKind}
        choices={(['a6x4', 'a7x8', 'card10', 'a4', 'single'] as const).map((v) => ({ value: v, label: t.sheets[v] }))}
        testId="badges-sheet"
      />
      {sheetKind !== 'single' && (
        <>
          <label className="field">
            <span className="field-label">{t.margin}</span>
            <input
              className="input"
              type="number"
              min={0}
              max={30}
              step={0.5}
              value={Number.isFinite(margin) ? margin : ''}
              onChange={(e) => setMargin(e.target.valueAsNumber)}
              data-testid="badges-margin"
            />
          </label>
          <label className="menu-check">
            <input type="checkbox" className="check" checked={marks} onChange={(e) => setMarks(e.target.checked)} />
            <span className="menu-check-label">{t.cutMarks}</span>
          </label>
        </>
      )}
      <p className="print-note" data-testid="badges-count">
        {t.count(people.length, pages.length * design.sides)} · {t.perSheet(per)}
      </p>
      {reprints > 0 && <p className="print-note">{t.reprint(reprints)}</p>}
      {missing.length > 0 && (
        <div className="badge-report is-error" role="alert" data-testid="badges-missing">
          <strong>{t.missingTitle}</strong>
          <ul>
            {missing.map((m) => (
              <li key={m.codePoint}>
                {t.missing(
                  m.char,
                  `U+${m.codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
                  m.delegates
                    .slice(0, 10)
                    .map((d) => d.name)
                    .join(', ') + (m.delegates.length > 10 ? '…' : ''),
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {tight.length > 0 && (
        <div className="badge-report" data-testid="badges-tight">
          <strong>{t.fitTitle(tight.length)}</strong>
          <ul>
            {tight.slice(0, 200).map((b) => (
              <li key={b.delegate.id}>
                {b.delegate.fullName} — {b.data.fit.worst === 'overflow' ? t.fitOver : t.fitMin}
              </li>
            ))}
          </ul>
          <label className="menu-check">
            <input type="checkbox" className="check" checked={approved} onChange={(e) => setApproved(e.target.checked)} data-testid="badges-approve" />
            <span className="menu-check-label">{t.approve}</span>
          </label>
        </div>
      )}
    </>
  );

  const ready = !!badges && !!state;
  const canPrint = ready && people.length > 0 && missing.length === 0 && (tight.length === 0 || approved);
  const makePdf = (onProgress: (done: number, total: number) => void, signal: AbortSignal) =>
    makeBadgesPdf({ design, sheet, marks, badges: (badges ?? []).map((b) => b.data), title: t.printTitle }, onProgress, signal);
  const sheetOf = (page: NonNullable<typeof badges>, side: 'front' | 'back') => {
    const cells = side === 'back' ? back : sheet.cells;
    return (
      <>
        {page.map((b, k) => (
          <div key={b.delegate.id} className="badge-sheet-cell" style={{ left: `${cells[k]!.x}mm`, top: `${cells[k]!.y}mm` }}>
            <BadgeView design={design} side={side} data={b.data} />
          </div>
        ))}
        {marks && sheet.marks.length > 0 && <CutMarks paper={sheet.paper} marks={side === 'back' ? backMarks(sheet) : sheet.marks} />}
      </>
    );
  };
  return (
    <PrintSheet paper={sheet.paper} options={options} ready={ready} canPrint={canPrint} onPrinted={record} makePdf={makePdf}>
      {people.length === 0 ? (
        <p className="print-empty">{t.none}</p>
      ) : (
        pages.flatMap((page, i) =>
          (design.sides === 2 ? (['front', 'back'] as const) : (['front'] as const)).map((side) => (
            <LazySheet key={`${side}${i}`} paper={sheet.paper} eager={i < 2}>
              {() => sheetOf(page, side)}
            </LazySheet>
          )),
        )
      )}
    </PrintSheet>
  );
}

function CutMarks({ paper, marks }: { paper: { width: number; height: number }; marks: readonly Line[] }) {
  const d = marks.map((m) => `M${m.x1} ${m.y1}L${m.x2} ${m.y2}`).join('');
  return (
    <svg className="badge-cut" viewBox={`0 0 ${paper.width} ${paper.height}`} aria-hidden="true">
      <path d={d} stroke="#000" strokeWidth={0.2} fill="none" />
    </svg>
  );
}

import { useMemo, useState } from 'react';
import { colourSeats, seatState, STATE_COLOURS, type ColourMode, type ColourPerson, type SeatState } from '../../../shared/seating/colouring';
import type { Viewpoint } from '../../../shared/seating/viewport';
import { categoryName } from '../../features/delegates/categoryName';
import { useDelegates } from '../../features/delegates/delegatesStore';
import { useLanguage, useT } from '../../i18n';
import { canvasMeasure, useFontsReady } from '../measure';
import { PageFrame } from '../PageFrame';
import { PrintChoice } from '../PrintChoice';
import { PrintPage, PrintSheet, type PaperSize } from '../PrintSheet';
import { SeatMapSvg } from './SeatMapSvg';
import { usePlanPrint } from './usePlanPrint';

const PAPERS = { a3: { width: 420, height: 297 }, a4: { width: 297, height: 210 } } satisfies Record<string, PaperSize>;
type Paper = keyof typeof PAPERS;
// The page's frame in mm (print.css): side margins, the heading and footer lines, the legend column.
const FRAME = { sides: 20, chrome: 46, gap: 6 };
const LEGEND_WIDTH: Record<Paper, number> = { a3: 72, a4: 60 };
const EMPTY_STATES: SeatState[] = ['reserved', 'empty', 'blocked'];

/** The seat map on one landscape page: the hall as seen from one side, its colours explained. */
export function SeatMapPrint({ planId }: { planId: string }) {
  const tr = useT();
  const t = tr.print;
  const lang = useLanguage((s) => s.lang);
  const data = usePlanPrint(planId);
  const { categories, bridgePoints } = useDelegates();
  const [paper, setPaper] = useState<Paper>('a3');
  const [viewpoint, setViewpoint] = useState<Viewpoint>(data?.detail.plan.viewpoint ?? 'audience');
  const [mode, setMode] = useState<ColourMode>('category');
  const names = useMemo(
    () => (data ? data.detail.seats.map((s) => (s.delegateId ? (data.byId.get(s.delegateId)?.fullName ?? '') : '')).join(' ') : ''),
    [data],
  );
  const fonts = useFontsReady([500, 600, 700], names);

  const colouring = useMemo(() => {
    if (!data) return null;
    const people = new Map<string, ColourPerson>(data.byId);
    const nameOf = (key: string) =>
      mode === 'category'
        ? categoryName(
            categories.find((c) => c.id === key),
            lang,
          ) || null
        : mode === 'bridgePoint'
          ? (bridgePoints.find((b) => b.id === key)?.name ?? null)
          : null;
    return colourSeats(data.detail.seats, people, mode, nameOf);
  }, [data, mode, categories, bridgePoints, lang]);

  const size = PAPERS[paper];
  const options = (
    <>
      <PrintChoice
        label={t.paper}
        value={paper}
        onChange={setPaper}
        choices={[
          { value: 'a3', label: t.a3 },
          { value: 'a4', label: t.a4 },
        ]}
        testId="print-paper"
      />
      <PrintChoice
        label={t.viewpoint}
        value={viewpoint}
        onChange={setViewpoint}
        choices={[
          { value: 'audience', label: t.fromAudience },
          { value: 'stage', label: t.fromStage },
        ]}
        testId="print-viewpoint"
      />
      <PrintChoice
        label={t.seatMap.colourBy}
        value={mode}
        onChange={setMode}
        choices={(['category', 'unit', 'bridgePoint', 'status'] as const).map((m) => ({ value: m, label: t.seatMap[m] }))}
        testId="print-colour"
      />
    </>
  );
  if (!data || !colouring)
    return (
      <PrintSheet paper={size} options={options} ready={false}>
        {null}
      </PrintSheet>
    );

  const noneLabel = { category: t.seatMap.noCategory, unit: t.seatMap.noUnit, bridgePoint: t.seatMap.mainHall, status: t.seatMap.seated }[mode];
  const legend = [
    ...colouring.legend.map((e) => ({
      key: e.key,
      colour: e.colour,
      count: e.count,
      label: e.key === '*others' ? t.seatMap.others : mode === 'status' ? t.seatMap.seated : (e.label ?? noneLabel),
    })),
    ...EMPTY_STATES.filter((s) => colouring.states[s] > 0).map((s) => ({ key: s, colour: STATE_COLOURS[s], count: colouring.states[s], label: t.seatMap[s] })),
  ];
  const body = { width: size.width - FRAME.sides - LEGEND_WIDTH[paper] - FRAME.gap, height: size.height - FRAME.chrome };
  const seated = data.detail.seats.filter((s) => seatState(s) === 'seated').length;

  return (
    <PrintSheet paper={size} options={options} ready={fonts}>
      <PrintPage paper={size}>
        <PageFrame
          heading={{
            title: t.seatMap.title,
            event: data.eventName,
            subject: data.detail.plan.name,
            viewpoint: viewpoint === 'audience' ? t.fromAudience : t.fromStage,
            printedAt: data.printedAt,
          }}
          page={1}
          pages={1}
        >
          <div className="map-layout">
            <SeatMapSvg
              seats={data.detail.seats}
              colours={colouring.colours}
              nameOf={(id) => data.byId.get(id)?.fullName ?? ''}
              viewpoint={viewpoint}
              box={body}
              labels={{ stage: t.stage, presidium: t.presidium }}
              measure={fonts ? canvasMeasure(500) : null}
            />
            <aside className="print-legend" style={{ width: `${LEGEND_WIDTH[paper]}mm` }}>
              <div className="print-legend-title">
                {t.seatMap.legend}: {t.seatMap[mode]}
              </div>
              <ul>
                {legend.map((e) => (
                  <li key={e.key}>
                    <span className="map-swatch" style={{ background: e.colour }} />
                    <span className="print-legend-label">{e.label}</span>
                    <span className="print-legend-count">{e.count.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</span>
                  </li>
                ))}
              </ul>
              <div className="print-legend-total">{t.seatMap.totals(data.detail.seats.length, seated)}</div>
            </aside>
          </div>
        </PageFrame>
      </PrintPage>
    </PrintSheet>
  );
}

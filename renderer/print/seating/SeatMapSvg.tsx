import { memo } from 'react';
import type { PlanSeat } from '../../../shared/contract/seating';
import { seatState } from '../../../shared/seating/colouring';
import type { Viewpoint } from '../../../shared/seating/viewport';
import type { Measure } from '../../../shared/fit-text';
import { mapGeometry, orient } from '../../../shared/seating/map-geometry';
import { seatName } from './seatNames';

const SEAT_W = 0.86;
const SEAT_H = 0.78;
// Below these printed sizes (mm) text is a smudge: the seat keeps its colour and number only.
const MIN_NAME_MM = 1.3;
const MIN_INITIALS_SEAT_MM = 4.6;

/** Dark text on light fills, white on dark ones (WCAG's relative luminance, roughly). */
function inkOn(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150 ? '#111827' : '#ffffff';
}

interface Props {
  seats: readonly PlanSeat[];
  colours: readonly string[];
  nameOf(delegateId: string): string;
  viewpoint: Viewpoint;
  /** The room on the page, mm: the map is scaled to fit it whole. */
  box: { width: number; height: number };
  labels: { stage: string; presidium: string };
  /** The names' font, once loaded; null: numbers only for now. */
  measure: Measure | null;
}

/**
 * The hall as one SVG, in seat widths, sized in mm so the printed sizes are known: a seat's
 * number always, and as much of its occupant's name as is still readable at that size.
 */
export const SeatMapSvg = memo(function SeatMapSvg({ seats, colours, nameOf, viewpoint, box, labels, measure }: Props) {
  const g = mapGeometry(seats, viewpoint);
  const t = orient(viewpoint);
  const w = g.bounds.maxX - g.bounds.minX;
  const h = g.bounds.maxY - g.bounds.minY;
  const mm = Math.min(box.width / w, box.height / h);
  const nameSize = Math.min(0.17, 2.8 / mm);
  const names = measure && nameSize * mm >= MIN_NAME_MM ? 'names' : measure && mm >= MIN_INITIALS_SEAT_MM ? 'initials' : 'none';
  const labelSize = Math.min(0.5, 4 / mm);
  const stageSize = Math.min(0.9, 7 / mm);

  return (
    <svg
      className="map-svg"
      width={`${w * mm}mm`}
      height={`${h * mm}mm`}
      viewBox={`${g.bounds.minX} ${g.bounds.minY} ${w} ${h}`}
      role="img"
      aria-label={labels.stage}
      fontFamily='"Be Vietnam Pro", sans-serif'
    >
      <rect
        x={g.stage.minX}
        y={g.stage.minY}
        width={g.stage.maxX - g.stage.minX}
        height={g.stage.maxY - g.stage.minY}
        rx={0.3}
        fill="#f3f4f6"
        stroke="#374151"
        strokeWidth={0.06}
      />
      <text
        x={0}
        y={g.stageLabelY}
        fontSize={stageSize}
        fontWeight={700}
        textAnchor="middle"
        dominantBaseline="central"
        fill="#111827"
        letterSpacing={stageSize * 0.2}
      >
        {labels.stage}
      </text>
      {g.presidiumLabelY !== null && (
        <text x={0} y={g.presidiumLabelY} fontSize={labelSize * 0.9} fontWeight={600} textAnchor="middle" dominantBaseline="central" fill="#374151">
          {labels.presidium}
        </text>
      )}
      {g.rows.map((r) => (
        <g key={r.key} fontSize={labelSize} fontWeight={600} fill="#374151" dominantBaseline="central">
          <text x={r.left} y={r.y} textAnchor="end">
            {r.label}
          </text>
          <text x={r.right} y={r.y} textAnchor="start">
            {r.label}
          </text>
        </g>
      ))}
      {seats.map((s, i) => {
        const x = t * s.x;
        const y = t * s.y;
        const fill = colours[i]!;
        const ink = inkOn(fill);
        const state = seatState(s);
        const name = s.delegateId && names !== 'none' ? nameOf(s.delegateId) : '';
        const lines =
          !name || !measure
            ? []
            : names === 'names'
              ? seatName(name, SEAT_W * 0.92, nameSize, measure)
              : [seatName(name, SEAT_W * 0.92, 0.26, measure).at(-1) ?? ''];
        const withName = lines.length > 0 && lines[0] !== '';
        const lineSize = names === 'names' ? nameSize : 0.26;
        return (
          <g key={s.id}>
            <rect
              x={x - SEAT_W / 2}
              y={y - SEAT_H / 2}
              width={SEAT_W}
              height={SEAT_H}
              rx={0.12}
              fill={fill}
              stroke={state === 'empty' || state === 'reserved' ? '#6b7280' : 'none'}
              strokeWidth={0.04}
            />
            {state === 'blocked' && (
              <path
                d={`M${x - 0.25} ${y - 0.25}L${x + 0.25} ${y + 0.25}M${x + 0.25} ${y - 0.25}L${x - 0.25} ${y + 0.25}`}
                stroke="#ffffff"
                strokeWidth={0.06}
              />
            )}
            {state !== 'blocked' && (
              <text
                x={x}
                y={withName ? y - SEAT_H / 2 + 0.17 : y}
                fontSize={withName ? 0.2 : 0.34}
                fontWeight={600}
                textAnchor="middle"
                dominantBaseline="central"
                fill={ink}
              >
                {s.number}
              </text>
            )}
            {withName &&
              lines.map((l, k) => (
                <text
                  key={k}
                  x={x}
                  y={y + 0.1 + (k - (lines.length - 1) / 2) * lineSize * 1.12}
                  fontSize={lineSize}
                  fontWeight={500}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fill={ink}
                >
                  {l}
                </text>
              ))}
          </g>
        );
      })}
      {g.blocks.map((b) => (
        <text
          key={b.name}
          x={b.x}
          y={b.y}
          fontSize={labelSize * 1.2}
          fontWeight={700}
          textAnchor="middle"
          dominantBaseline="central"
          fill="#111827"
          stroke="#ffffff"
          strokeWidth={labelSize * 0.35}
          paintOrder="stroke"
        >
          {b.name}
        </text>
      ))}
    </svg>
  );
});

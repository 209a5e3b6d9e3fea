import { memo, useMemo } from 'react';
import type { BadgeDesign, BadgeElement } from '../../../shared/badges/design';
import { drawBadge, QR_QUIET, type BadgeData, type BadgeOp } from '../../../shared/badges/draw';
import { qrPath } from '../../../shared/badges/qr-svg';

/**
 * One badge as SVG in millimetres, drawn from shared/badges/draw.ts: the same operations the PDF
 * writer (badge-pdf.ts) writes, so the designer's preview and the print preview are the PDF.
 */
export const BadgeView = memo(function BadgeView({
  design,
  side = 'front',
  data,
  selected,
  onPick,
}: {
  design: BadgeDesign;
  side?: 'front' | 'back';
  data: BadgeData;
  selected?: string | null;
  /** The designer: each element a hit area to pick and drag. */
  onPick?: (e: React.PointerEvent, el: BadgeElement) => void;
}) {
  const ops = useMemo(() => drawBadge(design, side, data), [design, side, data]);
  const elements = (side === 'back' ? design.back : design.front).elements;
  return (
    <svg
      className="badge"
      viewBox={`0 0 ${design.width} ${design.height}`}
      style={{ width: `${design.width}mm`, height: `${design.height}mm` }}
      data-testid="badge"
      data-worst={data.fit.worst}
    >
      <rect width={design.width} height={design.height} fill="#fff" />
      {ops.map((o, i) => (
        <Op key={i} o={o} />
      ))}
      {onPick &&
        elements.map((e) => {
          const [w, h] = e.kind === 'qr' ? [e.size, e.size] : [e.width, e.height];
          return (
            <rect
              key={e.id}
              className={`badge-el${selected === e.id ? ' is-selected' : ''}`}
              x={e.x}
              y={e.y}
              width={w}
              height={h}
              onPointerDown={(ev) => onPick(ev, e)}
              data-el={e.id}
            />
          );
        })}
    </svg>
  );
});

function Op({ o }: { o: BadgeOp }) {
  switch (o.op) {
    case 'rect':
      return <rect x={o.x} y={o.y} width={o.w} height={o.h} fill={o.fill} />;
    case 'text':
      return (
        <text x={o.x} y={o.y} fontSize={o.size} fontWeight={o.weight} fill={o.fill} textAnchor={o.anchor} className="badge-line">
          {o.text}
        </text>
      );
    case 'qr':
      return <Qr x={o.x} y={o.y} size={o.size} code={o.code} />;
    case 'image':
      return <image href={o.src} x={o.x} y={o.y} width={o.w} height={o.h} preserveAspectRatio={o.fit === 'cover' ? 'xMidYMid slice' : 'xMidYMid meet'} />;
  }
}

const Qr = memo(function Qr({ code, x, y, size }: { code: string; x: number; y: number; size: number }) {
  const q = useMemo(() => qrPath(code), [code]);
  const n = q.modules + QR_QUIET * 2;
  const k = size / n;
  return (
    <g transform={`translate(${x + QR_QUIET * k} ${y + QR_QUIET * k}) scale(${k})`} shapeRendering="crispEdges" role="img" aria-label={code}>
      <rect x={-QR_QUIET} y={-QR_QUIET} width={n} height={n} fill="#fff" />
      <path d={q.d} fill="#000" />
    </g>
  );
});

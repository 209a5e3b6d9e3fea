import { memo } from 'react';
import type { BadgeDesign, BadgeElement, TextElement } from '../../../shared/badges/design';
import type { BadgeFit, BadgeValues } from '../../../shared/badges/layout';
import { LINE_HEIGHT } from '../../../shared/badges/layout';
import { qrPath } from '../../../shared/badges/qr-svg';

/** What one badge shows: its delegate's words, the fitted sizes, the band's colour and the QR code's text. */
export interface BadgeData {
  values: BadgeValues;
  fit: BadgeFit;
  colour: string;
  code: string;
}

const QUIET = 2;

/**
 * One badge, drawn from its design in millimetres: the designer's live preview and the print both
 * use this (and the fitted sizes from shared/badges/layout.ts), so what is seen is what prints.
 */
export const BadgeView = memo(function BadgeView({
  design,
  side = 'front',
  data,
  selected,
  onPick,
  qrOnSheet = false,
}: {
  design: BadgeDesign;
  side?: 'front' | 'back';
  data: BadgeData;
  /** The print draws the QR codes of a sheet in one drawing over it (SheetQrs), far quicker to make into PDF. */
  qrOnSheet?: boolean;
  selected?: string | null;
  onPick?: (e: React.PointerEvent, el: BadgeElement) => void;
}) {
  const elements = (side === 'back' ? design.back : design.front).elements;
  return (
    <div className="badge" style={{ width: `${design.width}mm`, height: `${design.height}mm` }} data-testid="badge">
      {elements.map((e) => (
        <div
          key={e.id}
          className={`badge-el badge-${e.kind}${selected === e.id ? ' is-selected' : ''}`}
          style={place(e)}
          onPointerDown={onPick ? (ev) => onPick(ev, e) : undefined}
          data-el={e.id}
        >
          {e.kind === 'text' && <BadgeText e={e} data={data} />}
          {e.kind === 'band' && (
            <div className="badge-band-fill" style={{ background: data.colour, fontSize: `${(e.height * 0.5).toFixed(2)}mm` }}>
              {e.showCategory ? data.values.category : ''}
            </div>
          )}
          {e.kind === 'qr' && !qrOnSheet && <Qr code={data.code} />}
        </div>
      ))}
    </div>
  );
});

function place(e: BadgeElement): React.CSSProperties {
  const [w, h] = e.kind === 'qr' ? [e.size, e.size] : [e.width, e.height];
  return { left: `${e.x}mm`, top: `${e.y}mm`, width: `${w}mm`, height: `${h}mm` };
}

/**
 * A fitted text box: one element and one text node, its lines as fitText broke them (kept by
 * `white-space: pre`), centred in the box's height. Per-line elements cost the PDF of 5,000
 * badges about 2 s more.
 */
function BadgeText({ e, data }: { e: TextElement; data: BadgeData }) {
  const f = data.fit.texts.get(e.id);
  if (!f || !f.lines.length) return null;
  return (
    <div
      className="badge-text"
      data-fit={f.status}
      style={{
        fontSize: `${f.sizePt}pt`,
        lineHeight: LINE_HEIGHT,
        textAlign: e.align,
        justifyContent: e.align === 'left' ? 'flex-start' : e.align === 'right' ? 'flex-end' : 'center',
        fontWeight: e.weight,
        color: e.colour,
      }}
    >
      {f.lines.join('\n')}
    </div>
  );
}

/** One QR code as an SVG group `size` mm wide at (x, y) mm; `quiet`: its quiet zone painted white (the sheet's drawing leaves that to the QR element's white box under it). */
function QrGroup({ code, x, y, size, quiet = true }: { code: string; x: number; y: number; size: number; quiet?: boolean }) {
  const q = qrPath(code);
  const n = q.modules + QUIET * 2;
  const k = size / n;
  return (
    <g transform={`translate(${x + QUIET * k} ${y + QUIET * k}) scale(${k})`}>
      {quiet && <rect x={-QUIET} y={-QUIET} width={n} height={n} fill="#fff" />}
      <path d={q.d} fill="#000" />
    </g>
  );
}

const Qr = memo(function Qr({ code }: { code: string }) {
  return (
    <svg className="badge-qr" viewBox="0 0 10 10" shapeRendering="crispEdges" role="img" aria-label={code}>
      <QrGroup code={code} x={0} y={0} size={10} />
    </svg>
  );
});

/** Every QR code of a sheet in one SVG in mm over it: the same groups as each badge's own. */
export const SheetQrs = memo(function SheetQrs({
  paper,
  badges,
}: {
  paper: { width: number; height: number };
  badges: readonly { x: number; y: number; design: BadgeDesign; side: 'front' | 'back'; code: string }[];
}) {
  return (
    <svg className="badge-cut" viewBox={`0 0 ${paper.width} ${paper.height}`} shapeRendering="crispEdges" aria-hidden="true">
      {badges.flatMap((b, i) =>
        (b.side === 'back' ? b.design.back : b.design.front).elements
          .filter((e) => e.kind === 'qr')
          .map((e) => <QrGroup key={`${i}-${e.id}`} code={b.code} x={b.x + e.x} y={b.y + e.y} size={e.size} quiet={false} />),
      )}
    </svg>
  );
});

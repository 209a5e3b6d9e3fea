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
}: {
  design: BadgeDesign;
  side?: 'front' | 'back';
  data: BadgeData;
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
          {e.kind === 'qr' && <Qr code={data.code} />}
        </div>
      ))}
    </div>
  );
});

function place(e: BadgeElement): React.CSSProperties {
  const [w, h] = e.kind === 'qr' ? [e.size, e.size] : [e.width, e.height];
  return { left: `${e.x}mm`, top: `${e.y}mm`, width: `${w}mm`, height: `${h}mm` };
}

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
        fontWeight: e.weight,
        color: e.colour,
      }}
    >
      <div>
        {f.lines.map((l, i) => (
          <div key={i}>{l}</div>
        ))}
      </div>
    </div>
  );
}

const Qr = memo(function Qr({ code }: { code: string }) {
  const q = qrPath(code);
  const n = q.modules + QUIET * 2;
  return (
    <svg className="badge-qr" viewBox={`${-QUIET} ${-QUIET} ${n} ${n}`} shapeRendering="crispEdges" role="img" aria-label={code}>
      <rect x={-QUIET} y={-QUIET} width={n} height={n} fill="#fff" />
      <path d={q.d} fill="#000" />
    </svg>
  );
});

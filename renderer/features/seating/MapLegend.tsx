import type { ColourMode, Colouring } from '../../../shared/seating/colouring';
import { STATE_COLOURS } from '../../../shared/seating/colouring';
import type { Viewpoint } from '../../../shared/seating/viewport';
import { useLanguage, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** Under the map: what the colours mean, how many seats are in each state, and which way round it is shown. */
export function MapLegend({ colouring, mode, viewpoint }: { colouring: Colouring; mode: ColourMode; viewpoint: Viewpoint }) {
  const m = useT().seating.map;
  const lang = useLanguage((x) => x.lang);
  const n = (x: number) => formatNumber(x, lang);
  return (
    <div className="map-legend" data-testid="seat-map-legend">
      <strong className="map-legend-view" data-testid="seat-map-viewpoint">
        {m.shownFrom[viewpoint]}
      </strong>
      <ul className="map-legend-states">
        {(['seated', 'empty', 'reserved', 'blocked'] as const).map((st) => (
          <li key={st} data-testid={`seat-count-${st}`}>
            <span className="swatch" style={{ background: st === 'seated' ? '#1b1e23' : STATE_COLOURS[st] }} aria-hidden="true" />
            {m.states[st]}: <span className="tabular">{n(colouring.states[st])}</span>
          </li>
        ))}
      </ul>
      {mode !== 'status' && (
        <ul className="map-legend-groups">
          {colouring.legend.map((g) => (
            <li key={g.key}>
              <span className="swatch" style={{ background: g.colour }} aria-hidden="true" />
              {g.key === '*others' ? m.others : (g.label ?? m.none[mode])} <span className="tabular muted">{n(g.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

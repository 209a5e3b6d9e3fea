import type { ColourMode } from '../../../shared/seating/colouring';
import type { Viewpoint } from '../../../shared/seating/viewport';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';

const MODES: ColourMode[] = ['category', 'unit', 'bridgePoint', 'status'];

/** Above the map: colour by, which way round, zoom. */
export function MapToolbar(props: {
  mode: ColourMode;
  onMode(m: ColourMode): void;
  viewpoint: Viewpoint;
  onViewpoint(v: Viewpoint): void;
  onZoom(factor: number): void;
  onFit(): void;
}) {
  const m = useT().seating.map;
  return (
    <div className="toolbar map-toolbar">
      <label className="map-colour">
        <span className="sr-only">{m.colourBy}</span>
        <select className="input input-sm" value={props.mode} onChange={(e) => props.onMode(e.target.value as ColourMode)} data-testid="seat-map-colour">
          {MODES.map((x) => (
            <option key={x} value={x}>
              {m.modes[x]}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={m.viewpoint}>
        <span className="segmented-label">{m.viewpoint}</span>
        {(['audience', 'stage'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={`segmented-btn${props.viewpoint === v ? ' is-on' : ''}`}
            aria-pressed={props.viewpoint === v}
            onClick={() => props.onViewpoint(v)}
            data-testid={`seat-map-view-${v}`}
          >
            {m.viewpoints[v]}
          </button>
        ))}
      </div>
      <span className="spacer" />
      <Button size="sm" variant="ghost" onClick={() => props.onZoom(0.8)} aria-label={m.zoomOut} title={m.zoomOut}>
        −
      </Button>
      <Button size="sm" variant="ghost" onClick={() => props.onZoom(1.25)} aria-label={m.zoomIn} title={m.zoomIn}>
        +
      </Button>
      <Button size="sm" variant="ghost" onClick={props.onFit} aria-label={m.fit} title={m.fit} data-testid="seat-map-fit">
        ⤢
      </Button>
    </div>
  );
}

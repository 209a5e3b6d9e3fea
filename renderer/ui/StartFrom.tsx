import type { EventRecord } from '../../shared/contract/events';

export type StartMode = 'replace' | 'append';

/**
 * Where a list is started from: a template (value "template:<id>") or another event's list
 * ("event:<id>"), the script's and the checklist's alike.
 */
export function StartFromSelect({
  value,
  onChange,
  templates,
  events,
  labels,
  testId,
}: {
  value: string;
  onChange(value: string): void;
  templates: readonly { id: string; label: string }[];
  events: readonly EventRecord[];
  labels: { from: string; templates: string; events: string };
  testId: string;
}) {
  return (
    <label className="field">
      <span className="field-label">{labels.from}</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <optgroup label={labels.templates}>
          {templates.map((x) => (
            <option key={x.id} value={`template:${x.id}`}>
              {x.label}
            </option>
          ))}
        </optgroup>
        {events.length > 0 && (
          <optgroup label={labels.events}>
            {events.map((e) => (
              <option key={e.id} value={`event:${e.id}`}>
                {e.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

/** After what is there, or instead of it: asked only when there is something already. */
export function StartModeChoice({
  mode,
  onChange,
  legend,
  modes,
  name,
  testIdPrefix,
}: {
  mode: StartMode;
  onChange(mode: StartMode): void;
  legend: string;
  modes: Record<StartMode, string>;
  name: string;
  testIdPrefix: string;
}) {
  return (
    <fieldset className="plan-fieldset">
      <legend>{legend}</legend>
      {(['append', 'replace'] as const).map((m) => (
        <label className="choice-row" key={m}>
          <input type="radio" name={name} checked={mode === m} onChange={() => onChange(m)} data-testid={`${testIdPrefix}-${m}`} />
          {modes[m]}
        </label>
      ))}
    </fieldset>
  );
}

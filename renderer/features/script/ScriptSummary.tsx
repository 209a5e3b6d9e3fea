import { useState } from 'react';
import type { ScriptSettings } from '../../../shared/contract/script';
import { clockText, parseClock } from '../../../shared/script/cascade';
import { useT } from '../../i18n';
import { updateSettings } from './scriptActions';

/** Above the items: when it starts, when it ends, and how that stands against the planned end. */
export function ScriptSummary({
  eventId,
  settings,
  start,
  end,
  over,
}: {
  eventId: string;
  settings: ScriptSettings | null;
  start: number;
  end: number;
  over: number | null;
}) {
  const s = useT().script.summary;
  const clock = (label: string, value: number | null, testId: string, save: (v: number | null) => void, placeholder: string) => (
    <ClockField key={testId} label={label} value={value} testId={testId} onSave={save} placeholder={placeholder} />
  );
  return (
    <div className="script-summary" data-testid="script-summary">
      {clock(s.start, settings?.startAt ?? start, 'script-start', (v) => void updateSettings({ eventId, startAt: v }), clockText(start))}
      <div className="script-summary-end">
        <span className="muted">{s.end}</span>
        <strong className="tabular" data-testid="script-end">
          {clockText(end)}
        </strong>
      </div>
      {clock(s.plannedEnd, settings?.plannedEnd ?? null, 'script-planned-end', (v) => void updateSettings({ eventId, plannedEnd: v }), s.none)}
      {over !== null && (
        <span className={`script-over${over > 0 ? ' is-late' : over < 0 ? ' is-early' : ''}`} role="status" data-testid="script-over">
          {over > 0 ? s.late(over) : over < 0 ? s.early(-over) : s.onTime}
        </span>
      )}
    </div>
  );
}

function ClockField({
  label,
  value,
  testId,
  onSave,
  placeholder,
}: {
  label: string;
  value: number | null;
  testId: string;
  onSave(v: number | null): void;
  placeholder: string;
}) {
  const [text, setText] = useState(value === null ? '' : clockText(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value === null ? '' : clockText(value));
  }
  const save = () => {
    const v = text.trim() ? parseClock(text) : null;
    if (text.trim() && v === null) return setText(value === null ? '' : clockText(value));
    if (v !== value) onSave(v);
  };
  return (
    <label className="script-summary-field">
      <span className="muted">{label}</span>
      <input
        className="input input-sm tabular"
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
        data-testid={testId}
      />
    </label>
  );
}

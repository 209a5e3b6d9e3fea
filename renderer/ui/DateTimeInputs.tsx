import { useRef, useState } from 'react';
import { useT } from '../i18n';
import { dayTimeParts, parseDayTime } from './dateText';

interface Props {
  /** Local minutes "YYYY-MM-DDTHH:MM", or '' for none. */
  value: string;
  /** What the two boxes read as now: local minutes, or null while they do not read as a day and a time. */
  onChange?(local: string | null, typed: string): void;
  /** When focus leaves both boxes: what they read as (null: not a day and a time), and the text as typed. */
  onCommit?(local: string | null, typed: string): void;
  /** Names both boxes for screen readers: "<label>: ngày" and "<label>: giờ". */
  label: string;
  testId: string;
  small?: boolean;
  id?: string;
}

/**
 * A day and a time in two boxes, typed as Vietnamese offices write them (07/01/2027, 15h30) whatever
 * the system's locale: the browser's own date-time box follows it, and shows mm/dd/yyyy with AM/PM
 * on an English-US system.
 */
export function DateTimeInputs({ value, onChange, onCommit, label, testId, small, id }: Props) {
  const c = useT().common;
  const [initialDay, initialTime] = dayTimeParts(value || null);
  const [day, setDay] = useState(initialDay);
  const [time, setTime] = useState(initialTime);
  const group = useRef<HTMLSpanElement>(null);
  const typed = (d: string, t: string) => `${d.trim()} ${t.trim()}`.trim();
  const read = (d: string, t: string) => parseDayTime(d, t);
  const bad = (day.trim() !== '' || time.trim() !== '') && read(day, time) === null;
  const cls = `input${small ? ' input-sm' : ''} datetime-part`;
  const change = (d: string, t: string) => onChange?.(read(d, t), typed(d, t));
  return (
    <span
      className="datetime-inputs"
      ref={group}
      onBlur={(e) => {
        if (onCommit && !group.current?.contains(e.relatedTarget as Node | null)) onCommit(read(day, time), typed(day, time));
      }}
    >
      <input
        id={id}
        className={`${cls} datetime-day`}
        value={day}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        aria-label={`${label}: ${c.day}`}
        aria-invalid={bad || undefined}
        onChange={(e) => {
          setDay(e.target.value);
          change(e.target.value, time);
        }}
        data-testid={`${testId}-day`}
      />
      <input
        className={`${cls} datetime-time`}
        value={time}
        placeholder="7h30"
        aria-label={`${label}: ${c.time}`}
        aria-invalid={bad || undefined}
        onChange={(e) => {
          setTime(e.target.value);
          change(day, e.target.value);
        }}
        data-testid={`${testId}-time`}
      />
    </span>
  );
}

import { useId } from 'react';

/** One option of a print, as radio buttons: few choices, all visible at once. */
export function PrintChoice<T extends string>({
  label,
  value,
  choices,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  choices: readonly { value: NoInfer<T>; label: string }[];
  onChange(v: NoInfer<T>): void;
  testId?: string;
}) {
  const name = useId();
  return (
    <fieldset className="print-choice" data-testid={testId}>
      <legend className="field-label">{label}</legend>
      {choices.map((c) => (
        <label key={c.value} className="menu-radio">
          <input
            type="radio"
            name={name}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            data-testid={testId ? `${testId}-${c.value}` : undefined}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

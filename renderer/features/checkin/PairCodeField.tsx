import { useT } from '../../i18n';

interface PairCodeFieldProps {
  id: string;
  value: string;
  onChange(code: string): void;
  /** The desk's own pairing screen shows the code large, as it is read off the host's screen. */
  large?: boolean;
}

/** The host's six-digit pairing code, typed on a desk: digits only, offered by the phone's code keyboard. */
export function PairCodeField({ id, value, onChange, large }: PairCodeFieldProps) {
  const tr = useT();
  return (
    <>
      <label className="field-label" htmlFor={id}>
        {tr.desks.pairCode}
      </label>
      <input
        id={id}
        className={large ? 'input desk-code-input' : 'input desks-port'}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 6))}
        data-testid={id}
      />
    </>
  );
}

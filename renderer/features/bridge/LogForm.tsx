import { useState } from 'react';
import { BRIDGE_RESULTS, QUALITIES, type BridgeResult, type BridgeTest, type Quality } from '../../../shared/contract/bridge';
import { localNow } from '../../../shared/bridge/local-time';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { DateTimeInputs } from '../../ui/DateTimeInputs';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { notifySuccess } from '../../ui/toast';
import { useBridge } from './bridgeStore';
import { testName } from './testText';

/** The log of one test: on a scheduled entry (`test`), or a new unscheduled one of the point. */
export function LogForm({ pointId, test, onDone }: { pointId: string; test: BridgeTest | null; onDone(): void }) {
  const tr = useT();
  const b = tr.bridge;
  const [result, setResult] = useState<BridgeResult>(test?.result ?? 'passed');
  const [loggedAt, setLoggedAt] = useState(test?.loggedAt ?? localNow());
  const [picture, setPicture] = useState<Quality | ''>(test?.picture ?? '');
  const [sound, setSound] = useState<Quality | ''>(test?.sound ?? '');
  const [problem, setProblem] = useState(test?.problem ?? '');
  const [onLine, setOnLine] = useState(test?.onLine ?? '');
  const [action, setAction] = useState(test?.action ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const log = { result, loggedAt, picture: picture || null, sound: sound || null, problem, onLine, action };
      await call('bridgeTests.log', test ? { id: test.id, ...log } : { bridgePointId: pointId, kind: 'extra', ...log });
      notifySuccess((t) => t.bridge.logSaved);
      await useBridge.getState().refresh();
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const quality = (id: string, label: string, value: Quality | '', set: (q: Quality | '') => void) => (
    <Field id={id} label={label}>
      {(p) => (
        <select {...p} className="input" value={value} onChange={(e) => set(e.target.value as Quality | '')} data-testid={id}>
          <option value="">—</option>
          {QUALITIES.map((q) => (
            <option key={q} value={q}>
              {b.quality[q]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form
      className="bridge-log"
      data-testid="log-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h4 className="subsection-title">
        {b.logTitle}: {test ? testName(test, tr) : b.kind.extra}
      </h4>
      <FormError error={error} />
      <fieldset className="bridge-results">
        <legend>{tr.bridge.resultCol}</legend>
        {BRIDGE_RESULTS.map((r) => (
          <label key={r} className={`result-choice result-${r}`}>
            <input type="radio" name="result" value={r} checked={result === r} onChange={() => setResult(r)} data-testid={`log-result-${r}`} /> {b.result[r]}
          </label>
        ))}
      </fieldset>
      <div className="bridge-form-grid">
        <Field id="log-at" label={b.loggedAt}>
          {(p) => <DateTimeInputs id={p.id} value={loggedAt} label={b.loggedAt} onChange={(local, typed) => setLoggedAt(local ?? typed)} testId="log-at" />}
        </Field>
        {quality('log-picture', b.picture, picture, setPicture)}
        {quality('log-sound', b.sound, sound, setSound)}
        <Field id="log-online" label={b.onLine}>
          {(p) => <input {...p} className="input" value={onLine} onChange={(e) => setOnLine(e.target.value)} data-testid="log-online" />}
        </Field>
        <Field id="log-problem" label={b.problem} className="bridge-form-wide">
          {(p) => <textarea {...p} className="input" rows={2} value={problem} onChange={(e) => setProblem(e.target.value)} data-testid="log-problem" />}
        </Field>
        <Field id="log-action" label={b.action} className="bridge-form-wide">
          {(p) => <textarea {...p} className="input" rows={2} value={action} onChange={(e) => setAction(e.target.value)} data-testid="log-action" />}
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="log-save">
          {tr.common.save}
        </Button>
        <Button onClick={onDone}>{tr.common.cancel}</Button>
      </div>
    </form>
  );
}

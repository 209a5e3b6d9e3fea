import { useState } from 'react';
import { BRIDGE_TEST_KINDS, type BridgeTest, type BridgeTestKind } from '../../../shared/contract/bridge';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { DateTimeInputs } from '../../ui/DateTimeInputs';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useBridge } from './bridgeStore';
import { LogForm } from './LogForm';
import { localText, resultText, testName } from './testText';

/** A point's schedule and log: each entry's plan and result, the log form, an entry added or removed. */
export function TestsPanel({ eventId, pointId, tests }: { eventId: string; pointId: string; tests: readonly BridgeTest[] }) {
  const tr = useT();
  const b = tr.bridge;
  const [logging, setLogging] = useState<BridgeTest | 'extra' | null>(null);
  const [plannedAt, setPlannedAt] = useState('');
  // Clears the add boxes once an entry is added.
  const [added, setAdded] = useState(0);

  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
      await useBridge.getState().refresh();
    } catch (e) {
      notifyError(e);
    }
  };
  const generate = () =>
    run(async () => {
      const { created } = await call('bridgeTests.generate', { eventId, bridgePointId: pointId });
      notifySuccess((t) => t.bridge.generated(created.length));
    });
  const add = () =>
    run(async () => {
      await call('bridgeTests.create', { bridgePointId: pointId, kind: 'extra', plannedAt, label: null });
      setPlannedAt('');
      setAdded((n) => n + 1);
    });

  return (
    <section className="bridge-tests" data-testid="bridge-tests">
      <div className="section-head">
        <h3 className="subsection-title">{b.tests}</h3>
        <Button size="sm" onClick={() => void generate()} data-testid="tests-generate">
          {b.generate}
        </Button>
        <Button size="sm" onClick={() => setLogging('extra')} data-testid="tests-log-extra">
          {b.logExtra}
        </Button>
      </div>
      {tests.length === 0 ? (
        <p className="muted">{b.noTests}</p>
      ) : (
        <table className="table bridge-tests-table">
          <thead>
            <tr>
              <th>{b.what}</th>
              <th>{b.planned}</th>
              <th>{b.logged}</th>
              <th>{b.resultCol}</th>
              <th>
                <span className="sr-only">{b.log}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tests.map((t) => (
              <tr key={t.id} data-testid="test-row" data-result={t.result ?? 'none'}>
                <td>
                  <select
                    className="input input-sm"
                    value={t.kind}
                    aria-label={`${b.what}: ${testName(t, tr)}`}
                    onChange={(e) =>
                      void run(() => call('bridgeTests.update', { id: t.id, kind: e.target.value as BridgeTestKind, plannedAt: t.plannedAt, label: t.label }))
                    }
                    data-testid="test-kind"
                  >
                    {BRIDGE_TEST_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {b.kind[k]}
                      </option>
                    ))}
                  </select>
                  {t.label && <div className="muted">{t.label}</div>}
                </td>
                <td className="tabular">
                  {t.plannedAt ? (
                    // Moved by hand: written when the boxes are left, the generator never doubles it after.
                    // What does not read as a day and a time goes as typed, for the main process to refuse in words.
                    <DateTimeInputs
                      key={t.plannedAt}
                      small
                      value={t.plannedAt}
                      label={`${b.planned}: ${testName(t, tr)}`}
                      onCommit={(local, typed) => {
                        const v = local ?? typed;
                        if (v && v !== t.plannedAt) void run(() => call('bridgeTests.update', { id: t.id, kind: t.kind, plannedAt: v, label: t.label }));
                      }}
                      testId="test-planned-at"
                    />
                  ) : (
                    b.unscheduled
                  )}
                </td>
                <td className="tabular">{localText(t.loggedAt)}</td>
                <td>
                  <span className={`result-tag result-${t.result ?? 'none'}`}>{resultText(t, tr)}</span>
                  {t.problem && <div className="muted">{t.problem}</div>}
                </td>
                <td className="bridge-actions">
                  <Button size="sm" onClick={() => setLogging(t)} data-testid="test-log">
                    {b.log}
                  </Button>
                  <Button
                    size="sm"
                    variant="danger-ghost"
                    icon={<TrashIcon />}
                    aria-label={b.deleteTest}
                    onClick={() => void run(() => call('bridgeTests.delete', { id: t.id }))}
                    data-testid="test-delete"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="bridge-add-test">
        <label className="field-label" htmlFor="test-planned">
          {b.addTest}
        </label>
        <DateTimeInputs id="test-planned" key={added} value="" label={b.addTest} onChange={(local) => setPlannedAt(local ?? '')} testId="test-planned" />
        <Button size="sm" icon={<PlusIcon />} disabled={!plannedAt} onClick={() => void add()} data-testid="test-add">
          {b.addTest}
        </Button>
      </div>
      {logging && (
        <LogForm
          key={logging === 'extra' ? 'extra' : logging.id}
          pointId={pointId}
          test={logging === 'extra' ? null : logging}
          onDone={() => setLogging(null)}
        />
      )}
    </section>
  );
}

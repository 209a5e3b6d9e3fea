import { useState } from 'react';
import { builtinCategoryNames } from '../../../shared/categories';
import type { BridgePointDetail } from '../../../shared/contract/bridge';
import { call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EditIcon, TrashIcon } from '../../ui/icons';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { AssignPanel } from './AssignPanel';
import { useBridge } from './bridgeStore';
import { TestsPanel } from './TestsPanel';

/** One point: its contacts and lines, chair, plan, delegates with counts by category, and its tests. */
export function PointDetail({ eventId, detail }: { eventId: string; detail: BridgePointDetail }) {
  const tr = useT();
  const b = tr.bridge;
  const lang = useLanguage((s) => s.lang);
  const [confirm, setConfirm] = useState(false);
  const p = detail.point;
  const line = (label: string, value: string | null | undefined) => (
    <>
      <dt>{label}</dt>
      <dd>{value || <span className="muted">{tr.common.notSet}</span>}</dd>
    </>
  );
  const contact = (name: string | null, phone: string | null) => [name, phone].filter(Boolean).join(' · ');

  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
      await useDelegates.getState().load(eventId);
      await useBridge.getState().refresh();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <article className="bridge-detail" data-testid="point-detail">
      <header className="bridge-detail-head">
        <h2 className="section-title" data-testid="point-title">
          {p.name} <span className={`tag ${p.isMain ? 'tag-main' : ''}`}>{p.isMain ? b.main : b.remote}</span>
        </h2>
        <div className="bridge-actions">
          {!p.isMain && (
            <Button size="sm" onClick={() => void run(() => call('bridgePoints.setMain', { eventId, id: p.id }))} data-testid="point-make-main">
              {b.makeMain}
            </Button>
          )}
          <Button size="sm" icon={<EditIcon />} onClick={() => void useBridge.getState().open(p.id, true)} data-testid="point-edit">
            {tr.common.edit}
          </Button>
          <Button size="sm" variant="danger-ghost" icon={<TrashIcon />} onClick={() => setConfirm(true)} data-testid="point-delete">
            {tr.common.delete}
          </Button>
        </div>
      </header>
      <dl className="bridge-facts">
        {line(tr.bridge.form.hostUnit, p.hostUnit)}
        {line(tr.bridge.form.address, p.address)}
        {line(b.chair, detail.chair ? `${detail.chair.fullName}${detail.chair.title ? ` — ${detail.chair.title}` : ''}` : null)}
        {line(b.tech, contact(p.techName, p.techPhone))}
        {line(b.backup, contact(p.backupName, p.backupPhone))}
        {line(b.lines, [p.line, p.backupLine].filter(Boolean).join(' / '))}
        {line(b.seating, detail.plan?.name ?? b.noPlan)}
        {line(tr.bridge.form.expectedCount, p.expectedCount === null ? null : String(p.expectedCount))}
        {p.notes && line(tr.bridge.form.notes, p.notes)}
      </dl>

      <section className="bridge-delegates">
        <h3 className="subsection-title">
          {b.delegates} <span className="muted">({b.delegatesCount(detail.delegates.length)})</span>
        </h3>
        {detail.byCategory.length > 0 && (
          <p className="bridge-counts" data-testid="point-counts">
            {detail.byCategory.map((c) => `${c.code ? builtinCategoryNames[c.code][lang] : c.label}: ${c.count}`).join(' · ')}
          </p>
        )}
        {detail.delegates.length === 0 ? (
          <p className="muted">{b.noDelegates}</p>
        ) : (
          <ul className="bridge-people" data-testid="point-delegates">
            {detail.delegates.map((d) => (
              <li key={d.id}>
                <span>
                  <strong>{d.fullName}</strong>
                  {d.title && <span className="muted"> — {d.title}</span>}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => void run(() => call('bridgePoints.assign', { eventId, bridgePointId: null, delegateIds: [d.id] }))}
                  data-testid="point-unassign"
                >
                  {b.removeFrom}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <AssignPanel eventId={eventId} pointId={p.id} />
      </section>

      <TestsPanel eventId={eventId} pointId={p.id} tests={detail.tests} />

      {confirm && (
        <ConfirmDialog
          title={`${tr.common.delete}: ${p.name}`}
          confirmLabel={tr.common.delete}
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            await call('bridgePoints.delete', { id: p.id });
            notifySuccess((t) => t.bridge.deleted(p.name));
            await useDelegates.getState().load(eventId);
            await useBridge.getState().open(null);
            await useBridge.getState().load(eventId);
          }}
        >
          <p>{b.deleteConfirm(p.name)}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}

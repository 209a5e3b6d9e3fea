import { useState, type ReactNode } from 'react';
import { DELEGATE_STATUSES } from '../../../shared/contract/delegates';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ChevronDownIcon, CloseIcon, TrashIcon } from '../../ui/icons';
import { Popover } from '../../ui/Popover';
import { notifyError } from '../../ui/toast';
import { bulkDelete, bulkSet } from './bulkActions';
import type { CellContext } from './columns';
import type { BulkSet } from './delegatesStore';
import { useDelegateView } from './viewStore';

function Choice({ label, testId, children }: { label: string; testId: string; children(close: () => void): ReactNode }) {
  return (
    <Popover
      label={label}
      testId={`${testId}-menu`}
      trigger={(p) => (
        <button {...p} type="button" className="btn btn-secondary btn-sm" data-testid={testId}>
          {label}
          <ChevronDownIcon />
        </button>
      )}
    >
      {children}
    </Popover>
  );
}

function MenuItems({
  items,
  onPick,
  close,
}: {
  items: { value: string; label: string; muted?: boolean }[];
  onPick(value: string): Promise<void>;
  close(): void;
}) {
  return (
    <ul className="menu menu-list menu-items" role="menu">
      {items.map((it) => (
        <li key={it.value || '∅'} role="none">
          <button
            type="button"
            role="menuitem"
            className={`menu-item${it.muted ? ' muted' : ''}`}
            onClick={() => {
              close();
              onPick(it.value).catch(notifyError);
            }}
            data-value={it.value}
          >
            {it.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

function OrganizationForm({ onApply, close }: { onApply(org: string): Promise<void>; close(): void }) {
  const tr = useT();
  const b = tr.delegates.bulk;
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="menu menu-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        onApply(value)
          .then(close)
          .catch(notifyError)
          .finally(() => setBusy(false));
      }}
    >
      <label className="field-label" htmlFor="bulk-organization">
        {b.organizationLabel}
      </label>
      <input
        id="bulk-organization"
        className="input input-sm"
        value={value}
        placeholder={b.organizationPlaceholder}
        onChange={(e) => setValue(e.target.value)}
        data-testid="bulk-organization-input"
      />
      <div className="menu-actions">
        <Button type="submit" size="sm" variant="primary" busy={busy} data-testid="bulk-organization-apply">
          {b.apply}
        </Button>
      </div>
    </form>
  );
}

/** In place of the filters while rows are ticked: what to do with all of them at once. */
export function BulkBar({ eventId, ctx }: { eventId: string; ctx: CellContext }) {
  const tr = useT();
  const b = tr.delegates.bulk;
  const selected = useDelegateView((s) => s.selected);
  const clear = useDelegateView((s) => s.clearSelection);
  const [confirm, setConfirm] = useState(false);
  const ids = [...selected];
  const apply = (set: BulkSet) => bulkSet(eventId, ids, set);

  return (
    <div className="bulkbar" role="region" aria-label={tr.delegates.selection.selected(ids.length)} data-testid="bulk-bar">
      <p className="bulkbar-count tabular" data-testid="bulk-count">
        {tr.delegates.selection.selected(ids.length)}
      </p>
      <button
        type="button"
        className="icon-btn bulkbar-clear"
        onClick={clear}
        aria-label={tr.delegates.selection.clear}
        title={tr.delegates.selection.clear}
        data-testid="bulk-clear"
      >
        <CloseIcon size={16} />
      </button>
      <div className="bulkbar-actions">
        <span className="bulkbar-label" aria-hidden="true">
          {b.change}:
        </span>
        <Choice label={b.setStatus} testId="bulk-status">
          {(close) => (
            <MenuItems
              close={close}
              items={DELEGATE_STATUSES.map((s) => ({ value: s, label: tr.delegates.status[s] }))}
              onPick={(v) => apply({ status: v as (typeof DELEGATE_STATUSES)[number] })}
            />
          )}
        </Choice>
        <Choice label={b.setCategory} testId="bulk-category">
          {(close) => (
            <MenuItems close={close} items={[...ctx.categories].map(([id, c]) => ({ value: id, label: c.name }))} onPick={(v) => apply({ categoryId: v })} />
          )}
        </Choice>
        <Choice label={b.setOrganization} testId="bulk-organization">
          {(close) => <OrganizationForm close={close} onApply={(org) => apply({ organization: org })} />}
        </Choice>
        <Choice label={b.setBridgePoint} testId="bulk-bridgePoint">
          {(close) => (
            <MenuItems
              close={close}
              items={[...[...ctx.bridgePoints].map(([id, name]) => ({ value: id, label: name })), { value: '', label: b.noBridgePoint, muted: true }]}
              onPick={(v) => apply({ bridgePointId: v || null })}
            />
          )}
        </Choice>
        <Button size="sm" variant="danger-ghost" icon={<TrashIcon />} onClick={() => setConfirm(true)} data-testid="bulk-delete">
          {b.delete}
        </Button>
      </div>
      {confirm && (
        <ConfirmDialog
          title={b.deleteTitle(ids.length)}
          confirmLabel={b.deleteConfirm}
          onConfirm={() => bulkDelete(eventId, ids)}
          onClose={() => setConfirm(false)}
        >
          <p>{b.deleteBody(ids.length)}</p>
          <p className="muted">{b.deleteUndoHint}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

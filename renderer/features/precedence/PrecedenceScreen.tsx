import { useState } from 'react';
import { useLanguage, useT } from '../../i18n';
import { LoadError } from '../../ui/LoadError';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DownloadIcon } from '../../ui/icons';
import { useDelegates } from '../delegates/delegatesStore';
import { ExcludedList } from './ExcludedList';
import { OrderList } from './OrderList';
import { exportOrder, resetAll } from './precedenceActions';
import { RulesEditor } from './RulesEditor';
import { SettingsPanel } from './SettingsPanel';
import { UnmatchedList } from './UnmatchedList';
import { PageHead } from '../../ui/PageHead';

type Tab = 'order' | 'unmatched' | 'excluded' | 'rules' | 'settings';
const TABS: Tab[] = ['order', 'unmatched', 'excluded', 'rules', 'settings'];

/**
 * The order of precedence: the counted delegates by level (reordered by hand), the titles no rule
 * knows, who is left out, the rules behind it and the settings; exported as the event's list.
 */
export function PrecedenceScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const p = tr.precedence;
  const lang = useLanguage((s) => s.lang);
  const status = useDelegates((s) => s.status);
  const error = useDelegates((s) => s.error);
  const load = useDelegates((s) => s.load);
  const order = useDelegates((s) => s.order);
  const [tab, setTab] = useState<Tab>('order');
  const [confirmReset, setConfirmReset] = useState(false);
  const [exporting, setExporting] = useState(false);
  const handLevels = order?.entries.filter((e) => e.reason.kind === 'hand').length ?? 0;
  const handOrders = order?.entries.filter((e) => e.handOrder !== null).length ?? 0;
  const counts: Partial<Record<Tab, number>> = { unmatched: order?.unmatched.length ?? 0, excluded: order?.excluded.length ?? 0 };

  let body;
  if (status === 'error') body = <LoadError error={error} onRetry={() => void load(eventId)} testId="precedence-error" />;
  else if (status !== 'ready' || !order)
    body = (
      <p className="loading-line">
        <span className="spinner" /> {tr.common.loading}
      </p>
    );
  else if (tab === 'order') body = <OrderList eventId={eventId} onShowRules={() => setTab('rules')} onShowUnmatched={() => setTab('unmatched')} />;
  else if (tab === 'unmatched') body = <UnmatchedList eventId={eventId} />;
  else if (tab === 'excluded') body = <ExcludedList onShowSettings={() => setTab('settings')} />;
  else if (tab === 'rules') body = <RulesEditor eventId={eventId} />;
  else body = <SettingsPanel eventId={eventId} />;

  return (
    <main className="page page-fill" data-testid="precedence-screen">
      <PageHead
        title={p.title}
        subtitle={p.subtitle}
        tight
        actions={
          <>
            {handLevels + handOrders > 0 && (
              <Button variant="ghost" onClick={() => setConfirmReset(true)} data-testid="precedence-reset-all">
                {p.resetAll}
              </Button>
            )}
            <Button
              icon={<DownloadIcon />}
              busy={exporting}
              disabled={!order || order.entries.length === 0}
              onClick={() => {
                setExporting(true);
                void exportOrder(eventId, lang).finally(() => setExporting(false));
              }}
              data-testid="precedence-export"
            >
              {p.exportXlsx}
            </Button>
          </>
        }
      />
      <div className="tabs" role="tablist" aria-label={p.title}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`prec-tab-${t}`}
            aria-selected={tab === t}
            aria-controls="prec-panel"
            className={`tab${tab === t ? ' is-on' : ''}`}
            onClick={() => setTab(t)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = TABS[(TABS.indexOf(t) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
                setTab(next);
                document.getElementById(`prec-tab-${next}`)?.focus();
              }
            }}
            tabIndex={tab === t ? 0 : -1}
            data-testid={`precedence-tab-${t}`}
          >
            {p.tabs[t]}
            {counts[t] ? (
              <span className={`tab-count${t === 'unmatched' ? ' tab-count-warn' : ''}`} data-testid={`precedence-tab-count-${t}`}>
                {counts[t]}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div className="page-fill-body" role="tabpanel" id="prec-panel" aria-labelledby={`prec-tab-${tab}`}>
        {body}
      </div>
      {confirmReset && (
        <ConfirmDialog
          title={p.resetAllTitle}
          confirmLabel={p.resetAllConfirm}
          onConfirm={() => resetAll(eventId)}
          onClose={() => setConfirmReset(false)}
          testId="precedence-reset-all-confirm"
        >
          <p>{p.resetAllBody(handLevels, handOrders)}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}

import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { useDelegates } from '../delegates/delegatesStore';
import { OrderList } from './OrderList';
import { RulesEditor } from './RulesEditor';

type Tab = 'order' | 'rules';

/** The order of precedence: the senior delegates in order (reordered by hand), and the title rules behind it. */
export function PrecedenceScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const p = tr.precedence;
  const lang = useLanguage((s) => s.lang);
  const status = useDelegates((s) => s.status);
  const error = useDelegates((s) => s.error);
  const load = useDelegates((s) => s.load);
  const [tab, setTab] = useState<Tab>('order');
  const tabs: Tab[] = ['order', 'rules'];

  let body;
  if (status === 'error')
    body = (
      <Banner testId="precedence-error" action={<Button size="sm" onClick={() => void load(eventId)}>{tr.common.retry}</Button>}>
        {error instanceof ApiError ? error.error.message[lang] : tr.errors.unexpected}
      </Banner>
    );
  else if (status !== 'ready') body = <p className="loading-line"><span className="spinner" /> {tr.common.loading}</p>;
  else body = tab === 'order' ? <OrderList eventId={eventId} onShowRules={() => setTab('rules')} /> : <RulesEditor eventId={eventId} />;

  return (
    <main className="page page-fill" data-testid="precedence-screen">
      <div className="page-head page-head-tight">
        <div>
          <h1 className="page-title">{p.title}</h1>
          <p className="page-subtitle">{p.subtitle}</p>
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={p.title}>
        {tabs.map((t) => (
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
                const next = tabs[(tabs.indexOf(t) + 1) % tabs.length]!;
                setTab(next);
                document.getElementById(`prec-tab-${next}`)?.focus();
              }
            }}
            tabIndex={tab === t ? 0 : -1}
            data-testid={`precedence-tab-${t}`}
          >
            {p.tabs[t]}
          </button>
        ))}
      </div>
      <div className="page-fill-body" role="tabpanel" id="prec-panel" aria-labelledby={`prec-tab-${tab}`}>
        {body}
      </div>
    </main>
  );
}

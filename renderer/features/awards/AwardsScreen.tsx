import { useEffect, useMemo, useState } from 'react';
import type { AwardKind, AwardRecipient } from '../../../shared/contract/awards';
import { ApiError, call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { openPrint } from '../../print/printStore';
import { AwardListPrint } from '../../print/awards/AwardListPrint';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { dayText } from '../../ui/dateText';
import { EmptyState } from '../../ui/EmptyState';
import { EditIcon, PlusIcon, TrashIcon, UploadIcon } from '../../ui/icons';
import { PageHead } from '../../ui/PageHead';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { BatchList } from './BatchList';
import { ImportRecipientsDialog } from './ImportRecipientsDialog';
import { KindDialog } from './KindDialog';
import { KindList } from './KindList';
import { RecipientDialog } from './RecipientDialog';
import { RecipientList } from './RecipientList';
import { runAwards, useAwards } from './awardsStore';

type Open =
  | { kind: 'kind'; of: AwardKind | null }
  | { kind: 'recipient'; of: AwardRecipient | null }
  | { kind: 'import' }
  | { kind: 'delete' }
  | { kind: 'overwrite'; message: string }
  | null;

/** Khen thưởng: the awards in order with their decisions, each one's recipients and batches, the print, and the script. */
export function AwardsScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const a = t.awards;
  const lang = useLanguage((s) => s.lang);
  const { status, error, data, kindId, load } = useAwards();
  const delegatesFor = useDelegates((s) => s.eventId);
  const [open, setOpen] = useState<Open>(null);
  const [writing, setWriting] = useState(false);

  useEffect(() => void load(eventId), [eventId, load]);
  // The recipient dialog offers the event's delegates.
  useEffect(() => {
    if (delegatesFor !== eventId) void useDelegates.getState().load(eventId);
  }, [delegatesFor, eventId]);

  const kind = data?.kinds.find((k) => k.id === kindId) ?? null;
  const recipients = useMemo(() => data?.recipients.filter((r) => r.kindId === kindId) ?? [], [data, kindId]);
  const batches = useMemo(() => data?.batches.filter((b) => b.kindId === kindId) ?? [], [data, kindId]);
  const entries = useMemo(() => new Map(data?.batches.flatMap((b) => b.entries.map((e) => [e.recipientId, e] as const)) ?? []), [data]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of data?.recipients ?? []) m.set(r.kindId, (m.get(r.kindId) ?? 0) + 1);
    return m;
  }, [data]);

  const writeScript = async (overwriteEdits = false) => {
    setWriting(true);
    try {
      const { written } = await call('awards.writeScript', { eventId, overwriteEdits });
      notifySuccess((d) => d.awards.written(written));
    } catch (e) {
      // Lines edited by hand in the script: said, and written over only when confirmed.
      if (e instanceof ApiError && e.error.code === 'CONFLICT' && !overwriteEdits) setOpen({ kind: 'overwrite', message: e.error.message[lang] });
      else notifyError(e);
    } finally {
      setWriting(false);
    }
  };

  let body;
  if (status === 'error')
    body = (
      <Banner
        action={
          <Button size="sm" onClick={() => void load(eventId)}>
            {t.common.retry}
          </Button>
        }
      >
        {error instanceof ApiError ? error.error.message[lang] : t.errors.unexpected}
      </Banner>
    );
  else if (!data)
    body = (
      <p className="loading-line">
        <span className="spinner" /> {t.common.loading}
      </p>
    );
  else if (!data.kinds.length)
    body = (
      <EmptyState
        title={a.noKindsTitle}
        testId="awards-empty"
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setOpen({ kind: 'kind', of: null })} data-testid="award-add-kind">
            {a.addKind}
          </Button>
        }
      >
        {a.noKindsBody}
      </EmptyState>
    );
  else
    body = (
      <div className="awards-layout">
        <aside className="awards-side">
          <KindList kinds={data.kinds} counts={counts} />
          <Button icon={<PlusIcon />} onClick={() => setOpen({ kind: 'kind', of: null })} data-testid="award-add-kind">
            {a.addKind}
          </Button>
        </aside>
        {kind && (
          <section className="awards-main" aria-labelledby="award-kind-title">
            <header className="award-head">
              <div>
                <h2 id="award-kind-title" className="award-title" data-testid="award-kind-title">
                  {kind.name}
                </h2>
                <p className="award-decision">{a.decision(kind.decisionNumber, kind.decisionDate ? dayText(kind.decisionDate) : null, kind.decisionSigner)}</p>
              </div>
              <div className="award-head-actions">
                <Button size="sm" icon={<EditIcon />} onClick={() => setOpen({ kind: 'kind', of: kind })} data-testid="award-edit-kind">
                  {t.common.edit}
                </Button>
                <Button size="sm" variant="ghost" icon={<TrashIcon />} onClick={() => setOpen({ kind: 'delete' })} data-testid="award-delete-kind">
                  {a.deleteKind}
                </Button>
              </div>
            </header>
            <div className="awards-columns">
              <div className="awards-col">
                <div className="award-col-head">
                  <h3>{a.recipients}</h3>
                  <div className="award-head-actions">
                    <Button size="sm" icon={<UploadIcon />} onClick={() => setOpen({ kind: 'import' })} data-testid="award-import">
                      {a.import}
                    </Button>
                    <Button
                      size="sm"
                      variant="primary"
                      icon={<PlusIcon />}
                      onClick={() => setOpen({ kind: 'recipient', of: null })}
                      data-testid="award-add-recipient"
                    >
                      {a.addRecipient}
                    </Button>
                  </div>
                </div>
                <p className="form-note">{a.reorderHint}</p>
                <RecipientList recipients={recipients} entries={entries} onEdit={(r) => setOpen({ kind: 'recipient', of: r })} />
              </div>
              <div className="awards-col">
                <div className="award-col-head">
                  <h3>{a.batches}</h3>
                </div>
                <p className="form-note">{a.batchesHint}</p>
                <BatchList batches={batches} pool={data.pool} />
              </div>
            </div>
          </section>
        )}
      </div>
    );

  return (
    <main className="page page-fill" data-testid="awards-screen">
      <PageHead
        title={a.title}
        subtitle={a.subtitle}
        tight
        actions={
          <>
            <Button
              disabled={!data?.batches.length}
              onClick={() => openPrint({ title: a.printList, fileName: a.list.title, view: <AwardListPrint eventId={eventId} /> })}
              data-testid="award-print"
            >
              {a.printList}
            </Button>
            <Button variant="primary" busy={writing} disabled={!data?.batches.length} onClick={() => void writeScript()} data-testid="award-write-script">
              {a.writeScript}
            </Button>
          </>
        }
      />
      {body}
      {open?.kind === 'kind' && (
        <KindDialog eventId={eventId} kind={open.of} afterId={open.of ? undefined : (data?.kinds.at(-1)?.id ?? undefined)} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'recipient' && kind && <RecipientDialog kindId={kind.id} recipient={open.of} onClose={() => setOpen(null)} />}
      {open?.kind === 'import' && kind && <ImportRecipientsDialog kind={kind} onClose={() => setOpen(null)} />}
      {open?.kind === 'overwrite' && (
        <ConfirmDialog title={a.overwriteTitle} confirmLabel={a.overwriteConfirm} onConfirm={() => writeScript(true)} onClose={() => setOpen(null)}>
          {open.message}
        </ConfirmDialog>
      )}
      {open?.kind === 'delete' && kind && (
        <ConfirmDialog
          title={a.deleteKind}
          confirmLabel={t.common.delete}
          onConfirm={async () => {
            await runAwards(() => call('awards.deleteKind', { id: kind.id }));
          }}
          onClose={() => setOpen(null)}
        >
          {a.deleteKindConfirm(kind.name, counts.get(kind.id) ?? 0)}
        </ConfirmDialog>
      )}
    </main>
  );
}

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useMemo, useState } from 'react';
import type { ScriptItem } from '../../../shared/contract/script';
import { useT } from '../../i18n';
import { LoadError } from '../../ui/LoadError';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PlusIcon } from '../../ui/icons';
import { PageHead } from '../../ui/PageHead';
import { useDelegates } from '../delegates/delegatesStore';
import { LiveButton } from '../live/LiveButton';
import { IntroSettingsDialog } from './IntroSettingsDialog';
import { ItemPanel } from './ItemPanel';
import { performerLabel } from './itemForm';
import { addItem, moveItem } from './scriptActions';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { ScriptPrintMenu } from './ScriptPrintMenu';
import { ScriptRow } from './ScriptRow';
import { useScript } from './scriptStore';
import { ScriptSummary } from './ScriptSummary';
import { TemplateDialog } from './TemplateDialog';
import { useTiming } from './useTiming';

/** The run-of-show: items in order with their cascading times, edited in place or whole, started from a template. */
export function ScriptScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const s = tr.script;
  const { status, error, script, load } = useScript();
  const delegates = useDelegates((x) => x.delegates);
  const byId = useMemo(() => new Map(delegates.map((d) => [d.id, d])), [delegates]);
  const { start, timing, byId: times, over } = useTiming(script);
  const [open, setOpen] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'template' | 'intro' | 'save' | null>(null);
  const [said, setSaid] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    void load(eventId);
  }, [eventId, load]);

  const items = script?.items ?? [];
  const openItem = items.find((i) => i.id === open) ?? null;
  const move = (item: ScriptItem, to: number) => {
    const rest = items.filter((i) => i.id !== item.id);
    const clamped = Math.max(0, Math.min(rest.length, to));
    void moveItem(item.id, clamped === 0 ? null : rest[clamped - 1]!.id).then(() => setSaid(s.moved(item.title, clamped + 1)));
  };
  const onDragEnd = (e: DragEndEvent) => {
    const item = items.find((i) => i.id === e.active.id);
    const to = items.findIndex((i) => i.id === e.over?.id);
    if (item && to >= 0 && e.over?.id !== item.id) move(item, to);
  };
  const add = async (afterId: string | null) => {
    const item = await addItem({ eventId, afterId, item: { kind: 'other', title: s.newItemTitle, durationMin: 5 } });
    if (item) setOpen(item.id);
  };

  let body;
  if (status === 'error') body = <LoadError error={error} onRetry={() => void load(eventId)} testId="script-error" />;
  else if (!script)
    body = (
      <p className="loading-line">
        <span className="spinner" /> {tr.common.loading}
      </p>
    );
  else if (items.length === 0)
    body = (
      <EmptyState
        title={s.emptyTitle}
        testId="script-empty"
        actions={
          <>
            <Button variant="primary" onClick={() => setDialog('template')} data-testid="script-from-template">
              {s.fromTemplate}
            </Button>
            <Button icon={<PlusIcon />} onClick={() => void add(null)}>
              {s.addItem}
            </Button>
          </>
        }
      >
        {s.emptyBody}
      </EmptyState>
    );
  else
    body = (
      <>
        <ScriptSummary eventId={eventId} settings={script.settings} start={start} end={timing.end} over={over} />
        <div className="script-head" aria-hidden="true">
          <span />
          <span>{s.cols.time}</span>
          <span>{s.cols.content}</span>
          <span>{s.cols.performer}</span>
          <span>{s.cols.duration}</span>
          <span />
        </div>
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
            <ol className="script-list" aria-label={s.title} data-testid="script-list">
              {items.map((item, i) => {
                const d = item.performerDelegateId ? byId.get(item.performerDelegateId) : undefined;
                return (
                  <ScriptRow
                    key={item.id}
                    item={item}
                    time={times.get(item.id)!}
                    performer={d ? performerLabel(d) : item.performerText}
                    index={i}
                    count={items.length}
                    onOpen={(x) => setOpen(x.id)}
                    onMove={(x, by) => move(x, i + by)}
                  />
                );
              })}
            </ol>
          </SortableContext>
        </DndContext>
        <div className="script-foot">
          <Button icon={<PlusIcon />} onClick={() => void add(items.at(-1)?.id ?? null)} data-testid="script-add">
            {s.addItem}
          </Button>
        </div>
        <p className="sr-only" aria-live="polite">
          {said}
        </p>
      </>
    );

  return (
    <main className="page script-page" data-testid="script-screen">
      <PageHead
        title={s.title}
        subtitle={s.subtitle}
        tight
        actions={
          script && (
            <>
              <Button variant="ghost" onClick={() => setDialog('template')} data-testid="script-template-open">
                {s.fromTemplate}
              </Button>
              {items.length > 0 && (
                <Button variant="ghost" onClick={() => setDialog('save')} data-testid="script-save-template">
                  {s.saveTemplate}
                </Button>
              )}
              {items.length > 0 && <ScriptPrintMenu eventId={eventId} />}
              {items.length > 0 && <LiveButton eventId={eventId} />}
              <Button onClick={() => setDialog('intro')} data-testid="script-intro-settings">
                {s.introSettingsButton}
              </Button>
            </>
          )
        }
      />
      {body}
      {openItem && <ItemPanel key={openItem.id} item={openItem} onClose={() => setOpen(null)} />}
      {dialog === 'template' && <TemplateDialog eventId={eventId} hasItems={items.length > 0} onClose={() => setDialog(null)} />}
      {dialog === 'save' && <SaveTemplateDialog eventId={eventId} onClose={() => setDialog(null)} />}
      {dialog === 'intro' && script && <IntroSettingsDialog eventId={eventId} script={script} onClose={() => setDialog(null)} />}
    </main>
  );
}

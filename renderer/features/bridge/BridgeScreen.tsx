import { useEffect } from 'react';
import { boardHash } from '../../app/route';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { openPrint } from '../../print/printStore';
import { PrintMenu } from '../../print/PrintMenu';
import { BoardPrint } from '../../print/bridge/BoardPrint';
import { PointSheetPrint } from '../../print/bridge/PointSheetPrint';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PlusIcon } from '../../ui/icons';
import { LoadError } from '../../ui/LoadError';
import { PageHead } from '../../ui/PageHead';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useBridge } from './bridgeStore';
import { PointDetail } from './PointDetail';
import { PointForm } from './PointForm';

/** Điểm cầu: the event's points on the left, the open one (or its form) on the right. */
export function BridgeScreen({ eventId }: { eventId: string }) {
  const tr = useT();
  const b = tr.bridge;
  const s = useBridge();

  useEffect(() => {
    void useBridge.getState().load(eventId);
  }, [eventId]);

  const generate = async () => {
    try {
      const { created } = await call('bridgeTests.generate', { eventId });
      notifySuccess((t) => t.bridge.generated(created.length));
      await useBridge.getState().refresh();
    } catch (e) {
      notifyError(e);
    }
  };
  const open = s.points.find((p) => p.id === s.openId) ?? null;
  const prints = [
    ...(open
      ? [
          {
            key: 'sheet',
            label: b.printSheet,
            hint: b.printSheetHint,
            open: () =>
              openPrint({ title: `${b.printSheet}: ${open.name}`, fileName: `${b.printSheet} ${open.name}`, view: <PointSheetPrint pointId={open.id} /> }),
          },
        ]
      : []),
    {
      key: 'board',
      label: b.printBoard,
      hint: b.printBoardHint,
      open: () => openPrint({ title: b.printBoard, fileName: b.printBoard, view: <BoardPrint eventId={eventId} /> }),
    },
  ];

  return (
    <main className="page bridge-page" data-testid="bridge-screen">
      <PageHead
        title={b.title}
        subtitle={b.subtitle}
        actions={
          <>
            <Button icon={<PlusIcon />} onClick={() => void s.open('new')} data-testid="bridge-add">
              {b.add}
            </Button>
            <Button onClick={() => void generate()} disabled={s.points.length === 0} data-testid="bridge-generate">
              {b.generate}
            </Button>
            <Button variant="primary" onClick={() => (window.location.hash = boardHash(eventId))} data-testid="bridge-board">
              {b.board}
            </Button>
            <PrintMenu label={b.print} items={prints} testId="bridge-print" />
          </>
        }
      />
      {s.status === 'error' ? (
        <LoadError error={s.error} onRetry={() => void s.load(eventId)} testId="bridge-error" />
      ) : (
        <div className="bridge-layout">
          <nav className="bridge-list" aria-label={b.nav}>
            {s.points.length === 0 && s.status === 'ready' && <EmptyState title={b.none}>{b.noneHint}</EmptyState>}
            <ul>
              {s.points.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className={`bridge-item${p.id === s.openId ? ' is-on' : ''}`}
                    aria-current={p.id === s.openId ? 'true' : undefined}
                    onClick={() => void s.open(p.id)}
                    data-testid="bridge-item"
                  >
                    <span className="bridge-item-name">{p.name}</span>
                    <span className="muted">{p.isMain ? b.main : (p.hostUnit ?? b.remote)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="bridge-pane">
            {s.openId === 'new' && <PointForm key="new" eventId={eventId} point={null} />}
            {open && s.editing && <PointForm key={open.id} eventId={eventId} point={open} />}
            {open && !s.editing && s.detail?.point.id === open.id && <PointDetail eventId={eventId} detail={s.detail} />}
          </div>
        </div>
      )}
    </main>
  );
}

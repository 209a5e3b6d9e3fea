import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, call } from '../api/client';
import { useLanguage, useT } from '../i18n';
import { Button } from '../ui/Button';
import { downloadBytes, safeFileName, toBase64 } from '../ui/download';
import { usePrint } from './printStore';

/** A paper size in millimetres, as it lies on the printer (landscape: the wider side first). */
export interface PaperSize {
  width: number;
  height: number;
}

const PX_PER_MM = 96 / 25.4;

/**
 * A print view's frame: its options beside, its pages as they will print (scaled to the screen),
 * and the one button that makes the PDF. The @page rule is this job's: Electron's printToPDF takes
 * the size from it (preferCSSPageSize), and so do the browser's print and Playwright's page.pdf().
 */
export function PrintSheet({
  paper,
  options,
  children,
  ready = true,
  canPrint = true,
  onPrinted,
  makePdf,
}: {
  paper: PaperSize;
  options: ReactNode;
  children: ReactNode;
  ready?: boolean;
  /** False while something stops the export (a letter the font lacks): the options say what. */
  canPrint?: boolean;
  /** After the PDF is saved (or the browser's print dialog closed): what was printed is recorded. */
  onPrinted?: () => Promise<void>;
  /**
   * A view that writes its own PDF (the badges): the bytes, with the sheets done so far, instead of
   * Chromium's printer. It may be cancelled: nothing is saved or recorded then.
   */
  makePdf?: (onProgress: (done: number, total: number) => void, signal: AbortSignal) => Promise<Uint8Array>;
}) {
  const tr = useT();
  const t = tr.print;
  const lang = useLanguage((s) => s.lang);
  const job = usePrint((s) => s.job);
  const stage = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(0.5);
  const [state, setState] = useState<{ busy: boolean; saved: string | null; error: string | null }>({ busy: false, saved: null, error: null });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => () => running.current?.abort(), []);

  // Pages shown whole across the preview's width, never larger than life.
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const fit = () => setZoom(Math.min(1, (el.clientWidth - 48) / (paper.width * PX_PER_MM)));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, [paper.width]);

  useEffect(() => setState((s) => ({ ...s, saved: null, error: null })), [paper.width, paper.height]);

  const saveMade = async (make: NonNullable<typeof makePdf>) => {
    const ctl = new AbortController();
    running.current = ctl;
    setProgress({ done: 0, total: 0 });
    let pdf: Uint8Array;
    try {
      pdf = await make((done, total) => setProgress({ done, total }), ctl.signal);
    } finally {
      // Made (or failed): from here Cancel could no longer be honoured, so it goes.
      running.current = null;
      setProgress(null);
      actions.current?.querySelector<HTMLButtonElement>('[data-testid="print-save"]')?.focus();
    }
    {
      const name = job?.fileName ?? 'Hoi-Nghi';
      let file: string | null = null;
      if (window.api) file = (await call('print.savePdfData', { suggestedName: name, dataBase64: toBase64(pdf) })).file;
      else downloadBytes(`${safeFileName(name)}.pdf`, 'application/pdf', pdf);
      if ((file || !window.api) && onPrinted) await onPrinted();
      setState({ busy: false, saved: file, error: null });
    }
  };

  const print = async () => {
    setState({ busy: true, saved: null, error: null });
    try {
      // A face still loading would print in the fallback font.
      await document.fonts.ready;
      if (makePdf) await saveMade(makePdf);
      else if (window.api) {
        const { file } = await call('print.savePdf', { suggestedName: job?.fileName ?? 'Hoi-Nghi' });
        if (file && onPrinted) await onPrinted();
        setState({ busy: false, saved: file, error: null });
      } else {
        // The preview in a browser: its own print dialog, which can save a PDF too.
        window.print();
        if (onPrinted) await onPrinted();
        setState({ busy: false, saved: null, error: null });
      }
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setState({ busy: false, saved: null, error: null });
      else {
        console.error(e);
        setState({ busy: false, saved: null, error: e instanceof ApiError ? e.error.message[lang] : tr.errors.unexpected });
      }
    }
  };

  return (
    <div className="print-body">
      <style>{`@page { size: ${paper.width}mm ${paper.height}mm; margin: 0; }`}</style>
      <aside className="print-side" aria-label={t.options}>
        <div className="print-options">{options}</div>
        <div className="print-actions" ref={actions}>
          <Button variant="primary" onClick={() => void print()} busy={state.busy} disabled={!ready || !canPrint} data-testid="print-save">
            {window.api ? t.savePdf : t.printOrSave}
          </Button>
          {progress && (
            <div className="print-progress" data-testid="print-progress">
              <progress max={progress.total || 1} value={progress.done} aria-label={t.preparing} />
              <span aria-hidden="true">{progress.total ? t.making(progress.done, progress.total) : t.preparing}</span>
              {/* Read out at the start and at each tenth, not at every one of hundreds of sheets. */}
              <span className="sr-only" role="status">
                {progress.total ? t.making(spokenDone(progress.done, progress.total), progress.total) : t.preparing}
              </span>
              <Button size="sm" variant="ghost" onClick={() => running.current?.abort()} data-testid="print-cancel">
                {t.cancel}
              </Button>
            </div>
          )}
          {state.saved && (
            <p className="print-note" role="status" data-testid="print-saved">
              {t.saved(state.saved)}
            </p>
          )}
          {state.error && (
            <p className="print-note print-error" role="alert">
              {state.error}
            </p>
          )}
        </div>
      </aside>
      <div className="print-stage" ref={stage}>
        {ready ? (
          <div className="print-pages" style={{ zoom }} data-testid="print-pages">
            {children}
          </div>
        ) : (
          <p className="loading-line">
            <span className="spinner" /> {tr.common.loading}
          </p>
        )}
      </div>
    </div>
  );
}

/** The sheets done as a screen reader is told them: rounded down to a tenth of the run. */
function spokenDone(done: number, total: number): number {
  const step = Math.max(1, Math.ceil(total / 10));
  return done >= total ? total : Math.floor(done / step) * step;
}

/** One sheet of paper, its size in mm; what is drawn on it stays on it. */
export function PrintPage({ paper, children, className }: { paper: PaperSize; children: ReactNode; className?: string }) {
  return (
    <section className={`print-page${className ? ` ${className}` : ''}`} style={{ width: `${paper.width}mm`, height: `${paper.height}mm` }}>
      {children}
    </section>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { PrintPage, type PaperSize } from '../PrintSheet';

/**
 * A sheet of the print preview drawn only once it comes near the screen: hundreds of sheets of
 * badges open at once, and the PDF is written apart (badge-pdf.ts) from the same operations.
 */
export function LazySheet({ paper, children, eager = false }: { paper: PaperSize; children: () => ReactNode; eager?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(eager);
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    // The sheets scroll inside the print stage, not the window: it is the root, or the margin would be clipped away.
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), {
      root: el.closest('.print-stage'),
      rootMargin: '800px 0px',
    });
    io.observe(el);
    return () => io.disconnect();
  }, [seen]);
  return (
    <div ref={ref} className="badge-sheet-slot" data-drawn={seen}>
      <PrintPage paper={paper} className="badge-sheet">
        {seen && children()}
      </PrintPage>
    </div>
  );
}

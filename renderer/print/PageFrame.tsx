import type { ReactNode } from 'react';
import { useT } from '../i18n';

export interface PageHeading {
  /** The print's own name, in capitals ("SƠ ĐỒ CHỖ NGỒI"). */
  title: string;
  event: string;
  /** What the pages are of (the plan), and which way round where that applies. */
  subject: string;
  viewpoint?: string;
  printedAt: string;
}

/** The lines every page of a report carries: the event, what it shows and how, when printed, which page. */
export function PageFrame({ heading, page, pages, children }: { heading: PageHeading; page: number; pages: number; children: ReactNode }) {
  const t = useT().print;
  return (
    <div className="pf">
      <header className="pf-head">
        <div className="pf-event">{heading.event}</div>
        <div className="pf-title">{heading.title}</div>
        <div className="pf-subject">
          {heading.subject}
          {heading.viewpoint && (
            <>
              {' · '}
              <strong className="pf-viewpoint">{heading.viewpoint}</strong>
            </>
          )}
        </div>
      </header>
      <div className="pf-body">{children}</div>
      <footer className="pf-foot">
        <span>{t.printedAt(heading.printedAt)}</span>
        <span>{t.page(page, pages)}</span>
      </footer>
    </div>
  );
}

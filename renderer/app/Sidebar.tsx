import type { ReactNode } from 'react';
import { useDelegates } from '../features/delegates/delegatesStore';
import { useOpenEvent } from '../features/events/eventsStore';
import { useLanguage, useT } from '../i18n';
import { formatNumber } from '../i18n/format';
import { AwardIcon, CalendarIcon, CheckIcon, DownloadIcon, ListIcon, OverviewIcon, PeopleIcon, RankIcon, ScriptIcon, SeatIcon, UndoIcon } from '../ui/icons';
import { useUi, type Section } from './store';

function NavItem({ section, icon, children, badge }: { section: Section; icon: ReactNode; children: ReactNode; badge?: string | undefined }) {
  const current = useUi((s) => s.section);
  const go = useUi((s) => s.go);
  const on = current === section;
  return (
    <li>
      <button
        type="button"
        className={`nav-item${on ? ' is-on' : ''}`}
        aria-current={on ? 'page' : undefined}
        onClick={() => go(section)}
        data-testid={`nav-${section}`}
      >
        {icon}
        <span className="nav-text">{children}</span>
        {badge && <span className="nav-badge tabular">{badge}</span>}
      </button>
    </li>
  );
}

/** The way around: all events, and the sections of the open one (only screens that exist). */
export function Sidebar() {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const event = useOpenEvent();
  const delegateCount = useDelegates((s) => (s.status === 'ready' && s.eventId === event?.id ? s.delegates.length : null));
  return (
    <nav className="sidebar" aria-label={tr.nav.label}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="16" height="16">
            <path fill="currentColor" d="m12 3.2 2.47 5.6 6.08.55-4.6 4.03 1.36 5.96L12 16.2l-5.31 3.14 1.36-5.96-4.6-4.03 6.08-.55z" />
          </svg>
        </span>
        <span className="brand-name">{tr.app.name}</span>
      </div>
      <ul className="nav-list">
        <NavItem section="events" icon={<ListIcon />}>
          {tr.nav.events}
        </NavItem>
        <NavItem section="backups" icon={<DownloadIcon />}>
          {tr.backups.nav}
        </NavItem>
      </ul>
      {event && (
        <>
          <p className="nav-group" id="nav-event-group">
            {tr.nav.eventSections}
          </p>
          <p className="nav-event-name" title={event.name}>
            {event.name}
          </p>
          <ul className="nav-list" aria-labelledby="nav-event-group">
            <NavItem section="overview" icon={<OverviewIcon />}>
              {tr.nav.overview}
            </NavItem>
            <NavItem section="delegates" icon={<PeopleIcon />} badge={delegateCount === null ? undefined : formatNumber(delegateCount, lang)}>
              {tr.nav.delegates}
            </NavItem>
            <NavItem section="precedence" icon={<RankIcon />}>
              {tr.nav.precedence}
            </NavItem>
            <NavItem section="seating" icon={<SeatIcon />}>
              {tr.nav.seating}
            </NavItem>
            <NavItem section="script" icon={<ScriptIcon />}>
              {tr.script.nav}
            </NavItem>
            <NavItem section="awards" icon={<AwardIcon />}>
              {tr.nav.awards}
            </NavItem>
            <NavItem section="badges" icon={<ListIcon />}>
              {tr.badges.nav}
            </NavItem>
            <NavItem section="checkin" icon={<CheckIcon />}>
              {tr.checkin.nav}
            </NavItem>
            <NavItem section="bridge" icon={<OverviewIcon />}>
              {tr.bridge.nav}
            </NavItem>
            <NavItem section="checklist" icon={<CalendarIcon />}>
              {tr.checklist.nav}
            </NavItem>
            <NavItem section="history" icon={<UndoIcon />}>
              {tr.nav.history}
            </NavItem>
          </ul>
        </>
      )}
    </nav>
  );
}

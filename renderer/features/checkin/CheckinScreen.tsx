import { useEffect, useRef } from 'react';
import { builtinCategoryNames } from '../../../shared/categories';
import { DEFAULT_SENIOR_LEVEL, seniorChoices } from '../../../shared/checkin/senior';
import type { CheckinPerson, CountLine } from '../../../shared/contract/checkin';
import { statusLabels } from '../../../shared/export-labels';
import { placesText } from '../../../shared/seating/seat-label';
import { call } from '../../api/client';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { downloadBase64 } from '../../ui/download';
import { DownloadIcon, UndoIcon } from '../../ui/icons';
import { LoadError } from '../../ui/LoadError';
import { PageHead } from '../../ui/PageHead';
import { notifyError, notifySuccess } from '../../ui/toast';
import { useCheckin } from './checkinStore';
import { DesksPanel } from './DesksPanel';
import { JoinBar, JoinPanel } from './JoinPanel';
import { useJoin } from './joinStore';
import { useDesks } from './desksStore';

type Lang = 'vi' | 'en';

const categoryOf = (p: Pick<CheckinPerson, 'categoryCode' | 'categoryLabel'>, lang: Lang) =>
  p.categoryCode ? builtinCategoryNames[p.categoryCode][lang] : (p.categoryLabel ?? '');

async function exportList(eventId: string, language: Lang) {
  try {
    const file = await call('checkin.export', { eventId, language });
    downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    notifySuccess((t) => t.checkin.exported(file.fileName));
  } catch (e) {
    notifyError(e);
  }
}

/**
 * The check-in desk: one input for typing and for a USB scanner, the delegate shown big, the live
 * counts. The same screen is a paired desk's whole page on the venue's network (`desk`): no export,
 * no opening to other desks, and scanning off while the host is lost.
 */
export function CheckinScreen({ eventId: own, desk }: { eventId: string; desk?: { disabled: boolean } }) {
  const tr = useT();
  // As a desk of a host (Làm bàn phụ), the host's event: the same id as in this laptop's copy.
  const joined = useJoin((s) => (s.joined?.joined ? s.joined : null));
  const lostHost = useJoin((s) => s.via === 'host' && s.joined?.joined === true && !s.joined.reachable);
  const hosting = useDesks((s) => s.state?.open ?? false);
  const eventId = joined?.event?.id ?? own;
  const stopped = useJoin((s) => s.stopped !== null);
  const off = !!desk?.disabled || lostHost || stopped;
  const lang = useLanguage((s) => s.lang);
  const s = useCheckin();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    useCheckin.getState().open(eventId);
    input.current?.focus();
  }, [eventId]);

  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      s.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void s.enter();
    }
  };

  return (
    <main className="page checkin-page" data-testid="checkin-screen">
      <PageHead
        title={tr.checkin.title}
        subtitle={tr.checkin.subtitle}
        actions={
          !desk &&
          !joined && (
            <Button icon={<DownloadIcon />} onClick={() => void exportList(eventId, lang)} data-testid="checkin-export">
              {tr.checkin.exportXlsx}
            </Button>
          )
        }
      />
      <div className="checkin-layout">
        <section className="checkin-desk">
          {!desk && <JoinBar />}
          <label className="checkin-label" htmlFor="checkin-input">
            {tr.checkin.inputLabel}
          </label>
          <input
            id="checkin-input"
            ref={input}
            className="input checkin-input"
            data-testid="checkin-input"
            autoComplete="off"
            spellCheck={false}
            placeholder={tr.checkin.inputPlaceholder}
            value={s.text}
            onChange={(e) => s.type(e.target.value)}
            onKeyDown={onKey}
            disabled={off}
            role="combobox"
            aria-expanded={s.results.length > 0}
            aria-controls="checkin-results"
            aria-activedescendant={s.results[s.active] ? `checkin-r-${s.results[s.active]!.id}` : undefined}
          />
          {s.text.trim() !== '' && s.results.length === 0 && !s.busy && <p className="muted">{tr.checkin.noMatch}</p>}
          {s.results.length > 0 && (
            <ul id="checkin-results" className="checkin-results" role="listbox" aria-label={tr.checkin.results} data-testid="checkin-results">
              {s.results.map((p, i) => (
                <li
                  key={p.id}
                  id={`checkin-r-${p.id}`}
                  role="option"
                  aria-selected={i === s.active}
                  className={i === s.active ? 'checkin-result active' : 'checkin-result'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => void s.checkIn({ delegateId: p.id })}
                >
                  <span className="checkin-result-name">{p.fullName}</span>
                  <span className="muted">{[p.title, p.organization].filter(Boolean).join(' – ')}</span>
                  {p.checkIn && <span className="checkin-tag">✓</span>}
                </li>
              ))}
              {s.more && <li className="muted checkin-more">{tr.checkin.more}</li>}
            </ul>
          )}
          <div aria-live="assertive" aria-atomic="true" className="checkin-live" data-testid="checkin-notice">
            {s.notice?.kind === 'already' && (
              <div className="checkin-notice checkin-notice-warn">
                <strong>{tr.checkin.alreadyTitle}</strong>
                <span>{s.notice.message[lang]}</span>
              </div>
            )}
            {s.notice?.kind === 'refused' && (
              <div className="checkin-notice checkin-notice-bad">
                <strong>{tr.checkin.refusedTitle}</strong>
                <span>{s.notice.message[lang]}</span>
              </div>
            )}
            {s.notice?.kind === 'ok' && s.shown && <div className="checkin-notice checkin-notice-ok">{tr.checkin.checkedInOk(s.shown.fullName)}</div>}
            {s.notice?.kind === 'undone' && s.shown && <div className="checkin-notice">{tr.checkin.undone(s.shown.fullName)}</div>}
          </div>
          {s.shown && <PersonCard person={s.shown} lang={lang} busy={s.busy} off={off} />}
        </section>
        <aside className="checkin-side">
          {!desk && !joined && <DesksPanel eventId={eventId} />}
          {!desk && !joined && !hosting && <JoinPanel />}
          {s.statusError ? (
            <LoadError error={s.statusError} onRetry={() => void s.loadStatus()} testId="checkin-status-error" />
          ) : (
            s.status && <StatusPanel lang={lang} ownEvent={!desk && !joined} />
          )}
        </aside>
      </div>
    </main>
  );
}

function PersonCard({ person: p, lang, busy, off }: { person: CheckinPerson; lang: Lang; busy: boolean; off: boolean }) {
  const tr = useT();
  const s = useCheckin();
  const seat = placesText(p.seats, lang);
  return (
    <article
      className={p.checkIn ? 'checkin-card in' : 'checkin-card'}
      data-testid="checkin-person"
      data-delegate-id={p.id}
      data-state={p.checkIn ? 'checked-in' : 'not-yet'}
    >
      <h2 className="checkin-name">{p.fullName}</h2>
      {p.title && <p className="checkin-title">{p.title}</p>}
      <dl className="checkin-facts">
        <dt>{tr.checkin.unit}</dt>
        <dd>{p.organization ?? '—'}</dd>
        <dt>{tr.checkin.category}</dt>
        <dd>{categoryOf(p, lang)}</dd>
        <dt>{tr.checkin.bridgePoint}</dt>
        <dd>{p.bridgePointName ?? tr.checkin.mainHall}</dd>
        <dt>{tr.checkin.seat}</dt>
        <dd className={seat ? 'checkin-seat' : 'muted'} data-testid="checkin-seat">
          {seat ?? tr.checkin.noSeat}
        </dd>
      </dl>
      <div className="checkin-card-foot">
        {p.checkIn ? (
          <>
            <span className="checkin-when" data-testid="checkin-when">
              {tr.checkin.checkedAt(formatDateTime(p.checkIn.checkedAt, lang), p.checkIn.desk)} ·{' '}
              {p.checkIn.method === 'scan' ? tr.checkin.byScan : tr.checkin.bySearch}
            </span>
            <Button icon={<UndoIcon />} busy={busy} disabled={off} onClick={() => void s.undo(p.id)} data-testid="checkin-undo">
              {tr.checkin.undo}
            </Button>
          </>
        ) : (
          <>
            <span className="muted">{tr.checkin.notYet}</span>
            <Button variant="primary" busy={busy} disabled={off} onClick={() => void s.checkIn({ delegateId: p.id })} data-testid="checkin-do">
              {tr.checkin.checkIn}
            </Button>
          </>
        )}
      </div>
    </article>
  );
}

function Lines({ title, lines, name, testId }: { title: string; lines: CountLine[]; name(l: CountLine): string; testId: string }) {
  const lang = useLanguage((s) => s.lang);
  return (
    <section className="checkin-counts" data-testid={testId}>
      <h3>{title}</h3>
      <table>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <th scope="row">{name(l)}</th>
              <td>
                {formatNumber(l.checkedIn, lang)}/{formatNumber(l.expected, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StatusPanel({ lang, ownEvent }: { lang: Lang; ownEvent: boolean }) {
  const tr = useT();
  const status = useCheckin((s) => s.status)!;
  const busy = useCheckin((s) => s.busy);
  return (
    <>
      <p className="checkin-total" data-testid="checkin-total">
        {tr.checkin.arrived(status.checkedIn, status.expected)}
      </p>
      <section className="checkin-counts" data-testid="checkin-seniors">
        <h3>{tr.checkin.seniors}</h3>
        {ownEvent && (
          <label className="checkin-senior-cut">
            <span className="muted">{tr.checkin.seniorCut}</span>
            <select
              className="input"
              value={status.seniorLevel}
              disabled={busy}
              onChange={(e) => void useCheckin.getState().setSeniorLevel(Number(e.target.value))}
              data-testid="checkin-senior-cut"
            >
              {seniorChoices(status.seniorLevel).map((c) => (
                <option key={c.level} value={c.level}>
                  {c.level === DEFAULT_SENIOR_LEVEL ? `${tr.checkin.seniorCutStandard} · ` : ''}
                  {c[lang]}
                </option>
              ))}
            </select>
          </label>
        )}
        {status.seniorsAbsent.length === 0 ? (
          <p className="muted">{tr.checkin.seniorsNone}</p>
        ) : (
          <ol className="checkin-seniors">
            {status.seniorsAbsent.map((p) => (
              <li key={p.id}>
                <strong>{p.fullName}</strong>
                {p.title && <span className="muted"> · {p.title}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <Lines
        title={tr.checkin.byCategory}
        lines={status.byCategory.filter((l) => l.expected || l.checkedIn)}
        name={(l) => categoryOf({ categoryCode: l.code as CheckinPerson['categoryCode'], categoryLabel: l.label }, lang)}
        testId="checkin-by-category"
      />
      <Lines title={tr.checkin.byBridgePoint} lines={status.byBridgePoint} name={(l) => l.label ?? tr.checkin.mainHall} testId="checkin-by-point" />
      <Lines
        title={tr.checkin.byStatus}
        lines={status.byStatus}
        name={(l) => statusLabels[l.key as keyof typeof statusLabels][lang]}
        testId="checkin-by-status"
      />
      {status.recent.length > 0 && (
        <section className="checkin-counts">
          <h3>{tr.checkin.recent}</h3>
          <ul className="checkin-seniors">
            {status.recent.map((p) => (
              <li key={p.id}>{p.fullName}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

import { useEffect, useMemo, useState } from 'react';
import type { Checklist } from '../../../shared/contract/checklist';
import type { EventRecord } from '../../../shared/contract/events';
import { ApiError, call } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

export interface ChecklistPrintData {
  event: EventRecord;
  checklist: Checklist;
  printedAt: string;
  /** When it was read: what "overdue" is measured against on paper. */
  at: Date;
}

/** The event and its checklist as the main process answers them, read once per print. */
export function useChecklistPrint(eventId: string): { data: ChecklistPrintData | null; error: string | null } {
  const tr = useT();
  const lang = useLanguage((s) => s.lang);
  const [got, setGot] = useState<Omit<ChecklistPrintData, 'printedAt'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([call('events.get', { id: eventId }), call('checklist.list', { eventId })]).then(
      ([event, checklist]) => live && setGot({ event, checklist, at: new Date() }),
      (e: unknown) => live && setError(e instanceof ApiError ? e.error.message[lang] : tr.errors.unexpected),
    );
    return () => {
      live = false;
    };
  }, [eventId]);
  // One object per answer: the views measure their rows again whenever it changes.
  const data = useMemo(() => (got ? { ...got, printedAt: formatDateTime(got.at.toISOString(), lang) } : null), [got, lang]);
  return { data, error };
}

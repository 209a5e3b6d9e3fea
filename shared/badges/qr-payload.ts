/**
 * What a badge's QR code holds (issue 10): the event's id, the delegate's and the badge's issue
 * number, so the door refuses another event's badge and a badge replaced by a reprint. Short
 * enough for a small code a USB scanner reads in one pass, and typed by the scanner as text
 * followed by Enter (so only characters every keyboard layout types the same way).
 *
 *   HN1.<eventId>.<delegateId>.<issue>
 */
const PREFIX = 'HN1';

export interface BadgeCode {
  eventId: string;
  delegateId: string;
  issue: number;
}

export function badgeCode(c: BadgeCode): string {
  return `${PREFIX}.${c.eventId}.${c.delegateId}.${c.issue}`;
}

// Ids are UUIDs (hex and dashes); a scanner may add spaces or change case.
const CODE = /^HN1\.([0-9a-f-]{8,64})\.([0-9a-f-]{8,64})\.(\d{1,6})$/;

/** The code as scanned, or null when it is not one of ours (a typed name, another system's code). */
export function readBadgeCode(text: string): BadgeCode | null {
  const m = CODE.exec(text.trim().toLowerCase().replace(/^hn1/, 'HN1'));
  if (!m) return null;
  const issue = Number(m[3]);
  return issue >= 1 ? { eventId: m[1]!, delegateId: m[2]!, issue } : null;
}

export type CodeVerdict = 'ok' | 'other-event' | 'replaced' | 'not-issued';

/**
 * Whether the door lets a code in: it must be this event's, and the latest badge issued to the
 * delegate (a reprint makes the older one "thẻ đã được cấp lại"). `latestIssue`: null when no
 * badge was ever printed for them.
 */
export function judgeCode(code: BadgeCode, eventId: string, latestIssue: number | null): CodeVerdict {
  if (code.eventId !== eventId) return 'other-event';
  if (latestIssue === null || code.issue > latestIssue) return 'not-issued';
  return code.issue < latestIssue ? 'replaced' : 'ok';
}

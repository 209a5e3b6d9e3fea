import type { Delegate } from '../../../shared/contract/delegates';
import type { ItemKind, ScriptItem, ScriptItemPatch } from '../../../shared/contract/script';
import { clockText, parseClock } from '../../../shared/script/cascade';

/** An item as the panel edits it: text fields as typed, the performer as one line of text. */
export interface ItemDraft {
  kind: ItemKind;
  title: string;
  mcLines: string;
  performer: string;
  bridgePointId: string;
  cueSound: string;
  cueLight: string;
  cueScreen: string;
  cueCamera: string;
  durationMin: string;
  pinnedAt: string;
  buffer: boolean;
}

/** "Nguyễn Văn A — Bộ trưởng": how a delegate reads in the performer field and its suggestions. */
export const performerLabel = (d: Pick<Delegate, 'fullName' | 'title'>) => (d.title ? `${d.fullName} — ${d.title}` : d.fullName);

export function draftOf(item: ScriptItem, byId: ReadonlyMap<string, Delegate>): ItemDraft {
  const d = item.performerDelegateId ? byId.get(item.performerDelegateId) : undefined;
  return {
    kind: item.kind,
    title: item.title,
    mcLines: item.mcLines ?? '',
    performer: d ? performerLabel(d) : (item.performerText ?? ''),
    bridgePointId: item.bridgePointId ?? '',
    cueSound: item.cueSound ?? '',
    cueLight: item.cueLight ?? '',
    cueScreen: item.cueScreen ?? '',
    cueCamera: item.cueCamera ?? '',
    durationMin: String(item.durationMin),
    pinnedAt: item.pinnedAt === null ? '' : clockText(item.pinnedAt),
    buffer: item.buffer,
  };
}

const text = (s: string) => (s.trim() ? s : null);

/**
 * The patch the draft makes: the performer is a delegate when the text is one of theirs exactly,
 * else free text; numbers and times that cannot be read go as NaN for the main process to refuse
 * with its message (never silently dropped).
 */
export function patchOf(d: ItemDraft, byLabel: ReadonlyMap<string, string>): ScriptItemPatch {
  const delegateId = byLabel.get(d.performer.trim()) ?? null;
  const pinned = d.pinnedAt.trim() ? parseClock(d.pinnedAt) : null;
  return {
    kind: d.kind,
    title: d.title,
    mcLines: text(d.mcLines),
    performerDelegateId: delegateId,
    performerText: delegateId ? null : text(d.performer),
    bridgePointId: d.bridgePointId || null,
    cueSound: text(d.cueSound),
    cueLight: text(d.cueLight),
    cueScreen: text(d.cueScreen),
    cueCamera: text(d.cueCamera),
    durationMin: /^\s*\d+\s*$/.test(d.durationMin) ? Number(d.durationMin) : Number.NaN,
    pinnedAt: d.pinnedAt.trim() && pinned === null ? Number.NaN : pinned,
    buffer: d.buffer,
  };
}

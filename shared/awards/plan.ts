import type { AwardBatch, AwardKind, AwardPresenter, AwardRecipient, BatchEntry, PresenterRef } from '../contract/awards';
import { intoBatches } from './batches';
import { assignPresenters } from './presenters';
import { batchLines, batchTitle } from './wording';

export interface PlanPerson {
  fullName: string;
  title: string | null;
  organization: string | null;
}

export interface PlanInput {
  /** In order from the highest award. */
  kinds: readonly AwardKind[];
  /** Kind by kind, in the decision's order. */
  recipients: readonly AwardRecipient[];
  presenters: readonly AwardPresenter[];
  /** The event's delegates by id: a linked recipient reads as the delegate now is. */
  people: ReadonlyMap<string, PlanPerson>;
  /** Where each delegate sits ("B-12"), for the ushers. */
  seats: ReadonlyMap<string, string>;
  /** Who may present, most senior first. */
  pool: readonly PresenterRef[];
}

/** A recipient as read now: a linked delegate's current name and title, else what was written. */
function entryOf(r: AwardRecipient, people: ReadonlyMap<string, PlanPerson>, seats: ReadonlyMap<string, string>): BatchEntry {
  const d = r.delegateId ? people.get(r.delegateId) : undefined;
  const collective = r.recipientKind === 'collective';
  return {
    recipientId: r.id,
    collective,
    name: d?.fullName ?? r.fullName,
    title: r.title ?? d?.title ?? null,
    unit: collective ? r.unit : (r.unit ?? d?.organization ?? null),
    seat: r.delegateId ? (seats.get(r.delegateId) ?? null) : null,
  };
}

/**
 * The batches of every kind from the highest award down, each with its presenter (chosen by hand,
 * else by precedence across all the batches, so no one presents two in a row) and its MC's lines.
 */
export function planBatches(input: PlanInput): AwardBatch[] {
  const byKind = new Map<string, AwardRecipient[]>();
  for (const r of input.recipients) byKind.set(r.kindId, [...(byKind.get(r.kindId) ?? []), r]);
  const chosen = new Map(input.presenters.map((p) => [`${p.kindId}|${p.batchIndex}`, p.delegateId]));
  const cut = input.kinds.flatMap((kind) => {
    const batches = intoBatches(byKind.get(kind.id) ?? [], kind.batchSize);
    return batches.map((list, index) => ({ kind, index, of: batches.length, list }));
  });
  const ids = assignPresenters(
    cut.map((b) => ({
      chosen: chosen.get(`${b.kind.id}|${b.index}`) ?? null,
      receiving: new Set(b.list.flatMap((r) => (r.delegateId ? [r.delegateId] : []))),
    })),
    input.pool.map((p) => p.delegateId),
  );
  const poolById = new Map(input.pool.map((p) => [p.delegateId, p]));
  return cut.map((b, i) => {
    const id = ids[i] ?? null;
    const person = id ? input.people.get(id) : undefined;
    const presenter: PresenterRef | null = id
      ? (poolById.get(id) ?? (person ? { delegateId: id, fullName: person.fullName, title: person.title } : null))
      : null;
    const entries = b.list.map((r) => entryOf(r, input.people, input.seats));
    return {
      kindId: b.kind.id,
      index: b.index,
      of: b.of,
      entries,
      presenter,
      chosen: chosen.has(`${b.kind.id}|${b.index}`),
      title: batchTitle(b.kind.name, b.index, b.of),
      lines: batchLines(
        b.kind.name,
        entries,
        presenter && { name: presenter.fullName, title: presenter.title, organization: input.people.get(presenter.delegateId)?.organization ?? null },
      ),
    };
  });
}

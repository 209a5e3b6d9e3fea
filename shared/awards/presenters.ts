/** One batch as presenters are chosen for it. */
export interface PresenterSlot {
  /** The delegate the organizer chose by hand for this batch, if any: always kept, even twice in a row. */
  chosen: string | null;
  /** Delegates on stage to receive in this batch (a person, a collective's leader): never its presenter. */
  receiving: ReadonlySet<string>;
}

/**
 * Presenters for the batches in the order they go on stage (from the highest award down), from the
 * pool in order of precedence: the most senior presents the first batch, the next one the next, and
 * so on round the pool again when there are more batches than people. A batch chosen by hand keeps
 * its choice; a batch chosen here never has the presenter of the batch before it or of a chosen
 * batch after it, nor one of its own recipients. When nobody fits (a pool of one, twice in a row)
 * it gets none (null), for the organizer to choose: repeating would break the rule silently.
 */
export function assignPresenters(slots: readonly PresenterSlot[], pool: readonly string[]): (string | null)[] {
  const out: (string | null)[] = [];
  let next = 0;
  for (const [i, slot] of slots.entries()) {
    if (slot.chosen) {
      out.push(slot.chosen);
      continue;
    }
    const before = out[i - 1] ?? null;
    const after = slots[i + 1]?.chosen ?? null;
    let picked: string | null = null;
    for (let k = 0; k < pool.length; k++) {
      const at = (next + k) % pool.length;
      const who = pool[at]!;
      if (who === before || who === after || slot.receiving.has(who)) continue;
      picked = who;
      next = (at + 1) % pool.length;
      break;
    }
    out.push(picked);
  }
  return out;
}

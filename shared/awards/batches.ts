/**
 * How a kind's recipients are called on stage: in batches of at most the chosen size (5 to 10), in
 * the decision's order. The batches are made as even as they can be (the first ones one larger)
 * rather than full batches and a remainder: 11 recipients in batches of 10 go up as 6 and 5, not as
 * 10 and a lone 1, whom the stage and the photo would make absurd. No batch is ever larger than the
 * size chosen (the stage has that many places), and they differ by one at most.
 */
export function batchSizes(count: number, size: number): number[] {
  if (count <= 0) return [];
  const per = Math.max(1, Math.floor(size));
  const batches = Math.ceil(count / per);
  const base = Math.floor(count / batches);
  const larger = count % batches;
  return Array.from({ length: batches }, (_, i) => base + (i < larger ? 1 : 0));
}

/** The items cut into batches of `batchSizes`, keeping their order. */
export function intoBatches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const n of batchSizes(items.length, size)) {
    out.push(items.slice(at, at + n));
    at += n;
  }
  return out;
}

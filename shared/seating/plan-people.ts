/**
 * Who a plan seats: a remote bridge point's plan, that point's delegates; the main hall, everyone
 * else (the main point's, and those of remote points that have no plan of their own).
 */
export function belongsToPlan(plan: { bridgePointId: string | null }, pointsWithPlans: ReadonlySet<string | null>): (bridgePointId: string | null) => boolean {
  return (bp) => (plan.bridgePointId ? bp === plan.bridgePointId : bp === null || !pointsWithPlans.has(bp));
}

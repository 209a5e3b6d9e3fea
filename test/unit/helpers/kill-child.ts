// The child of the kill tests: opens the data file and runs the operation a plan file names
// through dispatch, with small confirmed writes before and after it. Every line is written
// synchronously, so what the parent reads was said before the kill:
//   OK <id>     a marker delegate whose create was answered (it must survive the kill)
//   START       the operation is called now
//   DONE <ms>   it answered, successfully, after <ms>
// Then it keeps writing markers until it is killed (or, measuring, exits after a few).
import fs from 'node:fs';
import { openStore } from '../../../db/connection';
import { dispatch } from '../../../electron/main/dispatch';

export interface KillPlan {
  /** The contract call that is the operation under test, and its input. */
  call: string;
  input: unknown;
  /** The event the markers are written to (not the operation's, so they never mix with its counts). */
  markerEventId: string;
  markerCategoryId: string;
  markersBefore: number;
  /** Exit after the operation and this many markers instead of waiting for the kill. */
  measure?: boolean;
}

async function main() {
  const [file, planFile] = process.argv.slice(2);
  const plan = JSON.parse(fs.readFileSync(planFile!, 'utf8')) as KillPlan;
  const store = await openStore(file!);
  const ctx = { store, appVersion: 'kill-test', laptop: 'Máy kiểm thử' };
  let n = 0;
  const marker = async () => {
    const r = await dispatch('delegates.create', { eventId: plan.markerEventId, categoryId: plan.markerCategoryId, fullName: `Mốc ${n++}` }, ctx);
    if (!r.ok) throw new Error(r.error.message.en);
    fs.writeSync(1, `OK ${(r.value as { id: string }).id}\n`);
  };
  for (let i = 0; i < plan.markersBefore; i++) await marker();
  fs.writeSync(1, 'START\n');
  const t0 = performance.now();
  const r = await dispatch(plan.call, plan.input, ctx);
  if (!r.ok) throw new Error(`${plan.call}: ${r.error.code} ${r.error.message.en}`);
  fs.writeSync(1, `DONE ${Math.round(performance.now() - t0)}\n`);
  for (let i = 0; plan.measure ? i < 3 : true; i++) await marker();
  await store.close();
}
main().catch((e: unknown) => {
  fs.writeSync(2, `${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});

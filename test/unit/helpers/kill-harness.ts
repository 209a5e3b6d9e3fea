/**
 * The kill tests' one harness. An operation is an entry: how to seed its data file, the call and
 * input the child runs, and what "all" and "none" of it look like in the reopened file. For each
 * entry the harness seeds a template file once, measures the operation once in a child that is not
 * killed (which also proves it succeeds whole), then SIGKILLs a fresh child on a copy of the
 * template at moments spread over that measured duration, and after each kill checks the file:
 * integrity_check, foreign_key_check, every marker write the child confirmed is there, the
 * operation is all or none, and every backup under a backup's name opens whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type Store } from '../../../db/connection';
import { dispatch } from '../../../electron/main/dispatch';
import { listBackups } from '../../../db/backup';
import type { KillPlan } from './kill-child';
import { bundleChild, spawnChild } from './node-child';
import { seededRandom } from '../../../shared/seeded-random';

const root = path.resolve(__dirname, '../../..');

/** A call through the real dispatch (as the laptop the child is, unless told); throws with the message if it failed. */
export async function call<T>(store: Store, name: string, input: unknown, laptop = 'Máy kiểm thử'): Promise<T> {
  const r = await dispatch(name, input, { store, appVersion: 'kill-test', laptop });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as T;
}

export interface KillEntry<S = unknown> {
  name: string;
  /** Seeds the template file (through dispatch or SQL) and returns what `plan` and `count` need. */
  seed(store: Store): Promise<S>;
  /** The call the child runs and its input. */
  plan(seeded: S): { call: string; input: unknown };
  /**
   * What of the operation is in the file, as one number or key: the harness expects it to equal
   * the value before the operation ("none") or after the measured run ("all"), nothing else.
   */
  state(store: Store, seeded: S): string;
}

export interface KillFigures {
  operation: string;
  runs: number;
  kills: number;
  /** Kills that landed before the operation finished (the "none" or a half-done case). */
  duringOperation: number;
  sawAll: number;
  sawNone: number;
  failures: string[];
  measuredMs: number;
  durationMs: number;
}

interface ChildRun {
  markers: string[];
  started: boolean;
  doneMs: number | null;
  killed: boolean;
  stderr: string;
}

/** When to kill: this long after the child says START, or after it says DONE (a confirmed operation). */
export interface KillMoment {
  ms: number;
  after: 'START' | 'DONE';
}

/** Runs the child; with a moment, SIGKILLs it then (without, lets it finish). */
function runChild(childJs: string, file: string, planFile: string, moment: KillMoment | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const proc = spawnChild(childJs, [file, planFile], root);
    const run: ChildRun = { markers: [], started: false, doneMs: null, killed: false, stderr: '' };
    let buffered = '';
    let timer: NodeJS.Timeout | undefined;
    // A child that never reaches its moment is a failure, not a hang of the suite.
    const watchdog = setTimeout(() => proc.kill('SIGKILL'), 60_000);
    proc.stderr.on('data', (b: Buffer) => (run.stderr += b.toString()));
    proc.stdout.on('data', (b: Buffer) => {
      buffered += b.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('OK ')) run.markers.push(line.slice(3));
        else if (line === 'START') run.started = true;
        else if (line.startsWith('DONE ')) run.doneMs = Number(line.slice(5));
        if (moment && line.split(' ')[0] === moment.after && !timer)
          timer = setTimeout(() => {
            run.killed = proc.kill('SIGKILL');
          }, moment.ms);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      if (moment === null && code !== 0) reject(new Error(`the child failed (${signal ?? code}): ${run.stderr}`));
      else if (moment !== null && signal !== 'SIGKILL') reject(new Error(`the child ended by itself (${signal ?? code}): ${run.stderr}`));
      else resolve(run);
    });
  });
}

/** Whatever the operation, the file after a kill: whole, consistent, its backups whole. */
function fileProblems(store: Store): string[] {
  const out: string[] = [];
  const check = store.sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[];
  if (check.join() !== 'ok') out.push(`integrity_check: ${check.slice(0, 3).join('; ')}`);
  const fk = store.sqlite.prepare('PRAGMA foreign_key_check').all();
  if (fk.length) out.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
  return out;
}

async function backupProblems(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of fs.existsSync(dir) ? listBackups(dir) : []) {
    const Database = (await import('better-sqlite3')).default;
    let db: InstanceType<typeof Database> | undefined;
    try {
      db = new Database(path.join(dir, name), { readonly: true, fileMustExist: true });
      const r = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
      if (r.join() !== 'ok') out.push(`backup ${name}: ${r.slice(0, 2).join('; ')}`);
      db.prepare('SELECT count(*) FROM delegates').get();
    } catch (e) {
      out.push(`backup ${name} does not open: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      db?.close();
    }
  }
  return out;
}

function copyFile(template: string, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const to = path.join(dir, 'hoi-nghi.sqlite');
  fs.copyFileSync(template, to);
  return to;
}

/**
 * Kill moments: one run in ten (at least one) killed within 30 ms of the operation's answer (it
 * was confirmed, so it must all be there); the others spread evenly over 0..1.2 x the measured
 * duration after START, each jittered within its slot, so they land from the first write to the commit.
 */
export function killMoments(runs: number, measuredMs: number, random: () => number): KillMoment[] {
  const afterDone = Math.max(1, Math.round(runs / 10));
  const during = runs - afterDone;
  const span = measuredMs * 1.2;
  return [
    ...Array.from({ length: during }, (_, i): KillMoment => ({ ms: Math.round(((i + random()) / during) * span), after: 'START' })),
    ...Array.from({ length: afterDone }, (): KillMoment => ({ ms: Math.round(random() * 30), after: 'DONE' })),
  ];
}

export async function killTest<S>(entry: KillEntry<S>, workDir: string, runs: number, seed: number, parallel = 2): Promise<KillFigures> {
  const t0 = performance.now();
  const childJs = await bundleChild(path.join(__dirname, 'kill-child.ts'), workDir);
  const base = path.join(workDir, entry.name);
  const template = path.join(base, 'template', 'hoi-nghi.sqlite');
  const store = await openStore(template);
  const seeded = await entry.seed(store);
  const markerEvent = await call<{ id: string }>(store, 'events.create', { name: 'Sự kiện ghi mốc', kind: 'other', startDate: '2027-01-09' });
  const [category] = await call<{ id: string }[]>(store, 'categories.list', { eventId: markerEvent.id });
  const none = entry.state(store, seeded);
  await store.close();
  const planFile = path.join(base, 'plan.json');
  const plan: KillPlan = { ...entry.plan(seeded), markerEventId: markerEvent.id, markerCategoryId: category!.id, markersBefore: 3 };
  fs.writeFileSync(planFile, JSON.stringify(plan));
  fs.writeFileSync(`${planFile}.measure`, JSON.stringify({ ...plan, measure: true }));

  // The measured run: not killed; it gives the duration and the "all" state.
  const measuredFile = copyFile(template, path.join(base, 'measure'));
  const measured = await runChild(childJs, measuredFile, `${planFile}.measure`, null);
  const afterStore = await openStore(measuredFile);
  const all = entry.state(afterStore, seeded);
  await afterStore.close();
  if (all === none) throw new Error(`${entry.name}: the operation changed nothing, so a kill could not tell all from none`);
  const measuredMs = measured.doneMs!;

  const figures: KillFigures = { operation: entry.name, runs, kills: 0, duringOperation: 0, sawAll: 0, sawNone: 0, failures: [], measuredMs, durationMs: 0 };
  const random = seededRandom(seed);
  const moments = killMoments(runs, measuredMs, random);
  let next = 0;
  const worker = async () => {
    while (next < moments.length) {
      const i = next++;
      const at = moments[i]!;
      const dir = path.join(base, `run-${i}`);
      const file = copyFile(template, dir);
      const run = await runChild(childJs, file, planFile, at);
      if (run.killed) figures.kills++;
      if (run.doneMs === null) figures.duringOperation++;
      const reopened = await openStore(file);
      const problems = fileProblems(reopened);
      const ids = new Set(reopened.sqlite.prepare('SELECT id FROM delegates WHERE event_id = ?').pluck().all(markerEvent.id) as string[]);
      const lost = run.markers.filter((m) => !ids.has(m));
      if (lost.length) problems.push(`${lost.length} confirmed writes lost`);
      const state = entry.state(reopened, seeded);
      if (state === all) figures.sawAll++;
      else if (state === none) figures.sawNone++;
      else problems.push(`half an operation: state ${state}, expected ${none} (none) or ${all} (all)`);
      if (run.doneMs !== null && state !== all) problems.push(`the operation answered, yet the file holds ${state}, not ${all}`);
      await reopened.close();
      problems.push(...(await backupProblems(path.join(dir, 'backups'))));
      if (problems.length) figures.failures.push(`run ${i} (killed ${at.ms} ms after ${at.after}, seed ${seed}): ${problems.join('; ')}`);
      else fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  figures.durationMs = Math.round(performance.now() - t0);
  return figures;
}

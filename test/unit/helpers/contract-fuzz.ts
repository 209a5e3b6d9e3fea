/**
 * What the contract's property tests share with the soak: a seeded data file to copy per call, the
 * database's fingerprint, and the checks every answer of dispatch must pass.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { openStore, type Store } from '../../../db/connection';
import { dispatch } from '../../../electron/main/dispatch';
import { contract, type CallName } from '../../../shared/contract';
import type { ErrorCode, Result } from '../../../shared/result';
import { hostileValue, mutatedArb, validArb, type Known } from './schema-arb';

const ERROR_CODES: readonly ErrorCode[] = [
  'VALIDATION',
  'UNKNOWN_CALL',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'TOO_LARGE',
  'BAD_FILE',
  'UNAVAILABLE',
  'INTERNAL',
];

const ctxOf = (store: Store) => ({ store, appVersion: 'fuzz', laptop: 'Máy kiểm thử' });

const CSV = 'STT,Họ và tên,Chức vụ,Đơn vị\n1,Nguyễn Văn An,Vụ trưởng,Vụ Pháp chế\n2,Trần Thị Bình,Chuyên viên,Văn phòng Bộ\n';

/**
 * The seeded data file: an event of 40 delegates, then one of each thing the create calls of
 * the contract make (a second event among them), from generated valid inputs (so a new create
 * call seeds itself), and a backup. Returns the ids and values the fuzzer substitutes.
 */
export async function seedFile(file: string): Promise<Known> {
  const store = await openStore(file);
  const ctx = ctxOf(store);
  const known: Known = { idsByTable: {}, byKey: {} };
  const refresh = () => {
    known.idsByTable = idsByTable(store);
    known.byKey = {
      file: fs.existsSync(store.backupDir) ? fs.readdirSync(store.backupDir) : [],
      dataBase64: [Buffer.from(CSV).toString('base64'), Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64')],
      phone: ['0912 345 678', null],
      email: ['an.nguyen@example.vn', null],
      birthDate: ['1975', '1980-05-01', null],
      fileName: ['dai-bieu.csv'],
      headerRow: [0],
      mapping: [['seq', 'fullName', 'title', 'organization']],
      toneStyle: [undefined],
      // A host that refuses at once (the discard port), so desks.join reaches its handler without waiting.
      url: ['http://127.0.0.1:9/'],
      code: ['123456'],
    };
  };
  const event = await dispatch('events.create', { name: 'Hội nghị tổng kết công tác năm 2026', kind: 'review', startDate: '2027-01-08' }, ctx);
  if (!event.ok) throw new Error(event.error.message.en);
  const eventId = (event.value as { id: string }).id;
  const cats = store.sqlite.prepare('SELECT id FROM categories WHERE event_id = ?').pluck().all(eventId) as string[];
  for (let i = 0; i < 40; i++) {
    const r = await dispatch(
      'delegates.create',
      { eventId, fullName: `Nguyễn Văn ${i}`, title: i % 3 ? 'Vụ trưởng' : 'Chuyên viên', organization: `Vụ ${i % 5}`, categoryId: cats[i % cats.length] },
      ctx,
    );
    if (!r.ok) throw new Error(r.error.message.en);
  }
  // A small hall, made by hand: generated hall numbers run to thousands of seats.
  const numbers = { presidium: { rows: 1, seats: 5 }, areas: [{ name: 'Tầng 1', rows: 4, seatsPerRow: 10, aisles: 1 }] };
  const plan = await dispatch('seating.createPlan', { eventId, name: 'Hội trường', numbers }, ctx);
  if (!plan.ok) throw new Error(plan.error.message.en);
  refresh();
  const creators = Object.keys(contract).filter(
    (n) => /\.(create|add|save|checkIn|record|generate)/.test(n) && n !== 'events.createDemo' && contract[n as CallName].write,
  );
  for (let round = 0; round < 2; round++)
    for (const name of creators) {
      // Small numbers only: a hall of a few dozen seats, not thousands, keeps the fingerprint cheap.
      const samples = fc
        .sample(validArb(contract[name as CallName].input, known, '', name), { numRuns: 200, seed: 7 + round })
        .filter((v) => numbersIn(v) <= 40);
      for (const input of samples) if ((await dispatch(name, input, ctx)).ok) break;
      refresh();
    }
  if (!(await dispatch('backups.create', {}, ctx)).ok) throw new Error('backup of the seed failed');
  refresh();
  await store.close();
  return known;
}

/** The sum of every number in a value. */
const numbersIn = (v: unknown): number =>
  typeof v === 'number' ? Math.abs(v) : v && typeof v === 'object' ? Object.values(v).reduce((n: number, x) => n + numbersIn(x), 0) : 0;

function idsByTable(store: Store): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables(store)) {
    const cols = store.sqlite.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(t) as { name: string; type: string }[];
    if (!cols.some((c) => c.name === 'id' && /TEXT/i.test(c.type))) continue;
    const ids = store.sqlite.prepare(`SELECT id FROM "${t}" LIMIT 20`).pluck().all() as string[];
    if (ids.length) out[t] = ids;
  }
  return out;
}

const tables = (store: Store) =>
  store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

/** Per table, its row count and a hash of every row: cheap for the seeded file, and any change shows. */
export function fingerprint(store: Store): string {
  const h = crypto.createHash('sha1');
  for (const t of tables(store)) {
    const rows = store.sqlite.prepare(`SELECT * FROM "${t}"`).raw().all();
    h.update(`${t}:${rows.length}:`);
    h.update(JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
  }
  return h.digest('hex');
}

const STACK = /\n\s+at |\bat .+\.(ts|js|cjs):\d+/;
const SQL = /SQLITE_|sqlite|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|no such (table|column)|syntax error|constraint failed/i;
/** An error message is for the organizer: a sentence, not a dump of the input. */
const MAX_MESSAGE = 4000;

/** Why this answer is not a well-formed envelope, or null. */
export function envelopeProblem(r: unknown): string | null {
  if (!r || typeof r !== 'object') return `not an object: ${typeof r}`;
  const e = r as Result<unknown>;
  if (e.ok === true) return 'value' in e ? serialisable(e) : 'ok without value';
  if (e.ok !== false) return `ok is ${String((e as { ok: unknown }).ok)}`;
  const err = e.error;
  if (!err || !ERROR_CODES.includes(err.code)) return `unknown code ${String(err?.code)}`;
  for (const lang of ['vi', 'en'] as const) {
    const m = err.message?.[lang];
    if (typeof m !== 'string' || !m.trim()) return `empty ${lang} message`;
    if (m.length > MAX_MESSAGE) return `${lang} message of ${m.length} characters`;
    if (STACK.test(m)) return `stack trace in ${lang} message: ${m.slice(0, 200)}`;
    if (SQL.test(m)) return `SQL in ${lang} message: ${m.slice(0, 200)}`;
  }
  return serialisable(e);
}

function serialisable(e: unknown): string | null {
  try {
    JSON.stringify(e);
    return null;
  } catch (x) {
    return `not JSON-serialisable: ${String(x)}`;
  }
}

const protoSnapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(','));

/** Calls that put another file's data in place, out of sight of total_changes(). */
const REPLACES_FILE = new Set<string>(['backups.restore']);

export interface CallFigures {
  runs: number;
  /** Inputs the contract's validator accepted: the handler ran. */
  reached: number;
  ok: number;
  codes: Partial<Record<ErrorCode, number>>;
}

/**
 * Runs `numRuns` random and hostile inputs through dispatch for one call on its own copy of the
 * seeded file; throws (with fast-check's seed and counterexample) on the first broken property.
 */
export async function fuzzCall(name: CallName, seedCopy: string, known: Known, numRuns: number, seed: number): Promise<CallFigures> {
  const store = await openStore(seedCopy);
  const ctx = ctxOf(store);
  const figures: CallFigures = { runs: 0, reached: 0, ok: 0, codes: {} };
  const protos = protoSnapshot();
  const schema = contract[name].input;
  const valid = validArb(schema, known, '', name);
  const input = fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 2, arbitrary: valid }, { weight: 3, arbitrary: mutatedArb(valid) });
  // The first run is an input the validator accepts (when one is found), so the handler is reached every time.
  const accepted = fc.sample(valid, { numRuns: 60, seed }).find((v) => schema.safeParse(v).success);
  const countSets = () => store.sqlite.prepare('SELECT count(*) FROM change_sets').pluck().get() as number;
  const totalChanges = () => store.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  // The fingerprint of the file as the last answer left it; undefined after a success (it may have written).
  let before: string | undefined;
  try {
    await fc.assert(
      fc.asyncProperty(input, async (payload) => {
        figures.runs++;
        before ??= fingerprint(store);
        const setsBefore = countSets();
        const changesBefore = totalChanges();
        let r: unknown;
        try {
          r = await dispatch(name, payload, ctx);
        } catch (e) {
          throw new Error(`dispatch threw: ${e instanceof Error ? e.stack : String(e)}`);
        }
        const problem = envelopeProblem(r);
        if (problem) throw new Error(`bad envelope: ${problem}`);
        const env = r as Result<unknown>;
        if (env.ok) figures.ok++;
        else figures.codes[env.error.code] = (figures.codes[env.error.code] ?? 0) + 1;
        // Reached: the contract's validator let it through (a handler's own VALIDATION answer counts).
        if (env.ok || env.error.code !== 'VALIDATION' || schema.safeParse(payload).success) figures.reached++;
        if (!env.ok && env.error.code === 'INTERNAL') throw new Error(`INTERNAL error from input: ${env.error.message.en}`);
        // A success may have written: the next run hashes the file again, unless no row was touched.
        if (env.ok) {
          if (totalChanges() !== changesBefore || REPLACES_FILE.has(name)) before = undefined;
        } else {
          if (countSets() !== setsBefore) throw new Error(`failed with ${env.error.code} but the history has a new change set`);
          // No row touched on this connection (rolled-back ones count too) and no file swapped: nothing to hash.
          if (totalChanges() !== changesBefore || REPLACES_FILE.has(name)) {
            const after = fingerprint(store);
            if (after !== before) throw new Error(`failed with ${env.error.code} but the database changed`);
          }
        }
        const now = protoSnapshot();
        if (now.join('|') !== protos.join('|') || ({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was polluted');
      }),
      { numRuns, seed, endOnFailure: true, examples: accepted === undefined ? [] : [[accepted]] },
    );
    const check = store.sqlite.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (check.join() !== 'ok') throw new Error(`integrity_check after ${name}: ${check.join('; ')}`);
    const fk = store.sqlite.prepare('PRAGMA foreign_key_check').all();
    if (fk.length) throw new Error(`foreign_key_check after ${name}: ${JSON.stringify(fk.slice(0, 5))}`);
  } finally {
    await store.close();
  }
  return figures;
}

/** A copy of the seeded file (and its backups folder) for one call, so calls never see each other's writes. */
export function copySeed(seedFilePath: string, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const to = path.join(dir, 'hoi-nghi.sqlite');
  fs.copyFileSync(seedFilePath, to);
  const backups = path.join(path.dirname(seedFilePath), 'backups');
  if (fs.existsSync(backups)) fs.cpSync(backups, path.join(dir, 'backups'), { recursive: true });
  return to;
}

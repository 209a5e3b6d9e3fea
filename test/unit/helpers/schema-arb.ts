/**
 * Inputs for the contract's property tests, made from the contract's own zod schemas: a valid-ish
 * input for any entry (ids taken from a seeded database so the handler is reached, not only the
 * validator), hostile values, and mutations of the valid inputs. Walks zod 4's definitions; a
 * schema kind it does not know fails loudly, so a new kind in the contract is noticed here.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** Real values to put in fields by their key: ids of the seeded rows, a backup's file name, a CSV. */
export interface Known {
  /** Ids by table name (every table with a text `id`). */
  idsByTable: Record<string, string[]>;
  /** Values for a key, used most of the time for a field of that name (e.g. `file`, `dataBase64`). */
  byKey: Record<string, unknown[]>;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
  checks?: {
    _zod: { def: { check: string; format?: string; value?: number | bigint; inclusive?: boolean; minimum?: number; maximum?: number; pattern?: RegExp } };
  }[];
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Tables an id field of this key points to: "planId" -> seating_plans, "delegateIds" -> delegates. */
function tablesFor(key: string, known: Known, call: string): string[] {
  const all = Object.keys(known.idsByTable);
  // A bare `id` names the call's own thing: "awards.deleteRecipient" -> award_recipients.
  const stem = key === 'id' ? thingOf(call) : key.replace(/Ids?$/, '');
  if (!stem || stem === key) return all;
  const snake = stem.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const hits = all.filter((t) => t.includes(snake) || t.replace(/s$/, '').endsWith(snake));
  if (hits.length) return hits;
  const last = snake.split('_').pop()!;
  const loose = all.filter((t) => t.includes(last));
  return loose.length ? loose : all;
}

const VERBS = /^(create|update|delete|move|get|set|detail|add|remove|save|list|log|undo|redo|restore|copy|assign|setMain)/;
function thingOf(call: string): string {
  const [ns = '', method = ''] = call.split('.');
  const rest = method.replace(VERBS, '');
  const noun = rest || ns.replace(/s$/, '');
  return noun.charAt(0).toLowerCase() + noun.slice(1);
}

const isIdKey = (key: string) => key === 'id' || /Ids?$/.test(key);

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDay = fc.date({ min: new Date('1950-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const FORMATS: Record<string, fc.Arbitrary<string>> = {
  date: isoDay,
  time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad2(h)}:${pad2(m)}`),
  datetime: fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  email: fc.emailAddress(),
};

function stringArb(def: Def): fc.Arbitrary<string> {
  if (def.format && FORMATS[def.format]) return FORMATS[def.format]!;
  let min = 0;
  let max = 40;
  let pattern: RegExp | undefined = def.pattern;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length') min = d.minimum ?? min;
    if (d.check === 'max_length') max = Math.min(max, d.maximum ?? max);
    if (d.check === 'string_format' && d.pattern) pattern = d.pattern;
  }
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= Math.max(max, min));
  const base = fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: Math.max(min, max) }) },
    { weight: 2, arbitrary: fc.constantFrom('Nguyễn Văn An', 'Bộ Khoa học và Công nghệ', '2027-01-08', '08:00', 'Hà Nội', 'vi', 'x') },
  );
  return base.filter((s) => s.length >= min && s.length <= Math.max(min, max === 40 ? 1e9 : max));
}

function numberArb(def: Def): fc.Arbitrary<number> {
  let int = false;
  let lo = -1e6;
  let hi = 1e6;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'number_format') int = d.format === 'safeint' || d.format === 'int32' || int;
    if (d.check === 'greater_than') lo = Math.max(lo, Number(d.value) + (d.inclusive ? 0 : int ? 1 : 1e-9));
    if (d.check === 'less_than') hi = Math.min(hi, Number(d.value) - (d.inclusive ? 0 : int ? 1 : 1e-9));
  }
  if (int) return fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) });
  return fc.double({ min: lo, max: Math.max(lo, hi), noNaN: true, noDefaultInfinity: true });
}

/** A value the schema should mostly accept (refinements across fields may still refuse it). */
export function validArb(schema: z.ZodType, known: Known, key = '', call = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const fromKey = known.byKey[key];
  const plain = plainArb(def, known, key, call);
  if (fromKey?.length) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fromKey) }, { weight: 1, arbitrary: plain });
  return plain;
}

function plainArb(def: Def, known: Known, key: string, call: string): fc.Arbitrary<unknown> {
  const sub = (s: z.ZodType, k: string) => validArb(s, known, k, call);
  switch (def.type) {
    case 'object': {
      const shape = def.shape!;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [k, v] of Object.entries(shape)) {
        model[k] = sub(v, k);
        const t = defOf(v).type;
        if (t !== 'optional' && t !== 'default') required.push(k);
      }
      return fc.record(model, { requiredKeys: required });
    }
    case 'string': {
      if (isIdKey(key)) {
        const ids = tablesFor(key, known, call).flatMap((t) => known.idsByTable[t] ?? []);
        if (ids.length) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: stringArb(def) });
      }
      return stringArb(def);
    }
    case 'number':
      return numberArb(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'nullable':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: sub(def.innerType!, key) });
    case 'optional':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: sub(def.innerType!, key) });
    case 'default':
      return sub(def.innerType!, key);
    case 'pipe':
      return sub(def.in!, key);
    case 'array': {
      const el = key.endsWith('Ids') ? sub(def.element!, key) : sub(def.element!, key.replace(/s$/, ''));
      const min = Math.max(0, ...(def.checks ?? []).map((c) => (c._zod.def.check === 'min_length' ? (c._zod.def.minimum ?? 0) : 0)));
      return fc.array(el, { minLength: min, maxLength: Math.max(min, 4) });
    }
    case 'record':
      return fc.dictionary(sub(def.keyType!, '') as fc.Arbitrary<string>, sub(def.valueType!, key), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...def.options!.map((o) => sub(o, key)));
    case 'transform':
      return fc.string({ maxLength: 20 });
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      throw new Error(`schema-arb: no generator for zod type "${def.type}" (key "${key}"); add one`);
  }
}

const big = (n: number, ch = 'x') => ch.repeat(n);
const deep = (levels: number, leaf: unknown = 1): unknown => {
  let v: unknown = leaf;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};
const deepArray = (levels: number): unknown => {
  let v: unknown = [];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};
/** Own keys that are prototype names: JSON.parse makes them real own properties, as a transport would. */
const protoKeys = () =>
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}}') as unknown;

/** Made once: a few MB each, shared by all runs (building them per run would be the test's cost). */
const HUGE = {
  str: big(3 * 1024 * 1024),
  nul: `Nguyễn${'\u0000'.repeat(1024 * 1024)}An`,
  surrogates: '\ud800'.repeat(512 * 1024),
  array: Array.from({ length: 200_000 }, (_, i) => i),
  strings: Array.from({ length: 50_000 }, () => 'x'),
  deep: deep(10_000),
  deepArray: deepArray(10_000),
};

/** Hostile values: wrong types, extremes of numbers, broken text, huge and deeply nested values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_VALUE,
    5e-324,
    1e308,
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '\udbff\udbff',
    '\u202e\u200b\ufeff',
    "'; DROP TABLE delegates; --",
    '%E0%A4%A',
    '../../../../etc/passwd',
    '__proto__',
    'constructor',
    [],
    [null],
    {},
    HUGE.str,
    HUGE.nul,
    HUGE.surrogates,
    HUGE.array,
    HUGE.strings,
    HUGE.deep,
    HUGE.deepArray,
  ),
  fc.constant(null).map(() => protoKeys()),
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.double(),
);

type Path = (string | number)[];
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (at.length > 8) return out;
  const children: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v && typeof v === 'object' ? Object.entries(v) : [];
  for (const [k, x] of children) {
    out.push([...at, k]);
    paths(x, [...at, k], out);
  }
  return out;
}
const clone = (v: unknown): unknown => (v === undefined ? undefined : structuredClone(v));
function setAt(root: unknown, p: Path, f: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = clone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  f(parent, p[p.length - 1]!);
  return copy;
}
const strings = (v: unknown, f: (s: string) => string): unknown =>
  typeof v === 'string'
    ? f(v)
    : Array.isArray(v)
      ? v.map((x) => strings(x, f))
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strings(x, f)]))
        : v;

const MUTATIONS = ['replace', 'delete', 'extra', 'proto', 'nul', 'surrogate', 'pad', 'wrap'] as const;

/** A valid input changed in one place: a field replaced by a hostile value, removed, or added to. */
export function mutatedArb(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.constantFrom(...MUTATIONS), fc.nat(), hostileValue, fc.string({ maxLength: 12 })).map(([v, how, n, bad, key]) => {
    const ps = paths(v);
    const p = ps.length ? ps[n % ps.length]! : null;
    switch (how) {
      case 'replace':
        return p ? setAt(v, p, (o, k) => (o[k] = bad)) : bad;
      case 'delete':
        return p ? setAt(v, p, (o, k) => (Array.isArray(o) ? o.splice(Number(k), 1) : delete o[k])) : v;
      case 'extra':
        return v && typeof v === 'object' && !Array.isArray(v) ? { ...(clone(v) as object), [key || 'x']: bad } : [v, bad];
      case 'proto':
        return v && typeof v === 'object' ? Object.assign(protoKeys() as object, clone(v)) : protoKeys();
      case 'nul':
        return strings(v, (s) => `${s}\u0000`);
      case 'surrogate':
        return strings(v, (s) => `\ud83d${s}\udc00`);
      case 'pad':
        return strings(v, (s) => `  ${s}\u200b\t`);
      case 'wrap':
        return [v];
    }
  });
}

// Search over 10,000 delegates, as the organizer types: the time of each keystroke's filtering on
// the ordered list (the renderer's work per key, minus React). Target: p95 under 10 ms.
import { buildDemoRoster } from '../../db/demo/roster';
import { buildIndex, createSearch, filterEntries, sortEntries } from '../../shared/delegate-list';
import { catalogueRules } from '../../shared/precedence/catalogue';
import { buildOrder } from '../../shared/precedence/order';

const N = 10_000;
const roster = Array.from({ length: Math.ceil(N / 198) }, (_, k) => buildDemoRoster(1000 + k))
  .flat()
  .slice(0, N);
const delegates = roster.map((p, i) => ({
  id: `d${i}`,
  fullName: p.fullName,
  title: p.title,
  organization: p.organization,
  phone: p.phone,
  categoryId: p.category,
  status: p.status,
  precedenceLevel: null,
  precedenceLevelOf: null,
  precedenceOrder: null,
  precedenceOrderLevel: null,
  appointmentDate: p.appointmentDate,
  birthDate: p.birthDate,
}));
const rules = catalogueRules().map((r, i) => ({ id: `r${i}`, ...r }));

// The order of precedence as precedence.order computes it in the main process, cold (no cache).
const orderRuns: number[] = [];
let order = buildOrder(delegates, {
  rules,
  formerPosts: 'after-holders',
  hosts: ['Bộ Khoa học và Công nghệ'],
  unrankedCategoryIds: new Set(['reporter', 'staff']),
  guestCategoryIds: new Set(['guest']),
});
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  order = buildOrder(delegates, {
    rules,
    formerPosts: 'after-holders',
    hosts: ['Bộ Khoa học và Công nghệ'],
    unrankedCategoryIds: new Set(['reporter', 'staff']),
    guestCategoryIds: new Set(['guest']),
  });
  orderRuns.push(performance.now() - s);
}
const positions = new Map(order.entries.map((e) => [e.id, e.position]));

let t = performance.now();
const index = buildIndex(delegates);
const indexMs = performance.now() - t;
t = performance.now();
const ordered = sortEntries(index, 'precedence', 'asc', positions);
const sortMs = performance.now() - t;

// What people type: names without diacritics, a unit, a phone fragment, a title; then erase.
const queries = [
  'nguyen van hoa',
  'dang thi thuy',
  'tran quoc',
  'so khoa hoc da nang',
  'vu phap che',
  '0912',
  'thu truong',
  'le minh',
  'pho cuc truong',
  'hoang',
];
const samples: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of queries) {
    const search = createSearch(ordered);
    for (let i = 1; i <= q.length; i++) {
      const s = performance.now();
      search(q.slice(0, i));
      samples.push(performance.now() - s);
    }
    // Backspacing widens the query: the whole list is searched again each time.
    for (let i = q.length - 1; i >= 1; i--) {
      const s = performance.now();
      search(q.slice(0, i));
      samples.push(performance.now() - s);
    }
  }
}
// A cold, non-narrowing search of the whole list, as after pasting a name.
const cold: number[] = [];
for (const q of queries) {
  const s = performance.now();
  filterEntries(ordered, q);
  cold.push(performance.now() - s);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const r = (x: number) => Math.round(x * 100) / 100;
console.log(
  `search over ${N} delegates: ${samples.length} keystrokes, p50 ${r(pct(samples, 50))} ms, p95 ${r(pct(samples, 95))} ms, max ${r(Math.max(...samples))} ms; cold full-list search p95 ${r(pct(cold, 95))} ms; index ${r(indexMs)} ms, precedence sort ${r(sortMs)} ms`,
);
console.log(
  JSON.stringify({ bench: 'search-10000', p50_ms: r(pct(samples, 50)), p95_ms: r(pct(samples, 95)), max_ms: r(Math.max(...samples)), target_p95_ms: 10 }),
);
console.log(JSON.stringify({ bench: 'search-10000-cold', p95_ms: r(pct(cold, 95)) }));
console.log(JSON.stringify({ bench: 'index-10000', ms: r(indexMs), sort_ms: r(sortMs) }));
const orderMedian = [...orderRuns].sort((a, b) => a - b)[2]!;
console.log(
  `precedence order of ${N} delegates (${order.entries.length} counted, ${order.unmatched.length} titles without a level): median ${r(orderMedian)} ms over 5 runs`,
);
console.log(JSON.stringify({ bench: 'precedence-order-10000', median_ms: r(orderMedian), max_ms: r(Math.max(...orderRuns)) }));

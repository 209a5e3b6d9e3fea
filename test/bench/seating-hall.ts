/**
 * A full hall for the seating benchmarks: an event with `people` ranked delegates (catalogue titles
 * in 300 units) written straight in SQL, and plans made from numbers through the real dispatch.
 */
import { newId } from '../../db/clock';
import type { Store } from '../../db/connection';
import { dispatch } from '../../electron/main/dispatch';
import type { CallInput } from '../../shared/contract';

const TITLES = ['Bộ trưởng', 'Thứ trưởng', 'Vụ trưởng', 'Phó Vụ trưởng', 'Cục trưởng', 'Trưởng phòng', 'Chuyên viên chính', 'Chuyên viên'];

/** A call through the real dispatch, as a transport would; throws with the message if it failed. */
export async function call<T>(store: Store, name: string, input: unknown): Promise<T> {
  const r = await dispatch(name, input, { store, appVersion: 'bench', laptop: 'bench' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value as T;
}

/**
 * The event and its delegates, in the order made (delegate i is "Nguyễn Văn i", title i mod 8, unit
 * i mod 300). `categories`: the built-in category codes handed out in turn (default: all "delegate").
 */
export async function seedHallEvent(store: Store, people: number, categories: readonly string[] = ['delegate']): Promise<{ eventId: string; ids: string[] }> {
  const event = await call<{ id: string }>(store, 'events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08' });
  const cats = categories.map(
    (code) => store.sqlite.prepare('SELECT id FROM categories WHERE event_id = ? AND code = ?').pluck().get(event.id, code) as string,
  );
  const insert = store.sqlite.prepare(
    "INSERT INTO delegates (id, event_id, full_name, name_key, title, organization, category_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 't', 't')",
  );
  const ids: string[] = [];
  store.sqlite.transaction(() => {
    for (let i = 0; i < people; i++) {
      const id = newId();
      ids.push(id);
      insert.run(id, event.id, `Nguyễn Văn ${i}`, `nguyễn văn ${i}`, TITLES[i % TITLES.length], `Vụ ${i % 300}`, cats[i % cats.length]);
    }
  })();
  return { eventId: event.id, ids };
}

type PlanNumbers = CallInput<'seating.createPlan'>['numbers'];

/** A plan made from these numbers, its presidium the first delegates (as many as it has seats). */
export async function createHallPlan(store: Store, eventId: string, ids: readonly string[], name: string, numbers: PlanNumbers): Promise<string> {
  const plan = await call<{ id: string }>(store, 'seating.createPlan', { eventId, name, numbers });
  const stage = numbers.presidium ? numbers.presidium.rows * numbers.presidium.seats : 0;
  if (stage) await call(store, 'seating.setPresidium', { planId: plan.id, delegateIds: ids.slice(0, stage) });
  return plan.id;
}

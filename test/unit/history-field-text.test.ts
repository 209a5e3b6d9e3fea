import { describe, expect, it } from 'vitest';
import { historyNames, rowTitle, valueText } from '../../renderer/features/history/fieldText';
import { vi } from '../../renderer/i18n/vi';
import { testStore } from './helpers/store';

describe('the history detail names the delegate a seat or the presidium points at', () => {
  it('shows a seat’s delegate and a presidium member by name, also once the delegate is deleted', async () => {
    const t = await testStore();
    const demo = await t.call('events.createDemo', {});
    const plan = await t.call('seating.createPlan', {
      eventId: demo.id,
      name: 'Hội trường',
      numbers: { presidium: { rows: 1, seats: 3 }, areas: [{ name: 'Tầng trệt', rows: 2, seatsPerRow: 6, aisles: 0 }] },
    });
    const delegates = await t.call('delegates.list', { eventId: demo.id });
    const lists = {
      categories: await t.call('categories.list', { eventId: demo.id }),
      bridgePoints: await t.call('bridgePoints.list', { eventId: demo.id }),
      delegates,
    };
    const [a, b] = delegates;
    const seat = (await t.call('seating.plan', { planId: plan.id })).seats.find((s) => s.zone === 'hall')!;
    const detail = async () => {
      const set = (await t.call('history.list', { eventId: demo.id, limit: 1 })).entries[0]!;
      return (await t.call('history.get', { id: set.id })).changes;
    };

    await t.call('seating.assign', { planId: plan.id, seatId: seat.id, delegateId: a!.id });
    let changes = await detail();
    let names = historyNames(lists, changes, 'vi');
    const field = changes.find((c) => c.table === 'plan_seats')!.fields.find((f) => f.column === 'delegate_id')!;
    expect([valueText(field.column, field.before, vi, names), valueText(field.column, field.after, vi, names)]).toEqual(['—', a!.fullName]);

    await t.call('seating.setPresidium', { planId: plan.id, delegateIds: [b!.id] });
    changes = await detail();
    names = historyNames(lists, changes, 'vi');
    expect(
      rowTitle(
        changes.find((c) => c.table === 'presidium_members')!,
        names,
      ),
    ).toBe(b!.fullName);

    // Deleted, he is in no list; the seat he leaves still reads his name, from the change itself.
    await t.call('delegates.delete', { id: a!.id });
    changes = await detail();
    const left = changes.find((c) => c.table === 'plan_seats')!.fields.find((f) => f.column === 'delegate_id')!;
    const without = { ...lists, delegates: lists.delegates.filter((d) => d.id !== a!.id) };
    expect(valueText(left.column, left.before, vi, historyNames(without, changes, 'vi'))).toBe(a!.fullName);
    expect(valueText('delegate_id', 'someone-else', vi, names)).toBe('someone-else');
  });
});

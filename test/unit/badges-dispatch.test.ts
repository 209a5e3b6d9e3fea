import { describe, expect, it } from 'vitest';
import { defaultDesign, resize } from '../../shared/badges/design';
import { testStore } from './helpers/store';

describe('badge templates and prints through dispatch', () => {
  it('creates the default template, edits and deletes it, each write undoable', async () => {
    const t = await testStore();
    const event = await t.call('events.createDemo', {});
    const made = await t.call('badges.createTemplate', { eventId: event.id, name: 'Thẻ đại biểu' });
    expect(made.templates).toHaveLength(1);
    expect(made.created.design).toEqual(defaultDesign());
    const card = resize(defaultDesign(), 'card');
    const edited = await t.call('badges.updateTemplate', { id: made.created.id, set: { name: 'Thẻ nhựa', design: card } });
    expect(edited.templates[0]).toMatchObject({ name: 'Thẻ nhựa', design: { size: 'card', width: 85.6, height: 54 } });
    await t.call('history.undo', { eventId: event.id });
    expect((await t.call('badges.list', { eventId: event.id })).templates[0]!.name).toBe('Thẻ đại biểu');
    await t.call('badges.deleteTemplate', { id: made.created.id });
    expect((await t.call('badges.list', { eventId: event.id })).templates).toEqual([]);
    await t.call('history.undo', { eventId: event.id });
    expect((await t.call('badges.list', { eventId: event.id })).templates).toHaveLength(1);
  });

  it('refuses a design outside its card or a minimum above the size', async () => {
    const t = await testStore();
    const event = await t.call('events.createDemo', {});
    const d = defaultDesign();
    const wide = { ...d, front: { elements: [{ ...d.front.elements[2]!, x: 60 }] } };
    const r = await t.raw('badges.createTemplate', { eventId: event.id, name: 'X', design: wide });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(r)).toContain('thành phần nằm ngoài thẻ');
    const name = d.front.elements.find((e) => e.kind === 'text' && e.field === 'fullName')!;
    const bad = await t.raw('badges.createTemplate', { eventId: event.id, name: 'X', design: { ...d, front: { elements: [{ ...name, minSize: 30 }] } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await t.raw('badges.createTemplate', { eventId: event.id, name: 'X', design: { ...d, width: 80 } })).ok).toBe(false);
  });

  it('issues 1 then 2 on a reprint, and refuses an issue another print took', async () => {
    const t = await testStore();
    const event = await t.call('events.createDemo', {});
    const [a, b] = await t.call('delegates.list', { eventId: event.id });
    let s = await t.call('badges.recordPrinted', {
      eventId: event.id,
      badges: [
        { delegateId: a!.id, issue: 1 },
        { delegateId: b!.id, issue: 1 },
      ],
    });
    expect(s.latest.map((p) => p.issue)).toEqual([1, 1]);
    s = await t.call('badges.recordPrinted', { eventId: event.id, badges: [{ delegateId: a!.id, issue: 2 }] });
    expect(Object.fromEntries(s.latest.map((p) => [p.delegateId, p.issue]))).toEqual({ [a!.id]: 2, [b!.id]: 1 });
    // The same reprint sent twice (two laptops): the second is refused.
    expect(await t.raw('badges.recordPrinted', { eventId: event.id, badges: [{ delegateId: a!.id, issue: 2 }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      (
        await t.raw('badges.recordPrinted', {
          eventId: event.id,
          badges: [
            { delegateId: a!.id, issue: 3 },
            { delegateId: a!.id, issue: 3 },
          ],
        })
      ).ok,
    ).toBe(false);
    await t.call('history.undo', { eventId: event.id });
    expect((await t.call('badges.list', { eventId: event.id })).latest.find((p) => p.delegateId === a!.id)!.issue).toBe(1);
  });
});

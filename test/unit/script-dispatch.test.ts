import { describe, expect, it } from 'vitest';
import { cascade, clockText } from '../../shared/script/cascade';
import { DECREE_145_TEMPLATE, BUILT_IN_TEMPLATE_ID } from '../../shared/script/template-145';
import { testStore, type TestStore } from './helpers/store';

async function demoScript(t: TestStore) {
  const demo = await t.call('events.createDemo', {});
  const { items } = await t.call('script.applyTemplate', { eventId: demo.id, from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID }, mode: 'replace' });
  return { eventId: demo.id, items };
}

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('the script through dispatch', () => {
  it('starts from the Decree 145 template in its formal order, times cascading from the start', async () => {
    const t = await testStore();
    const { eventId, items } = await demoScript(t);
    expect(titles(items)).toEqual(DECREE_145_TEMPLATE.map((i) => i.title));
    expect(items.map((i) => i.kind).slice(0, 4)).toEqual(['reception', 'performance', 'flag', 'introductions']);
    const settings = await t.call('script.updateSettings', { eventId, startAt: 7 * 60 + 30 });
    const timing = cascade(items, settings.startAt!);
    expect(clockText(timing.items[1]!.start)).toBe('08:00');
    expect(items.find((i) => i.kind === 'break')!.buffer).toBe(true);
  });

  it('adds, moves and deletes items, each one undoable, and refuses what does not belong to the event', async () => {
    const t = await testStore();
    const { eventId, items } = await demoScript(t);
    const flag = items.find((i) => i.kind === 'flag')!;
    const added = await t.call('script.addItem', { eventId, afterId: flag.id, item: { kind: 'video', title: 'Phim tư liệu', durationMin: 4 } });
    expect(titles(added.items).slice(2, 5)).toEqual(['Chào cờ', 'Phim tư liệu', 'Tuyên bố lý do, giới thiệu đại biểu']);
    expect(added.items.map((i) => i.seq)).toEqual(added.items.map((_, i) => i));
    const video = added.items.find((i) => i.title === 'Phim tư liệu')!;
    const moved = await t.call('script.moveItem', { id: video.id, afterId: null });
    expect(moved.items[0]!.id).toBe(video.id);
    await t.call('history.undo', { eventId });
    expect((await t.call('script.get', { eventId })).items[3]!.id).toBe(video.id);
    await t.call('script.deleteItem', { id: video.id });
    expect((await t.call('script.get', { eventId })).items.some((i) => i.id === video.id)).toBe(false);
    await t.call('history.undo', { eventId });
    expect((await t.call('script.get', { eventId })).items.some((i) => i.id === video.id)).toBe(true);

    const other = await t.call('events.create', { name: 'Khác', kind: 'review', startDate: '2027-01-10' });
    const stranger = (await t.call('events.createDemo', {})).id;
    const [someone] = (await t.call('delegates.list', { eventId: stranger })).map((d) => d.id);
    expect(
      await t.raw('script.addItem', { eventId: other.id, afterId: null, item: { kind: 'speech', title: 'X', durationMin: 5, performerDelegateId: someone } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await t.raw('script.updateItem', { id: video.id, set: { durationMin: -3 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('script.updateItem', { id: video.id, set: { pinnedAt: 1440 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('script.moveItem', { id: video.id, afterId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('writes the introductions from the order of precedence, bloc by bloc, never a declined delegate, and keeps an edit unless told', async () => {
    const t = await testStore();
    const { eventId, items } = await demoScript(t);
    const intro = items.find((i) => i.kind === 'introductions')!;
    const people = await t.call('delegates.list', { eventId });
    const order = await t.call('precedence.order', { eventId });
    const first = people.find((d) => d.id === order.entries[0]!.id)!;
    const written = await t.call('script.writeIntroductions', { itemId: intro.id });
    const text = written.mcLines!;
    expect(text).toContain('Kính thưa các đồng chí đại biểu!');
    expect(text).toMatch(/Về phía .+, xin trân trọng giới thiệu:/);
    expect(text).toContain(`Đồng chí ${first.fullName}`);
    expect(text).toMatch(/Tại điểm cầu Đà Nẵng, có đồng chí /);
    for (const d of people.filter((p) => p.status === 'declined')) expect(text).not.toContain(d.fullName);
    // The most senior comes first.
    const named = people.filter((d) => text.includes(`đồng chí ${d.fullName}`) || text.includes(`Đồng chí ${d.fullName}`));
    expect(text.indexOf(first.fullName)).toBe(Math.min(...named.map((d) => text.indexOf(d.fullName))));

    // Edited by hand: regenerating is refused until confirmed, and says what the list changes.
    await t.call('script.updateItem', { id: intro.id, set: { mcLines: `${text}\nLời thêm của MC.` } });
    await t.call('delegates.bulkUpdate', { eventId, ids: [first.id], set: { status: 'declined' } });
    const preview = await t.call('script.previewIntroductions', { itemId: intro.id });
    expect(preview.edited).toBe(true);
    expect(preview.removed.some((l) => l.includes(first.fullName))).toBe(true);
    expect(await t.raw('script.writeIntroductions', { itemId: intro.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const again = await t.call('script.writeIntroductions', { itemId: intro.id, overwriteEdits: true });
    expect(again.mcLines).not.toContain(first.fullName);
    expect(await t.raw('script.writeIntroductions', { itemId: items[0]!.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('names people by a count when set so, and takes blocs from the event’s own rules', async () => {
    const t = await testStore();
    const { eventId, items } = await demoScript(t);
    const intro = items.find((i) => i.kind === 'introductions')!;
    await t.call('script.updateSettings', { eventId, introMode: 'count', introCount: 2 });
    await t.call('script.setBlocs', { eventId, blocs: [{ pattern: '*', bloc: 'các cơ quan bạn' }] });
    const { text } = await t.call('script.previewIntroductions', { itemId: intro.id });
    expect(text.match(/^- Đồng chí/gm)?.length).toBeLessThanOrEqual(2);
    expect(text).toContain('Về phía các cơ quan bạn');
  });

  it('saves a script as a template and starts another event from it, or from that event’s script', async () => {
    const t = await testStore();
    const { eventId } = await demoScript(t);
    const saved = await t.call('script.saveTemplate', { eventId, name: 'Mẫu của Vụ' });
    expect(saved.itemCount).toBe(DECREE_145_TEMPLATE.length);
    const templates = await t.call('script.templates', {});
    expect(templates.map((x) => x.name)).toContain('Mẫu của Vụ');
    const next = await t.call('events.create', { name: 'Năm sau', kind: 'review', startDate: '2028-01-10' });
    const fromTemplate = await t.call('script.applyTemplate', { eventId: next.id, from: { kind: 'template', templateId: saved.id }, mode: 'replace' });
    expect(fromTemplate.items).toHaveLength(DECREE_145_TEMPLATE.length);
    const fromEvent = await t.call('script.applyTemplate', { eventId: next.id, from: { kind: 'event', eventId }, mode: 'append' });
    expect(fromEvent.items).toHaveLength(DECREE_145_TEMPLATE.length * 2);
    expect(fromEvent.items.every((i) => i.performerDelegateId === null)).toBe(true);
    expect(await t.raw('script.deleteTemplate', { templateId: BUILT_IN_TEMPLATE_ID })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('the script’s review fixes', () => {
  it('keeps the MC’s lines as lines, and an update of another field leaves them as written', async () => {
    const t = await testStore();
    const { eventId, items } = await demoScript(t);
    const intro = items.find((i) => i.kind === 'introductions')!;
    const written = await t.call('script.writeIntroductions', { itemId: intro.id });
    expect(written.mcLines!.split('\n').length).toBeGreaterThan(5);
    const again = await t.call('script.updateItem', { id: intro.id, set: { mcLines: written.mcLines, durationMin: 12 } });
    expect(again.mcLines).toBe(written.mcLines);
    expect((await t.call('script.previewIntroductions', { itemId: intro.id })).edited).toBe(false);
    const typed = await t.call('script.updateItem', { id: intro.id, set: { mcLines: '  Dòng một  \r\n\r\n\r\n\tDòng  hai ' } });
    expect(typed.mcLines).toBe('Dòng một\n\nDòng hai');
    expect((await t.call('script.get', { eventId })).items.find((i) => i.id === intro.id)!.mcLines).toBe('Dòng một\n\nDòng hai');
  });

  it('answers NOT_FOUND for an unknown event, and refuses a bloc pattern that names nothing', async () => {
    const t = await testStore();
    const { eventId } = await demoScript(t);
    expect(await t.raw('script.get', { eventId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.raw('script.setBlocs', { eventId, blocs: [{ pattern: '|', bloc: 'X' }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('script.setBlocs', { eventId, blocs: [{ pattern: Array(30).fill('Bộ *').join('|'), bloc: 'X' }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('copies another event’s script without its award batches or its introductions’ text', async () => {
    const t = await testStore();
    const { eventId, items } = await demoScript(t);
    const intro = items.find((i) => i.kind === 'introductions')!;
    await t.call('script.writeIntroductions', { itemId: intro.id });
    const next = await t.call('events.create', { name: 'Năm sau', kind: 'review', startDate: '2028-01-10' });
    const copied = await t.call('script.applyTemplate', { eventId: next.id, from: { kind: 'event', eventId }, mode: 'replace' });
    expect(copied.items.find((i) => i.kind === 'introductions')!.mcLines).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLIST_ID, YEAR_END_REVIEW_CHECKLIST } from '../../shared/checklist/template-review';
import { testStore, type TestStore } from './helpers/store';

// Mon 14 Dec 2026: its D-3 in working days is Wed 9 Dec.
async function event(t: TestStore, startDate = '2026-12-14') {
  const e = await t.call('events.create', { name: 'Hội nghị tổng kết năm 2026', kind: 'review', startDate });
  return e.id;
}

describe('the checklist through dispatch', () => {
  it('adds a task and answers with its deadline worked out; a patch keeps what it leaves out', async () => {
    const t = await testStore();
    const eventId = await event(t);
    const line = await t.call('checklist.create', {
      eventId,
      task: { name: '  Gửi   giấy mời ', workstream: 'invitations', ownerUnit: 'Văn phòng', offsetDays: -3, workingDays: true },
    });
    expect(line).toMatchObject({ source: 'task', task: { name: 'Gửi giấy mời', status: 'todo', workingDays: true }, due: { date: '2026-12-09', time: null } });
    const moved = await t.call('checklist.update', { id: line.task.id, set: { workingDays: false, dueTime: '08:00' } });
    expect(moved.due).toEqual({ date: '2026-12-11', time: '08:00' });
    expect(moved.task.ownerUnit).toBe('Văn phòng');
    const fixed = await t.call('checklist.update', { id: line.task.id, set: { deadlineKind: 'date', fixedDate: '2026-12-01' } });
    expect(fixed.due.date).toBe('2026-12-01');
    const list = await t.call('checklist.list', { eventId });
    expect(list).toMatchObject({ eventDate: '2026-12-14', lines: [{ task: { id: line.task.id, deadlineKind: 'date' } }] });
  });

  it('refuses a deadline without its days or date, in both languages', async () => {
    const t = await testStore();
    const eventId = await event(t);
    const bad = await t.raw('checklist.create', { eventId, task: { name: 'X', workstream: 'plan', deadlineKind: 'date' } });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: expect.stringContaining('ngày cố định'), en: expect.stringContaining('fixed date') } },
    });
    const line = await t.call('checklist.create', { eventId, task: { name: 'X', workstream: 'plan' } });
    const patch = await t.raw('checklist.update', { id: line.task.id, set: { deadlineKind: 'date' } });
    expect(patch).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const empty = await t.raw('checklist.create', { eventId, task: { name: '  ', workstream: 'plan' } });
    expect(empty).toMatchObject({ ok: false, error: { message: { vi: expect.stringContaining('Tên: không được để trống') } } });
  });

  it('starts from the built-in template; marks tasks done in one change set that undo takes back', async () => {
    const t = await testStore();
    const eventId = await event(t);
    const list = await t.call('checklist.startFromTemplate', { eventId, templateId: BUILT_IN_CHECKLIST_ID, mode: 'replace' });
    expect(list.lines).toHaveLength(YEAR_END_REVIEW_CHECKLIST.length);
    const invite = list.lines.find((l) => l.task.workstream === 'invitations' && l.task.workingDays)!;
    expect(invite.due.date).toBe('2026-12-09');
    const ids = list.lines.slice(0, 3).map((l) => l.task.id);
    const after = await t.call('checklist.setStatus', { eventId, ids, status: 'done' });
    expect(after.lines.filter((l) => l.task.status === 'done').map((l) => l.task.id)).toEqual(ids);
    const page = await t.call('history.list', { eventId });
    expect(page.entries[0]).toMatchObject({ call: 'checklist.setStatus', rowCount: 3, label: { vi: 'Chuyển 3 công việc sang đã xong' } });
    await t.call('history.undo', { eventId });
    const back = await t.call('checklist.list', { eventId });
    expect(back.lines.every((l) => l.task.status === 'todo')).toBe(true);
    await t.call('history.undo', { eventId });
    expect((await t.call('checklist.list', { eventId })).lines).toEqual([]);
  });

  it('refuses to mark another event’s task', async () => {
    const t = await testStore();
    const a = await event(t);
    const b = await event(t);
    const line = await t.call('checklist.create', { eventId: a, task: { name: 'Một việc', workstream: 'plan' } });
    expect(await t.raw('checklist.setStatus', { eventId: b, ids: [line.task.id], status: 'done' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('moves, deletes, saves as a template and copies from another event (people kept, statuses reset, fixed dates moved)', async () => {
    const t = await testStore();
    const eventId = await event(t);
    const add = (name: string, more: Record<string, unknown> = {}) =>
      t.call('checklist.create', { eventId, task: { name, workstream: 'Việc riêng của Vụ', ...more } });
    const a = await add('A', { ownerPerson: 'Chị Lan' });
    await add('B', { deadlineKind: 'date', fixedDate: '2026-12-04' });
    const c = await add('C', { status: 'done' });
    const moved = await t.call('checklist.move', { id: c.task.id, afterId: null });
    expect(moved.lines.map((l) => l.task.name)).toEqual(['C', 'A', 'B']);
    await t.call('checklist.delete', { id: a.task.id });
    await add('A2', { ownerPerson: 'Anh Hùng' });

    const saved = await t.call('checklist.saveAsTemplate', { eventId, name: 'Mẫu của Vụ' });
    expect(saved).toMatchObject({ taskCount: 3, builtIn: false });
    expect((await t.call('checklist.templates', {})).map((x) => x.name)).toEqual(['Hội nghị tổng kết năm', 'Mẫu của Vụ']);

    const next = await event(t, '2027-12-13');
    const fromTemplate = await t.call('checklist.startFromTemplate', { eventId: next, templateId: saved.id, mode: 'replace' });
    expect(fromTemplate.lines.map((l) => [l.task.name, l.task.ownerPerson, l.task.status])).toEqual([
      ['C', null, 'todo'],
      ['B', null, 'todo'],
      ['A2', null, 'todo'],
    ]);
    const copied = await t.call('checklist.copyFromEvent', { eventId: next, fromEventId: eventId, mode: 'replace' });
    const bCopy = copied.lines.find((l) => l.task.name === 'B')!;
    expect(bCopy.task).toMatchObject({ deadlineKind: 'offset', offsetDays: -10, status: 'todo' });
    expect(bCopy.due.date).toBe('2027-12-03');
    expect(copied.lines.find((l) => l.task.name === 'A2')!.task.ownerPerson).toBe('Anh Hùng');
    expect((await t.call('checklist.copyFromEvent', { eventId: next, fromEventId: eventId, mode: 'append' })).lines).toHaveLength(6);

    await t.call('checklist.deleteTemplate', { templateId: saved.id });
    expect(await t.raw('checklist.deleteTemplate', { templateId: BUILT_IN_CHECKLIST_ID })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeps an editable holiday list that working-day deadlines follow', async () => {
    const t = await testStore();
    const eventId = await event(t);
    const holidays = await t.call('checklist.holidays', {});
    expect(holidays.find((h) => h.date === '2026-02-17')).toMatchObject({ name: 'Tết Nguyên đán' });
    const line = await t.call('checklist.create', { eventId, task: { name: 'Giấy mời', workstream: 'invitations', offsetDays: -3, workingDays: true } });
    expect(line.due.date).toBe('2026-12-09');
    const added = await t.call('checklist.saveHoliday', { date: '2026-12-10', name: 'Ngày nghỉ của cơ quan' });
    expect((await t.call('checklist.list', { eventId })).lines[0]!.due.date).toBe('2026-12-08');
    expect(await t.raw('checklist.saveHoliday', { date: '2026-12-10', name: 'Lần hai' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const own = added.find((h) => h.date === '2026-12-10')!;
    await t.call('checklist.saveHoliday', { id: own.id, date: '2026-12-11', name: 'Dời ngày' });
    expect((await t.call('checklist.list', { eventId })).lines[0]!.due.date).toBe('2026-12-08');
    const left = await t.call('checklist.deleteHoliday', { id: own.id });
    expect(left).toHaveLength(holidays.length);
    expect((await t.call('checklist.list', { eventId })).lines[0]!.due.date).toBe('2026-12-09');
  });
});

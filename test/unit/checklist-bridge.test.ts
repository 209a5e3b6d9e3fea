import { describe, expect, it } from 'vitest';
import { testStore } from './helpers/store';

describe('a bridge point’s scheduled tests in the checklist', () => {
  it('are read-only video-bridge tasks, due when planned, done once passed, blocked once failed', async () => {
    const t = await testStore();
    const e = await t.call('events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08', startTime: '08:00' });
    const p = await t.call('bridgePoints.create', { eventId: e.id, name: 'Điểm cầu Đà Nẵng', hostUnit: 'Sở Thông tin và Truyền thông', techName: 'Anh Tâm' });
    await t.call('checklist.create', { eventId: e.id, task: { name: 'Gửi giấy mời', workstream: 'invitations', offsetDays: -5 } });
    const { created } = await t.call('bridgeTests.generate', { eventId: e.id });
    const list = await t.call('checklist.list', { eventId: e.id });
    const bridge = list.lines.filter((l) => l.source === 'bridgeTest');
    expect(bridge).toHaveLength(created.length);
    expect(bridge[0]).toMatchObject({
      source: 'bridgeTest',
      bridgePointId: p.id,
      due: { date: '2027-01-06', time: '14:00' },
      task: {
        workstream: 'bridge',
        name: 'Kiểm tra đường truyền — Điểm cầu Đà Nẵng',
        ownerUnit: 'Sở Thông tin và Truyền thông',
        ownerPerson: 'Anh Tâm',
        status: 'todo',
      },
    });
    expect(list.lines.filter((l) => l.source === 'task').map((l) => l.task.name)).toEqual(['Gửi giấy mời']);

    await t.call('bridgeTests.log', { id: created[0]!.id, result: 'failed', loggedAt: '2027-01-06T14:10' });
    await t.call('bridgeTests.log', { id: created[1]!.id, result: 'passed', loggedAt: '2027-01-07T14:20' });
    const after = (await t.call('checklist.list', { eventId: e.id })).lines.filter((l) => l.source === 'bridgeTest').map((l) => l.task.status);
    expect(after.slice(0, 2)).toEqual(['blocked', 'done']);
    // Marked only where they are logged: the checklist's own writes do not reach them.
    expect(await t.raw('checklist.setStatus', { eventId: e.id, ids: [bridge[0]!.task.id], status: 'done' })).toMatchObject({ ok: false });
  });
});

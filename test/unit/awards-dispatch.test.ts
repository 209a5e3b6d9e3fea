import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { BUILT_IN_TEMPLATE_ID } from '../../shared/script/template-145';
import { testStore, type TestStore } from './helpers/store';

async function demo(t: TestStore) {
  const event = await t.call('events.createDemo', {});
  const people = await t.call('delegates.list', { eventId: event.id });
  const order = await t.call('precedence.order', { eventId: event.id });
  return { eventId: event.id, people, order };
}

describe('awards through dispatch', () => {
  it('keeps kinds and recipients in order, each write one undoable change', async () => {
    const t = await testStore();
    const { eventId, people } = await demo(t);
    const low = await t.call('awards.createKind', { eventId, kind: { name: 'Lao động tiên tiến', batchSize: 5 } });
    const high = await t.call('awards.createKind', {
      eventId,
      afterId: null,
      kind: { name: 'Bằng khen của Thủ tướng Chính phủ', decisionNumber: '123/QĐ-TTg', decisionDate: '2026-12-01', decisionSigner: 'Thủ tướng Chính phủ' },
    });
    expect(low.kinds).toHaveLength(1);
    expect(high.kinds.map((k) => k.name)).toEqual(['Bằng khen của Thủ tướng Chính phủ', 'Lao động tiên tiến']);
    const kindId = high.kinds[0]!.id;
    const d = people[5]!;
    let awards = await t.call('awards.addRecipient', { kindId, recipient: { recipientKind: 'individual', delegateId: d.id } });
    awards = await t.call('awards.addRecipient', {
      kindId,
      recipient: { recipientKind: 'individual', fullName: 'Hà Văn Khách', title: 'Chuyên gia', unit: 'Viện Nghiên cứu' },
    });
    awards = await t.call('awards.addRecipient', {
      kindId,
      afterId: null,
      recipient: { recipientKind: 'collective', unit: 'Vụ Tổ chức cán bộ', delegateId: people[6]!.id },
    });
    expect(awards.recipients.map((r) => r.fullName)).toEqual([people[6]!.fullName, d.fullName, 'Hà Văn Khách']);
    expect(awards.recipients[1]!.unit).toBe(d.organization);
    const moved = await t.call('awards.moveRecipient', { id: awards.recipients[0]!.id, afterId: awards.recipients[2]!.id });
    expect(moved.recipients.map((r) => r.seq)).toEqual([0, 1, 2]);
    expect(moved.recipients[2]!.recipientKind).toBe('collective');
    await t.call('history.undo', { eventId });
    expect((await t.call('awards.list', { eventId })).recipients[0]!.recipientKind).toBe('collective');

    expect(await t.raw('awards.addRecipient', { kindId, recipient: { recipientKind: 'individual' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await t.raw('awards.addRecipient', { kindId, recipient: { recipientKind: 'collective', fullName: 'X' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await t.raw('awards.createKind', { eventId, kind: { name: 'X', batchSize: 12 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('awards.list', { eventId: 'no-such-event' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const stranger = (await t.call('delegates.list', { eventId: (await t.call('events.createDemo', {})).id }))[0]!;
    const refused = await t.raw('awards.addRecipient', { kindId, recipient: { recipientKind: 'individual', delegateId: stranger.id } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringContaining('không phải đại biểu') } } });

    const deleted = await t.call('awards.deleteKind', { id: kindId });
    expect(deleted.kinds).toHaveLength(1);
    expect(deleted.recipients).toHaveLength(0);
    await t.call('history.undo', { eventId });
    expect((await t.call('awards.list', { eventId })).recipients).toHaveLength(3);
  });

  it('batches by precedence, never one presenter twice in a row, and writes them into the script after its awards item', async () => {
    const t = await testStore();
    const { eventId, people, order } = await demo(t);
    const { items: template } = await t.call('script.applyTemplate', {
      eventId,
      from: { kind: 'template', templateId: BUILT_IN_TEMPLATE_ID },
      mode: 'replace',
    });
    let awards = await t.call('awards.createKind', { eventId, kind: { name: 'Cờ thi đua của Chính phủ', batchSize: 5 } });
    const flag = awards.kinds[0]!.id;
    awards = await t.call('awards.createKind', { eventId, kind: { name: 'Chiến sĩ thi đua', batchSize: 5 } });
    const soldier = awards.kinds[1]!.id;
    const juniors = people.filter((p) => p.status !== 'declined').slice(-14);
    for (const p of juniors.slice(0, 3))
      await t.call('awards.addRecipient', { kindId: flag, recipient: { recipientKind: 'collective', unit: p.organization ?? 'Đơn vị', delegateId: p.id } });
    for (const p of juniors.slice(3))
      awards = await t.call('awards.addRecipient', { kindId: soldier, recipient: { recipientKind: 'individual', delegateId: p.id } });
    expect(awards.batches.map((b) => [b.kindId, b.entries.length])).toEqual([
      [flag, 3],
      [soldier, 4],
      [soldier, 4],
      [soldier, 3],
    ]);
    const senior = order.entries.filter((e) => e.level !== null)[0]!.id;
    expect(awards.batches[0]!.presenter?.delegateId).toBe(senior);
    for (let i = 1; i < awards.batches.length; i++) expect(awards.batches[i]!.presenter?.delegateId).not.toBe(awards.batches[i - 1]!.presenter?.delegateId);
    expect(awards.batches[0]!.lines).toMatch(/^Xin trân trọng kính mời đại diện các tập thể có tên sau lên nhận Cờ thi đua của Chính phủ:/);
    expect(awards.batches[0]!.lines).toContain(`đồng chí ${juniors[0]!.fullName}`);

    // A presenter chosen by hand twice in a row is kept.
    awards = await t.call('awards.setPresenter', { kindId: soldier, batchIndex: 0, delegateId: senior });
    expect(awards.batches[1]!).toMatchObject({ chosen: true, presenter: { delegateId: senior } });
    expect(awards.batches[0]!.presenter?.delegateId).not.toBe(senior);

    const written = await t.call('awards.writeScript', { eventId });
    expect(written.written).toBe(4);
    const anchor = template.findIndex((i) => i.kind === 'awards');
    const ids = written.items.map((i) => i.awardKindId);
    expect(ids.slice(anchor + 1, anchor + 5)).toEqual([flag, soldier, soldier, soldier]);
    expect(written.items.slice(anchor + 1, anchor + 5).map((i) => i.title)).toEqual([
      'Trao Cờ thi đua của Chính phủ',
      'Trao Chiến sĩ thi đua (đợt 1/3)',
      'Trao Chiến sĩ thi đua (đợt 2/3)',
      'Trao Chiến sĩ thi đua (đợt 3/3)',
    ]);
    expect(written.items[anchor + 2]!.performerDelegateId).toBe(senior);
    expect(written.items.map((i) => i.seq)).toEqual(written.items.map((_, i) => i));

    // Written again after a change (ten left: two batches of five): exactly those items replaced, nothing else touched.
    await t.call('awards.deleteRecipient', { id: awards.recipients.at(-1)!.id });
    const again = await t.call('awards.writeScript', { eventId });
    expect(again.items.filter((i) => i.awardBatch !== null).map((i) => i.title)).toEqual([
      'Trao Cờ thi đua của Chính phủ',
      'Trao Chiến sĩ thi đua (đợt 1/2)',
      'Trao Chiến sĩ thi đua (đợt 2/2)',
    ]);
    expect(again.items.length).toBe(template.length + 3);
    expect(again.items.filter((i) => i.awardBatch === null).map((i) => i.id)).toEqual(template.map((i) => i.id));
    await t.call('history.undo', { eventId });
    expect((await t.call('script.get', { eventId })).items.map((i) => i.id)).toEqual(written.items.map((i) => i.id));

    // Lines edited by hand in the script are not written over unless confirmed.
    const batchItem = written.items[anchor + 1]!;
    await t.call('script.updateItem', { id: batchItem.id, set: { mcLines: `${batchItem.mcLines}\nXin một tràng pháo tay!` } });
    expect(await t.raw('awards.writeScript', { eventId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { edited: [batchItem.id] } } });
    expect((await t.call('script.get', { eventId })).items.find((i) => i.id === batchItem.id)?.mcLines).toContain('pháo tay');
    const over = await t.call('awards.writeScript', { eventId, overwriteEdits: true });
    expect(over.items.some((i) => i.mcLines?.includes('pháo tay'))).toBe(false);
  });

  it('imports recipients from a spreadsheet, matched to delegates by name and unit, free names kept', async () => {
    const t = await testStore();
    const { eventId, people } = await demo(t);
    const known = people.find((p) => p.organization)!;
    const awards = await t.call('awards.createKind', { eventId, kind: { name: 'Bằng khen của Bộ trưởng' } });
    const kindId = awards.kinds[0]!.id;
    const bytes = await writeXlsxFile([
      ['DANH SÁCH KHEN THƯỞNG', null, null, null],
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
      [1, known.fullName.toUpperCase() === known.fullName ? known.fullName : known.fullName.normalize('NFD'), known.title, known.organization],
      [2, 'Người Ngoài Danh Sách', 'Chuyên viên', 'Sở Nội vụ'],
      [3, null, null, 'Phòng Tổng hợp'],
    ]).toBuffer();
    const input = { kindId, fileName: 'khen-thuong.xlsx', dataBase64: Buffer.from(bytes).toString('base64') };
    const preview = await t.call('awards.previewImport', input);
    expect(preview.rows.map((r) => [r.recipientKind, r.delegateId])).toEqual([
      ['individual', known.id],
      ['individual', null],
      ['collective', null],
    ]);
    expect((await t.call('awards.list', { eventId })).recipients).toHaveLength(0);
    const done = await t.call('awards.importRecipients', input);
    expect(done.added).toBe(3);
    expect(done.awards.recipients.map((r) => r.fullName ?? r.unit)).toEqual([known.fullName, 'Người Ngoài Danh Sách', 'Phòng Tổng hợp']);
    const sets = await t.call('history.list', { eventId });
    expect(JSON.stringify(sets)).toContain('Nhập 3 người nhận khen thưởng từ khen-thuong.xlsx');
    // The same file again adds nothing twice.
    expect((await t.call('awards.previewImport', input)).rows.every((r) => r.already)).toBe(true);
    expect(await t.raw('awards.importRecipients', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await t.call('history.undo', { eventId });
    expect((await t.call('awards.list', { eventId })).recipients).toHaveLength(0);
  });
});

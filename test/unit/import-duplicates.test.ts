import { describe, expect, it } from 'vitest';
import type { ImportCandidate } from '../../shared/contract/import';
import { findDuplicates, type ExistingDelegate } from '../../shared/import/duplicates';
import { planWrites, type DuplicateDecisions } from '../../shared/import/plan';
import { identityKey } from '../../shared/text';

const person = (row: number, fullName: string, organization: string | null, more: Partial<ImportCandidate> = {}): ImportCandidate => ({
  row,
  fullName,
  title: null,
  organization,
  category: null,
  bridgePoint: null,
  phone: null,
  email: null,
  notes: null,
  status: null,
  precedenceOrder: null,
  appointmentDate: null,
  birthDate: null,
  ...more,
});

const existing = (id: string, fullName: string, organization: string | null, phone: string | null = null): ExistingDelegate => ({
  id,
  fullName,
  title: null,
  organization,
  phone,
  nameKey: identityKey(fullName),
});

describe('finding duplicates', () => {
  it('recognises the same person typed differently: case, spaces, NFD, tone placement', () => {
    const rows = [
      person(7, 'Nguyễn Văn An', 'Bộ Tài chính'),
      person(8, 'NGUYỄN VĂN AN', 'BỘ TÀI CHÍNH'),
      person(9, ' Nguyễn  Văn An', ' Bộ  Tài chính '),
      person(10, 'Nguyễn Văn An'.normalize('NFD'), 'Bộ Tài chính'.normalize('NFD')),
      person(11, 'Trần Thị Hoà', 'Vụ Pháp chế'),
      person(12, 'Trần Thị Hòa', 'Vụ Pháp chế'),
    ];
    const d = findDuplicates(rows, []);
    expect(d.matches.map((m) => [m.row, m.sameAsRow, m.existing])).toEqual([
      [8, 7, null],
      [9, 7, null],
      [10, 7, null],
      [12, 11, null],
    ]);
    expect(d.keys).toHaveLength(rows.length);
  });

  it('does not confuse different people: homonyms in other units, Hoa and Hòa, a row without a unit', () => {
    const rows = [
      person(7, 'Nguyễn Văn An', 'Bộ Tài chính'),
      person(8, 'Nguyễn Văn An', 'Sở Tài chính Hà Nội'),
      person(9, 'Nguyễn Văn An', null),
      person(10, 'Vũ Thị Hòa', 'Vụ Pháp chế'),
      person(11, 'Vũ Thị Hoa', 'Vụ Pháp chế'),
    ];
    expect(findDuplicates(rows, []).matches).toEqual([]);
  });

  it('matches delegates already in the event, and a repeat both ways', () => {
    const db = [existing('d1', 'NGUYỄN VĂN AN', 'Bộ Tài chính', '0912000000'), existing('d2', 'Lê Văn Tám', null)];
    const rows = [
      person(5, 'Nguyễn Văn An', 'bộ tài chính'),
      person(6, 'Lê Văn Tám', null),
      person(7, 'Nguyễn Văn  An', 'Bộ Tài chính'),
      person(8, 'Lê Văn Tám', 'Văn phòng'),
    ];
    const d = findDuplicates(rows, db);
    expect(d.matches.map((m) => [m.row, m.existing?.id ?? null, m.sameAsRow])).toEqual([
      [5, 'd1', null],
      [6, 'd2', null],
      [7, 'd1', 5],
    ]);
    expect(d.matches[0]!.existing).toEqual({ id: 'd1', fullName: 'NGUYỄN VĂN AN', title: null, organization: 'Bộ Tài chính', phone: '0912000000' });
    expect(d.matches[0]!.incoming).toBe(rows[0]);
  });
});

describe('the write plan', () => {
  const all = (a: DuplicateDecisions['all'], byRow: Record<string, DuplicateDecisions['all']> = {}): DuplicateDecisions => ({ all: a, byRow });
  const plan = (rows: ImportCandidate[], db: ExistingDelegate[], decisions: DuplicateDecisions) => planWrites(rows, findDuplicates(rows, db), decisions);

  const fileRepeat = [
    person(7, 'Nguyễn Văn An', 'Bộ Tài chính', { phone: '0912345678', title: 'Bộ trưởng' }),
    person(12, 'NGUYỄN VĂN AN', 'BỘ TÀI CHÍNH', { email: 'an@mof.gov.vn', title: 'Nguyên Bộ trưởng' }),
    person(13, 'Lê Văn Tám', null),
  ];

  it('skip: a repeat within the file is dropped', () => {
    const p = plan(fileRepeat, [], all('skip'));
    expect(p.inserts.map((i) => i.values.row)).toEqual([7, 13]);
    expect(p.inserts[0]!.values).toEqual(fileRepeat[0]);
    expect(p.skippedDuplicates).toBe(1);
    expect(p.outcomes.find((o) => o.row === 12)).toMatchObject({ outcome: 'skipped', reason: { en: 'Skipped: same person as row 7' } });
  });

  it("update: the later row's values replace the earlier row's, blanks never erase", () => {
    const p = plan(fileRepeat, [], all('update'));
    expect(p.inserts).toHaveLength(2);
    // Values from row 12, but not its spelling in capitals: the better spelling of row 7 stays.
    expect(p.inserts[0]!.values).toMatchObject({
      row: 7,
      fullName: 'Nguyễn Văn An',
      organization: 'BỘ TÀI CHÍNH',
      phone: '0912345678',
      email: 'an@mof.gov.vn',
      title: 'Nguyên Bộ trưởng',
    });
    expect(p.inserts[0]!.nameKey).toBe(identityKey('Nguyễn Văn An'));
    expect(p.outcomes.find((o) => o.row === 12)).toMatchObject({ outcome: 'updated', reason: { en: 'Merged into row 7' } });
    // The candidates themselves are left as they were.
    expect(fileRepeat[0]!.email).toBeNull();
  });

  it('keepBoth: both rows are added', () => {
    const p = plan(fileRepeat, [], all('keepBoth'));
    expect(p.inserts.map((i) => i.values.row)).toEqual([7, 12, 13]);
    expect(p.outcomes.find((o) => o.row === 12)).toMatchObject({ outcome: 'added', reason: { en: 'Added (kept both)' } });
  });

  const db = [existing('d1', 'Nguyễn Văn An', 'Bộ Tài chính', '0900000000')];

  it('against the event: skip leaves the delegate alone, update updates it once with the merged rows, keepBoth adds', () => {
    expect(plan(fileRepeat, db, all('skip'))).toMatchObject({ updates: [], skippedDuplicates: 2 });
    expect(plan(fileRepeat, db, all('skip')).inserts.map((i) => i.values.row)).toEqual([13]);

    const u = plan(fileRepeat, db, all('update'));
    expect(u.inserts.map((i) => i.values.row)).toEqual([13]);
    expect(u.updates).toHaveLength(1);
    expect(u.updates[0]).toMatchObject({ id: 'd1', values: { phone: '0912345678', email: 'an@mof.gov.vn', title: 'Nguyên Bộ trưởng' } });
    expect(u.outcomes.filter((o) => o.outcome === 'updated').map((o) => o.row)).toEqual([7, 12]);

    const k = plan(fileRepeat, db, all('keepBoth'));
    expect(k.inserts.map((i) => i.values.row)).toEqual([7, 12, 13]);
    expect(k.updates).toEqual([]);
  });

  it('per-row choices override the choice for all', () => {
    const p = plan(fileRepeat, db, all('skip', { '12': 'update' }));
    // Row 7 skipped (the delegate stays), row 12 updates that same delegate.
    expect(p.updates).toEqual([{ id: 'd1', nameKey: identityKey('Nguyễn Văn An'), values: { ...fileRepeat[1], fullName: 'Nguyễn Văn An' } }]);
    expect(p.outcomes.map((o) => [o.row, o.outcome])).toEqual([
      [7, 'skipped'],
      [12, 'updated'],
      [13, 'added'],
    ]);
    const q = plan(fileRepeat, db, all('update', { '7': 'keepBoth', '12': 'update' }));
    // Row 7 is added as a second "An"; row 12 then merges into that new delegate, not the old one.
    expect(q.updates).toEqual([]);
    expect(q.inserts[0]!.values).toMatchObject({ row: 7, email: 'an@mof.gov.vn' });
  });
});

describe('the best spelling of a person typed twice', () => {
  const plan = (rows: ImportCandidate[], db: ExistingDelegate[], all: DuplicateDecisions['all']) =>
    planWrites(rows, findDuplicates(rows, db), { all, byRow: {} });

  it('skip: the re-typed copy in capitals came first, the proper spelling later: the proper one is stored', () => {
    const rows = [
      person(3, 'LÊ ĐỨC BÌNH', 'Vụ Tổng hợp', { phone: '0912 000 001' }),
      person(40, 'Lê Đức Bình', 'Vụ Tổng hợp'),
      person(41, 'bùi minh ưng', null),
      person(90, 'Bùi Minh Ưng', null),
    ];
    const p = plan(rows, [], 'skip');
    expect(p.inserts.map((i) => [i.values.row, i.values.fullName, i.values.phone])).toEqual([
      [3, 'Lê Đức Bình', '0912 000 001'],
      [41, 'Bùi Minh Ưng', null],
    ]);
    // The candidates themselves are left as they were.
    expect(rows[0]!.fullName).toBe('LÊ ĐỨC BÌNH');
  });

  it('a proper spelling is never replaced by capitals or lower case; of two proper ones, update takes the later, skip keeps the first', () => {
    const rows = [person(3, 'Lê Đức Bình', 'Vụ Tổng hợp'), person(40, 'LÊ ĐỨC BÌNH', 'Vụ Tổng hợp'), person(41, 'lê đức bình', 'Vụ Tổng hợp')];
    for (const a of ['skip', 'update'] as const) expect(plan(rows, [], a).inserts.map((i) => i.values.fullName)).toEqual(['Lê Đức Bình']);
    expect(plan([person(1, 'Vũ Thị Hoà', null), person(2, 'Vũ Thị Hòa', null)], [], 'update').inserts[0]!.values.fullName).toBe('Vũ Thị Hòa');
    expect(plan([person(1, 'Vũ Thị Hoà', null), person(2, 'Vũ Thị Hòa', null)], [], 'skip').inserts[0]!.values.fullName).toBe('Vũ Thị Hoà');
  });

  it("against the event: an update keeps the delegate's proper spelling, and fixes one typed in capitals", () => {
    // Of two proper spellings the file's (in the event's tone style) is written.
    expect(plan([person(3, 'Vũ Thị Hòa', null)], [existing('d1', 'Vũ Thị Hoà', null)], 'update').updates[0]!.values.fullName).toBe('Vũ Thị Hòa');
    const proper = [existing('d1', 'Lê Đức Bình', 'Vụ Tổng hợp')];
    expect(plan([person(3, 'LÊ ĐỨC BÌNH', 'Vụ Tổng hợp', { title: 'Vụ trưởng' })], proper, 'update').updates[0]!.values).toMatchObject({
      fullName: 'Lê Đức Bình',
      title: 'Vụ trưởng',
    });
    const caps = [existing('d1', 'LÊ ĐỨC BÌNH', 'Vụ Tổng hợp')];
    expect(plan([person(3, 'Lê Đức Bình', 'Vụ Tổng hợp')], caps, 'update').updates[0]!.values.fullName).toBe('Lê Đức Bình');
  });

  it('the duplicates list shows both spellings and the one that will be kept', () => {
    const rows = [person(3, 'LÊ ĐỨC BÌNH', 'Vụ Tổng hợp', { title: 'Vụ trưởng' }), person(40, 'Lê Đức Bình', 'Vụ Tổng hợp')];
    expect(findDuplicates(rows, []).matches).toEqual([
      expect.objectContaining({
        row: 40,
        sameAsRow: 3,
        incoming: expect.objectContaining({ fullName: 'Lê Đức Bình' }),
        earlier: { fullName: 'LÊ ĐỨC BÌNH', title: 'Vụ trưởng', organization: 'Vụ Tổng hợp', phone: null },
        keptName: 'Lê Đức Bình',
      }),
    ]);
  });
});

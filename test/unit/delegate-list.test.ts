import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  buildIndex,
  createSearch,
  facetCounts,
  filterEntries,
  hasFilters,
  NONE,
  queryTokens,
  sortEntries,
  sortEntriesBy,
  type FilterableDelegate,
  type ListableDelegate,
} from '../../shared/delegate-list';
import { compareVietnameseNames } from '../../shared/text';

let seq = 0;
function d(fullName: string, extra: Partial<ListableDelegate> = {}): ListableDelegate {
  seq += 1;
  return { id: `d${String(seq).padStart(4, '0')}`, fullName, title: null, organization: null, phone: null, ...extra };
}

const names = (entries: { delegate: ListableDelegate }[]) => entries.map((e) => e.delegate.fullName);
const search = (list: ListableDelegate[], q: string) => names(filterEntries(buildIndex(list), q));

describe('search ignores case and diacritics', () => {
  const duc = d('Đặng Văn Đức', { title: 'Phó Vụ trưởng', organization: 'Vụ Pháp chế', phone: '0912 345 678' });
  const thuy = d('Đặng Thị Thủy', { title: 'Chuyên viên chính', organization: 'Vụ Hợp tác quốc tế' });
  const hoaNew = d('Nguyễn Văn Hoà', { organization: 'Cục Sở hữu trí tuệ' });
  const hoaOld = d('Trần Thị Hòa', { organization: 'Văn phòng Bộ' });
  const lan = d('Lê Thị Lan', { title: 'Phóng viên', organization: 'Báo Nhân Dân', phone: '+84 24 3825 1234' });
  const list = [duc, thuy, hoaNew, hoaOld, lan];

  it('finds "Đặng Văn Đức" typed without marks, in any case, and đ as d', () => {
    expect(search(list, 'dang van duc')).toEqual(['Đặng Văn Đức']);
    expect(search(list, 'DUC')).toEqual(['Đặng Văn Đức']);
    expect(search(list, 'đức')).toEqual(['Đặng Văn Đức']);
    expect(search(list, '  Dang   VAN  ')).toEqual(['Đặng Văn Đức']);
  });

  it('finds "Đặng Thị Thủy" by "dang thi thuy" and both family members by "dang"', () => {
    expect(search(list, 'dang thi thuy')).toEqual(['Đặng Thị Thủy']);
    expect(search(list, 'dang')).toEqual(['Đặng Văn Đức', 'Đặng Thị Thủy']);
  });

  it('finds both tone placements "Hoà" and "Hòa" by "hoa", and by either spelling', () => {
    expect(search(list, 'hoa')).toEqual(['Nguyễn Văn Hoà', 'Trần Thị Hòa']);
    expect(search(list, 'Hòa')).toEqual(['Nguyễn Văn Hoà', 'Trần Thị Hòa']);
    expect(search(list, 'hoà')).toEqual(['Nguyễn Văn Hoà', 'Trần Thị Hòa']);
  });

  it('searches title, organization and phone too', () => {
    expect(search(list, 'vu phap che')).toEqual(['Đặng Văn Đức']);
    expect(search(list, 'phong vien')).toEqual(['Lê Thị Lan']);
    expect(search(list, 'nhan dan')).toEqual(['Lê Thị Lan']);
    expect(search(list, '0912345678')).toEqual(['Đặng Văn Đức']);
    expect(search(list, '0912 345')).toEqual(['Đặng Văn Đức']);
    expect(search(list, '0912.345.678')).toEqual(['Đặng Văn Đức']);
    expect(search(list, '38251234')).toEqual(['Lê Thị Lan']);
  });

  it('needs every word, in any order and any field', () => {
    expect(search(list, 'duc dang')).toEqual(['Đặng Văn Đức']);
    expect(search(list, 'thuy hop tac')).toEqual(['Đặng Thị Thủy']);
    expect(search(list, 'thuy phap che')).toEqual([]);
  });

  it('an empty or blank query keeps everyone, in the given order', () => {
    expect(search(list, '')).toEqual(names(list.map((delegate) => ({ delegate }))));
    expect(search(list, '   ')).toHaveLength(5);
  });

  it('folds the query the same way as the haystack', () => {
    expect(queryTokens('  Đặng  THỊ Thuỷ ')).toEqual(['dang', 'thi', 'thuy']);
    // A number typed in groups is one token of all its digits.
    expect(queryTokens('(024) 3825-1234')).toEqual(['02438251234']);
  });
});

describe('name order is Vietnamese: given name, then middle, then family', () => {
  const byName = (list: ListableDelegate[]) => names(sortEntries(buildIndex(list), 'name'));

  it('orders by given name first, then middle name, then family name', () => {
    // Same given name "Bình": the middle name decides (Thị < Văn), not the family name (Lê < Trần).
    const list = [d('Lê Văn Bình'), d('Trần Thị Bình'), d('Nguyễn Văn An')];
    expect(byName(list)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Bình']);
    // Same given and middle name: the family name decides.
    expect(byName([d('Trần Văn Nam'), d('Lê Văn Nam')])).toEqual(['Lê Văn Nam', 'Trần Văn Nam']);
  });

  it('uses the Vietnamese alphabet: d before đ, a before ă before â', () => {
    expect(byName([d('Phạm Văn Đức'), d('Lê Văn Duy'), d('Hoàng Văn Dũng'), d('Võ Thị Em')])).toEqual([
      'Hoàng Văn Dũng',
      'Lê Văn Duy',
      'Phạm Văn Đức',
      'Võ Thị Em',
    ]);
    expect(byName([d('Vũ Thị Ân'), d('Lê Văn Ăn'), d('Đỗ Thị Ánh'), d('Ngô Thị Anh'), d('Bùi Văn An')])).toEqual([
      'Bùi Văn An',
      'Ngô Thị Anh',
      'Đỗ Thị Ánh',
      'Lê Văn Ăn',
      'Vũ Thị Ân',
    ]);
  });

  it('orders tones as CLDR vi: none, huyền, hỏi, ngã, sắc, nặng', () => {
    const list = ['Họa', 'Hóa', 'Hõa', 'Hỏa', 'Hòa', 'Hoa'].map((g) => d(`Lê Thị ${g}`));
    expect(byName(list)).toEqual(['Lê Thị Hoa', 'Lê Thị Hòa', 'Lê Thị Hỏa', 'Lê Thị Hõa', 'Lê Thị Hóa', 'Lê Thị Họa']);
  });

  it('sorts "Hoà" and "Hòa" together rather than apart', () => {
    const list = [d('Lê Văn Hòa'), d('Lê Văn Hoàng'), d('Lê Văn Hoà'), d('Lê Văn Hoa'), d('Lê Văn Hỏa')];
    const order = byName(list);
    expect(order.slice(0, 1)).toEqual(['Lê Văn Hoa']);
    expect(new Set(order.slice(1, 3))).toEqual(new Set(['Lê Văn Hòa', 'Lê Văn Hoà']));
    expect(order.slice(3)).toEqual(['Lê Văn Hỏa', 'Lê Văn Hoàng']);
  });

  it('agrees with compareVietnameseNames on ordinary names', () => {
    const pool = [
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Bình',
      'Đặng Văn Đức',
      'Phạm Thị Thu Hà',
      'Hoàng Minh',
      'Vũ Thị Hằng',
      'Bùi Xuân Hùng',
      'Đỗ Quang Huy',
      'Ngô Thị Kim Yến',
      'Lý Thanh Ân',
      'Cao Văn Ăn',
      'Mai',
      'Trịnh Đình Anh',
      'Phan Thị Ánh',
      'Hồ Ngọc Đạt',
      'Tạ Quốc Dũng',
    ];
    const list = pool.map((n) => d(n));
    expect(byName(list)).toEqual(pool.slice().sort(compareVietnameseNames));
  });

  it('breaks a full tie (namesakes) by id, so the order is stable across reloads', () => {
    const a = d('Nguyễn Văn Hòa', { organization: 'Vụ Pháp chế' });
    const b = d('Nguyễn Văn Hòa', { organization: 'Cục Sở hữu trí tuệ' });
    const ids = sortEntries(buildIndex([b, a]), 'name').map((e) => e.delegate.id);
    expect(ids).toEqual([a.id, b.id].sort());
  });
});

describe('precedence order', () => {
  it('follows the positions of precedence.order; those out of the order last, by Vietnamese name', () => {
    const list = [d('Nguyễn Văn An'), d('Trần Thị Bình'), d('Lê Văn Cường'), d('Phạm Thị Dung'), d('Đỗ Thị Anh')];
    const positions = new Map([
      [list[1]!.id, 2],
      [list[2]!.id, 3],
      [list[3]!.id, 1],
    ]);
    expect(names(sortEntries(buildIndex(list), 'precedence', 'asc', positions))).toEqual([
      'Phạm Thị Dung',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Nguyễn Văn An', // out of the order, by name: An < Anh
      'Đỗ Thị Anh',
    ]);
    expect(names(sortEntries(buildIndex(list), 'precedence', 'desc', positions)).slice(0, 3)).toEqual(['Lê Văn Cường', 'Trần Thị Bình', 'Phạm Thị Dung']);
  });

  it('sorting does not change the index and filtering keeps the sorted order', () => {
    const list = [d('Trần Văn Đức'), d('Lê Văn Đức'), d('Đặng Thị Đào')];
    const index = buildIndex(list);
    const sorted = sortEntries(
      index,
      'precedence',
      'asc',
      new Map([
        [list[1]!.id, 1],
        [list[2]!.id, 2],
      ]),
    );
    expect(names(index)).toEqual(['Trần Văn Đức', 'Lê Văn Đức', 'Đặng Thị Đào']);
    expect(names(filterEntries(sorted, 'duc'))).toEqual(['Lê Văn Đức', 'Trần Văn Đức']);
  });
});

describe('index reuse', () => {
  it('refolds only delegates that changed', () => {
    const a = d('Nguyễn Văn An');
    const b = d('Trần Thị Bình');
    // A doctored previous entry shows whether its folding was reused or recomputed.
    const first = buildIndex([a, b]).map((e) => ({ ...e, haystack: `kept ${e.delegate.fullName}` }));
    const b2 = { ...b, fullName: 'Trần Thị Bích' };
    const second = buildIndex([a, b2], first);
    expect(second[0]!.haystack).toBe('kept Nguyễn Văn An');
    expect(second[1]!.haystack).toContain('tran thi bich');
  });
});

describe('column sorts', () => {
  const list = [
    d('Nguyễn Văn An', { organization: 'Vụ Pháp chế', phone: '0912000003' }),
    d('Trần Thị Bình', { organization: null, phone: '0912000001' }),
    d('Lê Văn Cường', { organization: 'Bộ Tài chính' }),
    d('Phạm Thị Dung', { organization: 'Ủy ban nhân dân TP. Đà Nẵng', phone: '0912000002' }),
    d('Đỗ Văn Em', { organization: 'Đài Truyền hình Việt Nam' }),
  ];
  const index = buildIndex(list);
  const byOrg = (dir: 'asc' | 'desc') => names(sortEntriesBy(index, (e) => e.delegate.organization, dir));

  it('text in Vietnamese collation (Đ after D, Ủ after U), empty last both ways', () => {
    expect(byOrg('asc')).toEqual(['Lê Văn Cường', 'Đỗ Văn Em', 'Phạm Thị Dung', 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(byOrg('desc')).toEqual(['Nguyễn Văn An', 'Phạm Thị Dung', 'Đỗ Văn Em', 'Lê Văn Cường', 'Trần Thị Bình']);
  });

  it('plain values and numbers; ties keep name order', () => {
    expect(names(sortEntriesBy(index, (e) => e.delegate.phone, 'asc', true))).toEqual([
      'Trần Thị Bình',
      'Phạm Thị Dung',
      'Nguyễn Văn An',
      'Lê Văn Cường',
      'Đỗ Văn Em',
    ]);
    expect(names(sortEntriesBy(index, () => 1, 'desc'))).toEqual(names(sortEntries(index, 'name')));
    expect(names(sortEntries(index, 'name', 'desc'))).toEqual(names(sortEntries(index, 'name')).reverse());
  });
});

describe('filters', () => {
  const f = (fullName: string, categoryId: string, organization: string | null, status: string, bridgePointId: string | null): FilterableDelegate => ({
    ...d(fullName, { organization }),
    categoryId,
    status,
    bridgePointId,
  });
  const list = [
    f('Nguyễn Văn An', 'guest', 'Bộ Tài chính', 'confirmed', 'hn'),
    f('Trần Thị Bình', 'guest', 'Vụ Pháp chế', 'invited', 'dn'),
    f('Lê Văn Cường', 'delegate', 'Bộ Tài chính', 'declined', null),
    f('Phạm Thị Dung', 'reporter', null, 'confirmed', 'hn'),
  ];
  const index = sortEntries(buildIndex(list), 'name');
  const pick = (...v: string[]) => new Set(v);

  it('ANDs the facets, ORs the values within one; none chosen = any', () => {
    expect(names(applyFilters(index, {}))).toEqual(names(index));
    expect(names(applyFilters(index, { category: pick('guest') }))).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(names(applyFilters(index, { category: pick('guest', 'delegate'), organization: pick('Bộ Tài chính') }))).toEqual(['Nguyễn Văn An', 'Lê Văn Cường']);
    expect(names(applyFilters(index, { bridgePoint: pick(NONE) }))).toEqual(['Lê Văn Cường']);
    expect(names(applyFilters(index, { organization: pick(NONE), status: pick('confirmed') }))).toEqual(['Phạm Thị Dung']);
    expect(hasFilters({ status: new Set() })).toBe(false);
    expect(hasFilters({ status: pick('invited') })).toBe(true);
  });

  it('counts each value of a facet under the other facets’ choices', () => {
    const counts = facetCounts(index, { category: pick('guest'), status: pick('confirmed', 'declined') }, 'status');
    expect(Object.fromEntries(counts)).toEqual({ confirmed: 1, invited: 1 });
    expect(Object.fromEntries(facetCounts(index, {}, 'bridgePoint'))).toEqual({ hn: 2, dn: 1, [NONE]: 1 });
  });
});

describe('at 10,000 delegates', () => {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
  const middle = ['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Ngọc', 'Thị Thanh', 'Quang', 'Hữu', 'Xuân'];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hòa', 'Thủy', 'Yến', 'Ánh', 'Hằng', 'Hùng', 'Lan', 'Minh', 'Nam', 'Phương', 'Quân', 'Sơn', 'Trang'];
  const titles = [
    'Chuyên viên',
    'Chuyên viên chính',
    'Phó Vụ trưởng Vụ Pháp chế',
    'Vụ trưởng Vụ Kế hoạch – Tài chính',
    'Thứ trưởng Bộ Tài chính',
    'Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ninh',
    'Phóng viên',
    null,
  ];
  const list = Array.from({ length: 10_000 }, (_, i) =>
    d(`${family[i % 16]} ${middle[(i >> 4) % 10]} ${given[(i * 7) % 18]}`, {
      title: titles[i % 8]!,
      organization: `Sở Khoa học và Công nghệ tỉnh số ${i % 97}`,
      phone: i % 3 ? `09${String(10_000_000 + i * 37).slice(0, 8)}` : null,
    }),
  );
  // Speed is measured by `npm run bench -- search`, not asserted here: a loaded machine must not fail CI.
  it('narrowing search while typing gives exactly what a fresh search gives, at 10,000 delegates', () => {
    const sorted = sortEntries(buildIndex(list), 'name');
    for (const phrase of ['nguyen van hoa', 'dang thi thuy', 'so khoa hoc 42', 'thu truong', '0910', 'pho vu truong phap che']) {
      const search = createSearch(sorted);
      for (let n = 1; n <= phrase.length; n++) {
        const q = phrase.slice(0, n);
        const hits = search(q);
        // Narrowing from the last result must give exactly what a fresh search gives.
        if (n === phrase.length) expect(hits.map((e) => e.delegate.id)).toEqual(filterEntries(sorted, q).map((e) => e.delegate.id));
      }
    }
  });
});

describe('createSearch', () => {
  const list = buildIndex([d('Đặng Văn Đức'), d('Đặng Thị Thủy'), d('Nguyễn Văn Hoà'), d('Trần Thị Hòa')]);

  it('gives the same answers as a fresh search when narrowing, widening or changing the query', () => {
    const search = createSearch(list);
    for (const q of ['d', 'da', 'dang', 'dang v', 'dang', 'hoa', 'thi hoa', 'hoa thi', 'ho', '', 'xyz', 'x', 'thi']) {
      expect(names(search(q))).toEqual(names(filterEntries(list, q)));
    }
  });
});

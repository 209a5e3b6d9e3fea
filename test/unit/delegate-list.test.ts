import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  filterEntries,
  queryTokens,
  sortEntries,
  type ListableDelegate,
} from '../../shared/delegate-list';
import { compareVietnameseNames } from '../../shared/text';

let seq = 0;
function d(fullName: string, extra: Partial<ListableDelegate> = {}): ListableDelegate {
  seq += 1;
  return { id: `d${String(seq).padStart(4, '0')}`, fullName, title: null, organization: null, phone: null, precedenceRank: null, ...extra };
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
    expect(queryTokens('(024) 3825-1234')).toEqual(['024', '38251234']);
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
    const pool = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Bình', 'Đặng Văn Đức', 'Phạm Thị Thu Hà', 'Hoàng Minh',
      'Vũ Thị Hằng', 'Bùi Xuân Hùng', 'Đỗ Quang Huy', 'Ngô Thị Kim Yến', 'Lý Thanh Ân', 'Cao Văn Ăn', 'Mai',
      'Trịnh Đình Anh', 'Phan Thị Ánh', 'Hồ Ngọc Đạt', 'Tạ Quốc Dũng'];
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
  it('ranked first by rank (numerically), unranked after, ties by Vietnamese name', () => {
    const list = [
      d('Nguyễn Văn An'),
      d('Trần Thị Bình', { precedenceRank: 10 }),
      d('Lê Văn Cường', { precedenceRank: 2 }),
      d('Phạm Thị Dung', { precedenceRank: 1 }),
      d('Hoàng Văn Bình', { precedenceRank: 10 }),
      d('Đỗ Thị Anh'),
    ];
    expect(names(sortEntries(buildIndex(list), 'precedence'))).toEqual([
      'Phạm Thị Dung',
      'Lê Văn Cường',
      'Trần Thị Bình', // rank 10 tie: Thị < Văn
      'Hoàng Văn Bình',
      'Nguyễn Văn An', // unranked, by name: An < Anh
      'Đỗ Thị Anh',
    ]);
  });

  it('sorting does not change the index and filtering keeps the sorted order', () => {
    const list = [d('Trần Văn Đức'), d('Lê Văn Đức', { precedenceRank: 3 }), d('Đặng Thị Đào', { precedenceRank: 1 })];
    const index = buildIndex(list);
    const sorted = sortEntries(index, 'precedence');
    expect(names(index)).toEqual(['Trần Văn Đức', 'Lê Văn Đức', 'Đặng Thị Đào']);
    expect(names(filterEntries(sorted, 'duc'))).toEqual(['Lê Văn Đức', 'Trần Văn Đức']);
  });
});

describe('index reuse', () => {
  it('refolds only delegates that changed', () => {
    const a = d('Nguyễn Văn An');
    const b = d('Trần Thị Bình');
    const first = buildIndex([a, b]);
    const b2 = { ...b, fullName: 'Trần Thị Bích' };
    const second = buildIndex([a, b2], first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.haystack).toContain('tran thi bich');
  });

  it('stays fast at 10,000 delegates', () => {
    const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Vũ', 'Bùi'];
    const middle = ['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Ngọc'];
    const given = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hòa', 'Thủy', 'Yến', 'Ánh', 'Hằng'];
    const list = Array.from({ length: 10_000 }, (_, i) =>
      d(`${family[i % 8]} ${middle[(i >> 3) % 6]} ${given[(i * 7) % 10]}`, { organization: `Đơn vị số ${i % 97}`, precedenceRank: i % 5 === 0 ? i : null }),
    );
    const t0 = performance.now();
    const index = buildIndex(list);
    const sorted = sortEntries(index, 'name');
    sortEntries(index, 'precedence');
    const t1 = performance.now();
    const hits = filterEntries(sorted, 'dang van');
    const t2 = performance.now();
    expect(hits.length).toBeGreaterThan(0);
    expect(t1 - t0).toBeLessThan(1500);
    expect(t2 - t1).toBeLessThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanText, compareVietnameseNames, foldForSearch, identityKey, normalizeTones } from '../../shared/text';

describe('cleanText', () => {
  it('composes NFD to NFC and collapses every kind of space', () => {
    const nfd = 'Nguye\u0302\u0303n  \u00a0Va\u0306n\tAn\u200b '.normalize('NFD');
    expect(cleanText(nfd)).toBe('Nguyễn Văn An');
    expect(cleanText(nfd)).toBe(cleanText(nfd).normalize('NFC'));
  });
});

describe('foldForSearch', () => {
  it('drops diacritics and case, and folds đ/Đ to d', () => {
    expect(foldForSearch('Đặng Văn Đức')).toBe('dang van duc');
    expect(foldForSearch('  NGUYỄN   THỊ  HOÀ ')).toBe('nguyen thi hoa');
    expect(foldForSearch('Hòa'.normalize('NFD'))).toBe('hoa');
  });
});

describe('normalizeTones', () => {
  it('moves the tone of open oa/oe/uy syllables to the chosen vowel', () => {
    expect(normalizeTones('Hoà', 'old')).toBe('Hòa');
    expect(normalizeTones('Hòa', 'new')).toBe('Hoà');
    expect(normalizeTones('Thuỷ', 'old')).toBe('Thủy');
    expect(normalizeTones('khoẻ', 'old')).toBe('khỏe');
    expect(normalizeTones('THUỶ', 'old')).toBe('THỦY');
  });
  it('leaves syllables with one spelling alone', () => {
    for (const w of ['Hoàng', 'Thuyết', 'Quý', 'Quỳnh', 'Toán', 'Hoa', 'Huy']) expect(normalizeTones(w, 'old')).toBe(w);
  });
});

describe('identityKey', () => {
  it('matches the same person typed differently, but keeps Hoa and Hòa apart', () => {
    const k = identityKey('Nguyễn Văn Hòa');
    for (const v of ['NGUYỄN VĂN HOÀ', ' Nguyễn  Văn Hoà', 'Nguyễn Văn Hòa'.normalize('NFD')]) expect(identityKey(v)).toBe(k);
    expect(identityKey('Nguyễn Văn Hoa')).not.toBe(k);
  });
});

describe('compareVietnameseNames', () => {
  const sorted = (names: string[]) => [...names].sort(compareVietnameseNames);
  it('orders by given name first, then middle, then family name', () => {
    expect(sorted(['Trần Văn Bình', 'Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Minh Anh'])).toEqual([
      'Nguyễn Văn An',
      'Phạm Minh Anh',
      'Lê Thị Bình',
      'Trần Văn Bình',
    ]);
    expect(sorted(['Nguyễn Văn Bình', 'Lê Văn Bình'])).toEqual(['Lê Văn Bình', 'Nguyễn Văn Bình']);
  });
  it('uses Vietnamese letter order: d before đ, a before ă before â', () => {
    expect(sorted(['Lê Văn Đức', 'Lê Văn Dũng'])).toEqual(['Lê Văn Dũng', 'Lê Văn Đức']);
    expect(sorted(['Ân', 'Ăn', 'An'].map((g) => `Lê ${g}`))).toEqual(['Lê An', 'Lê Ăn', 'Lê Ân']);
  });
  it('orders tones as CLDR vi: none, huyền, hỏi, ngã, sắc, nặng', () => {
    const given = ['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ'];
    expect(sorted([...given].reverse().map((g) => `Lê ${g}`))).toEqual(given.map((g) => `Lê ${g}`));
  });
});

describe('foldForSearch fast path', () => {
  it('equals the reference folding on every BMP character, alone and between letters', async () => {
    const { foldReference } = await import('../../shared/text');
    for (let c = 0; c < 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, ` ${ch} `])
        if (foldForSearch(s) !== foldReference(s))
          throw new Error(`U+${c.toString(16)}: ${JSON.stringify(foldForSearch(s))} vs ${JSON.stringify(foldReference(s))}`);
    }
  });
  it('equals the reference on names in NFC and NFD, with odd spacing and emoji', async () => {
    const { foldReference } = await import('../../shared/text');
    for (const s of [
      '  Nguyễn   Văn  Đức ',
      'Đặng Thị Thủy'.normalize('NFD'),
      'HOÀNG\u00a0Thị\u200bLan',
      '😀 Lê Tám',
      '',
      '   ',
      'Phó Thủ tướng\tChính phủ\r\n',
    ])
      expect(foldForSearch(s)).toBe(foldReference(s));
  });
});

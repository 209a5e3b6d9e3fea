import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { mergeContracts } from '../../shared/contract/merge';

describe('the contract and the migrations refuse mistakes early', () => {
  it('merging two features that both define a call name does not compile', () => {
    // @ts-expect-error "x.get" is defined twice: the type check (npm test) fails if this ever compiles.
    const merged = mergeContracts({ 'x.get': 1 }, { 'x.get': 2, 'y.get': 3 });
    expect(Object.keys(merged)).toEqual(['x.get', 'y.get']);
    expect(Object.keys(mergeContracts({ a: 1 }, { b: 2 }))).toEqual(['a', 'b']);
  });

  it('numbers the migrations 1, 2, 3 … in order, each name starting with its number', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
    for (const m of migrations) expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
  });
});

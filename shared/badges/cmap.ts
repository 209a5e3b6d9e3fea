/**
 * The characters a font file can draw: its `cmap` table read from a WOFF file (the tables
 * zlib-compressed one by one, inflated with fflate), as sorted [first, last] code point ranges.
 * Pure; the glyph check of the badges (issue 10) is built from it.
 */
import { unzlibSync } from 'fflate';

export type Ranges = [number, number][];

function woffTable(woff: Uint8Array, tag: string): DataView {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (v.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const count = v.getUint16(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const name = String.fromCharCode(woff[at]!, woff[at + 1]!, woff[at + 2]!, woff[at + 3]!);
    if (name !== tag) continue;
    const offset = v.getUint32(at + 4);
    const compLength = v.getUint32(at + 8);
    const origLength = v.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(raw) : raw;
    return new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  throw new Error(`no ${tag} table`);
}

/** The font's vertical metrics (hhea ascender and descender) in em, as browsers place a line. */
export function woffMetrics(woff: Uint8Array): { ascent: number; descent: number } {
  const upem = woffTable(woff, 'head').getUint16(18);
  const hhea = woffTable(woff, 'hhea');
  return { ascent: hhea.getInt16(4) / upem, descent: -hhea.getInt16(6) / upem };
}

/** Merges touching or overlapping ranges, sorted. */
export function mergeRanges(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The code points a WOFF font maps to a glyph (format 12 when present, else format 4). */
export function woffCoverage(woff: Uint8Array): Ranges {
  const cmap = woffTable(woff, 'cmap');
  const n = cmap.getUint16(2);
  let f4 = -1;
  let f12 = -1;
  for (let i = 0; i < n; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    if (!(platform === 3 || platform === 0)) continue;
    const format = cmap.getUint16(offset);
    if (format === 12 && (platform === 0 || encoding === 10)) f12 = offset;
    if (format === 4) f4 = offset;
  }
  const out: Ranges = [];
  if (f12 >= 0) {
    const groups = cmap.getUint32(f12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = f12 + 16 + g * 12;
      out.push([cmap.getUint32(at), cmap.getUint32(at + 4)]);
    }
    return mergeRanges(out);
  }
  if (f4 < 0) throw new Error('no Unicode cmap');
  const segs = cmap.getUint16(f4 + 6) / 2;
  const ends = f4 + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getUint16(deltas + s * 2);
    const ro = cmap.getUint16(rangeOffsets + s * 2);
    if (start === 0xffff) continue;
    for (let c = start; c <= end; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = cmap.getUint16(rangeOffsets + s * 2 + ro + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.push([c, c]);
    }
  }
  return mergeRanges(out);
}

/** A CSS `unicode-range` ("U+0000-00FF,U+0131") as ranges. */
export function parseUnicodeRange(css: string): Ranges {
  return mergeRanges(
    css.split(',').map((part) => {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
    }),
  );
}

/** The code points in both. */
export function intersectRanges(a: Ranges, b: Ranges): Ranges {
  const out: Ranges = [];
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const lo = Math.max(a0, b0);
      const hi = Math.min(a1, b1);
      if (lo <= hi) out.push([lo, hi]);
    }
  return mergeRanges(out);
}

/** Whether a code point is in sorted, merged ranges (a binary search). */
export function inRanges(ranges: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

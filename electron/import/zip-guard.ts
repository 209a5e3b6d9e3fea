import { inflateRawSync } from 'node:zlib';
import { damagedFile, encryptedZip, notAWorkbook, zipBomb } from './errors';

/**
 * Walks an .xlsx (a zip) BEFORE any parser sees it: no xlsx library limits how much it inflates.
 * Declared sizes are checked first (cheap refusal of an honest bomb), then every entry the parser
 * would read is inflated here under a hard output cap (zlib stops as soon as it is reached),
 * because declared sizes can lie. The entries
 * must tile the archive exactly as the central directory says, so a streaming reader (which
 * read-excel-file is) cannot find a hidden entry this walk did not count.
 */

export interface ZipLimits {
  /** Total bytes the parser's entries may inflate to. A 20,000-row sheet is well under 20 MB. */
  maxInflatedBytes: number;
  /**
   * One entry may inflate to at most max(ratioFloorBytes, maxRatio × its compressed size): real
   * sheets stay far below (a 5,000-row list is about 12:1), a deflate bomb runs near 1000:1.
   */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

const ZIP_LIMITS: ZipLimits = {
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 8 * 1024 * 1024,
  maxEntries: 5000,
};

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** `<row>` elements in its XML: every row the sheet stores, titles and blanks included. */
  rowCount: number;
}

export interface XlsxZip {
  sheets: SheetInfo[];
  inflatedBytes: number;
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32 = 0xffffffff;

/** The parser reads only these (read-excel-file's own filter). */
const parserReads = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

export function inspectXlsxZip(buf: Uint8Array, limits: ZipLimits = ZIP_LIMITS): XlsxZip {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (at: number) => (at + 2 <= buf.length ? view.getUint16(at, true) : fail());
  const u32 = (at: number) => (at + 4 <= buf.length ? view.getUint32(at, true) : fail());
  const u64 = (at: number) => {
    const lo = u32(at);
    const hi = u32(at + 4);
    if (hi > 0x1fffff) fail();
    return hi * 2 ** 32 + lo;
  };

  // End of central directory: the last record with its signature, within the max comment length.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail();
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === U32 || cdOffset === U32) {
    const loc = eocd - 20;
    if (loc < 0 || u32(loc) !== SIG_EOCD64_LOCATOR) fail();
    const at = u64(loc + 8);
    if (u32(at) !== SIG_EOCD64) fail();
    count = u64(at + 32);
    cdSize = u64(at + 40);
    cdOffset = u64(at + 48);
  }
  if (count > limits.maxEntries) throw zipBomb(limits.maxInflatedBytes);
  if (cdOffset + cdSize > buf.length) fail();

  const entries: Entry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (u32(p) !== SIG_CENTRAL) fail();
    const flags = u16(p + 8);
    const method = u16(p + 10);
    let compressed = u32(p + 20);
    let size = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    let offset = u32(p + 42);
    const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLen));
    // Zip64 sizes and offset live in extra field 0x0001, in this order, only for the saturated ones.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(x);
      const len = u16(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === U32) {
          size = u64(q);
          q += 8;
        }
        if (compressed === U32) {
          compressed = u64(q);
          q += 8;
        }
        if (offset === U32) offset = u64(q);
      }
      x += 4 + len;
    }
    if (flags & 1) throw encryptedZip();
    entries.push({ name, method, compressed, size, offset });
    p = xEnd + commentLen;
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw notAWorkbook();

  const read = entries.filter((e) => parserReads(e.name));
  const declared = read.reduce((s, e) => s + e.size, 0);
  if (declared > limits.maxInflatedBytes) throw zipBomb(limits.maxInflatedBytes);

  // The entries, in file order, must follow each other with nothing in between.
  const ordered = [...entries].sort((a, b) => a.offset - b.offset);
  let expected = 0;
  const dataAt = new Map<Entry, number>();
  for (const e of ordered) {
    // A data descriptor (12 to 24 bytes) may sit between the previous entry's data and this header.
    if (e.offset < expected || e.offset > expected + 24) fail();
    if (u32(e.offset) !== SIG_LOCAL) fail();
    const localName = new TextDecoder().decode(buf.subarray(e.offset + 30, e.offset + 30 + u16(e.offset + 26)));
    if (localName !== e.name) fail();
    const start = e.offset + 30 + u16(e.offset + 26) + u16(e.offset + 28);
    dataAt.set(e, start);
    expected = start + e.compressed;
  }
  if (expected > cdOffset || cdOffset > expected + 24) fail();

  let inflated = 0;
  const texts = new Map<string, string>();
  const rowsByPath = new Map<string, number>();
  for (const e of read) {
    const start = dataAt.get(e)!;
    const data = buf.subarray(start, start + e.compressed);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      // Native inflate with a hard output cap: the entry may not exceed what is left of the total,
      // nor maxRatio times its compressed size (beyond a floor). Declared sizes play no part.
      const cap = Math.min(limits.maxInflatedBytes - inflated, Math.max(limits.ratioFloorBytes, limits.maxRatio * data.length));
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw zipBomb(limits.maxInflatedBytes);
        fail();
      }
    } else fail();
    inflated += out.length;
    if (inflated > limits.maxInflatedBytes) throw zipBomb(limits.maxInflatedBytes);
    const bytes = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    if (e.name.startsWith('xl/worksheets/')) rowsByPath.set(e.name, countRows(bytes));
    if (e.name === 'xl/workbook.xml' || e.name === 'xl/_rels/workbook.xml.rels') texts.set(e.name, bytes.toString('utf8'));
  }

  return { sheets: sheetsOf(texts.get('xl/workbook.xml') ?? '', texts.get('xl/_rels/workbook.xml.rels') ?? '', rowsByPath), inflatedBytes: inflated };
}

function fail(): never {
  throw damagedFile();
}

/** `<row ` elements (or prefixed `<x:row `, which some writers use): every row the sheet stores. */
function countRows(xml: Buffer): number {
  const needle = xml.includes('<row ') || !xml.includes(':row ') ? '<row ' : ':row ';
  let n = 0;
  for (let i = xml.indexOf(needle); i >= 0; i = xml.indexOf(needle, i + needle.length)) n++;
  return n;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!]!,
  );

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : undefined;
};

/** Sheet names in workbook order, with the row count of each sheet's XML. */
function sheetsOf(workbook: string, rels: string, rowsByPath: ReadonlyMap<string, number>): SheetInfo[] {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (!id || !target) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const sheets: SheetInfo[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attr(m[1]!, 'name');
    if (name === undefined) continue;
    const rid = attr(m[1]!, 'r:id') ?? attr(m[1]!, '[\\w]+:id');
    const state = attr(m[1]!, 'state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', rowCount: rowsByPath.get(targets.get(rid ?? '') ?? '') ?? 0 });
  }
  return sheets;
}

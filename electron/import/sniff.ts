import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract/import';
import { emptyFile, fileTooLarge, notASpreadsheet, oleFile } from './errors';

export type FileKind = 'xlsx' | 'csv';

/** The bytes behind the base64, refused when empty or over the limit (the schema only bounds the text). */
export function decodeBase64(dataBase64: string): Buffer {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw fileTooLarge(bytes.length);
  return bytes;
}

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((v, i) => b[i] === v);

/** Well-known non-spreadsheet files, named in the message so the user knows what they picked. */
const OTHER: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['gzip', [0x1f, 0x8b]],
  ['RTF', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/**
 * What the bytes are, by their first bytes, whatever the file is called: "PK" is a zip (an .xlsx,
 * checked further by the zip guard); an OLE compound file is an .xls or a password-protected
 * .xlsx (Excel encrypts into one); a few common others are named; the rest is read as CSV text.
 */
export function sniff(bytes: Uint8Array): FileKind {
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04) || starts(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'xlsx';
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) throw oleFile();
  for (const [what, sig] of OTHER) if (starts(bytes, ...sig)) throw notASpreadsheet(what);
  return 'csv';
}

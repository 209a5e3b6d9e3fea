import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DomainError } from '../../shared/result';
import { EVENT_FILE_FORMAT, EVENT_FILE_MAGIC, EVENT_FILE_VERSION } from '../../shared/event-file/format';

/** What the readable second line of an event file says about it, before its body is trusted. */
export interface EventFileHeader {
  format: string;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  /** SHA-256 of the compressed body, hex. */
  sha256: string;
  bytes: number;
}

const MAX_HEADER = 4096;
/** A body that inflates past this is refused (a file made to fill the memory). */
const MAX_INFLATED = 1024 * 1024 * 1024;
const magic = Buffer.from(EVENT_FILE_MAGIC, 'utf8');

const badFile = (vi: string, en: string) => new DomainError('BAD_FILE', { vi, en });
const notOurs = () =>
  badFile('Đây không phải tệp sự kiện của Hội Nghị (.hoinghi), hoặc tệp đã bị hỏng.', 'This is not a Hội Nghị event file (.hoinghi), or the file is damaged.');
const truncated = () =>
  badFile(
    'Tệp sự kiện bị thiếu phần cuối (có thể chép chưa xong). Không có gì bị thay đổi; hãy chép lại tệp.',
    'The event file is cut short (it may not have finished copying). Nothing was changed; copy the file again.',
  );
const tampered = () =>
  badFile(
    'Tệp sự kiện đã bị sửa đổi hoặc hỏng (mã kiểm tra không khớp). Không có gì bị thay đổi; hãy xin lại tệp gốc.',
    'The event file was altered or damaged (its checksum does not match). Nothing was changed; ask for the original file again.',
  );
const tooNewFile = (appVersion: string) =>
  badFile(
    `Tệp này được tạo bởi phiên bản Hội Nghị mới hơn (${appVersion}). Hãy cập nhật ứng dụng rồi mở lại tệp. Không có gì bị thay đổi.`,
    `This file was made by a newer version of Hội Nghị (${appVersion}). Update the app, then open the file again. Nothing was changed.`,
  );

/** magic line, header line (JSON), then the gzipped JSON body: the header can be read with `head -2`. */
export function encodeEventFile(payload: unknown, appVersion: string, schemaVersion: number): Uint8Array {
  const body = gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'), { level: 6 });
  const header: EventFileHeader = {
    format: EVENT_FILE_FORMAT,
    formatVersion: EVENT_FILE_VERSION,
    appVersion,
    schemaVersion,
    sha256: createHash('sha256').update(body).digest('hex'),
    bytes: body.length,
  };
  return Buffer.concat([magic, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

/**
 * Reads an event file's header and body, refusing (changing nothing) a file of another kind, a newer
 * version, cut short or altered. The body is only inflated once its checksum matches.
 */
export function decodeEventFile(bytes: Uint8Array, ourSchema: number): { header: EventFileHeader; body: unknown } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < magic.length || !buf.subarray(0, magic.length).equals(magic)) {
    if (buf.length > 0 && magic.subarray(0, buf.length).equals(buf)) throw truncated();
    throw notOurs();
  }
  const end = buf.indexOf(0x0a, magic.length);
  if (end < 0) throw buf.length - magic.length < MAX_HEADER ? truncated() : notOurs();
  if (end - magic.length > MAX_HEADER) throw notOurs();
  let header: EventFileHeader;
  try {
    header = JSON.parse(buf.subarray(magic.length, end).toString('utf8')) as EventFileHeader;
  } catch {
    throw notOurs();
  }
  if (typeof header !== 'object' || header === null || header.format !== EVENT_FILE_FORMAT) throw notOurs();
  const appVersion = typeof header.appVersion === 'string' ? header.appVersion.slice(0, 40) : '?';
  if (typeof header.formatVersion !== 'number' || header.formatVersion > EVENT_FILE_VERSION) throw tooNewFile(appVersion);
  if (typeof header.schemaVersion !== 'number' || header.schemaVersion > ourSchema) throw tooNewFile(appVersion);
  if (typeof header.sha256 !== 'string' || typeof header.bytes !== 'number') throw notOurs();
  const body = buf.subarray(end + 1);
  if (body.length < header.bytes) throw truncated();
  if (body.length > header.bytes) throw tampered();
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw tampered();
  let json: string;
  try {
    json = gunzipSync(body, { maxOutputLength: MAX_INFLATED }).toString('utf8');
  } catch {
    throw tampered();
  }
  try {
    return { header, body: JSON.parse(json) as unknown };
  } catch {
    throw tampered();
  }
}

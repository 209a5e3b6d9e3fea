import { randomUUID } from 'node:crypto';

/**
 * Stable text ids, so rows can be exported and merged across laptops. Time-ordered (UUID v7 of
 * RFC 9562: the millisecond, then 74 random bits), so rows written together sit together in every
 * index keyed by id and an import's 5,000 rows are appended rather than scattered. Made from
 * Node's pooled random UUID: the `uuid` package's v7 costs eight times as much per id.
 */
let lastMs = -1;
let prefix = '';
export function newId(): string {
  const now = Date.now();
  if (now !== lastMs) {
    const ms = now.toString(16).padStart(12, '0');
    lastMs = now;
    prefix = `${ms.slice(0, 8)}-${ms.slice(8)}-7`;
  }
  // randomUUID is "xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx" with the variant set: keep all after the version.
  return prefix + randomUUID().slice(15);
}
export const nowIso = (): string => new Date().toISOString();

import { randomUUID } from 'node:crypto';

/** Stable text ids, so rows can be exported and merged across laptops. */
export const newId = (): string => randomUUID();
export const nowIso = (): string => new Date().toISOString();

import type { z } from 'zod';
import type { Message } from '../../shared/result';
import { validationError } from '../../shared/validation';
import { ApiError } from '../api/client';

/** Per-field messages, kept bilingual so they follow a language switch. */
export type FieldErrors = Record<string, Message>;

function isProblem(p: unknown): p is { path: string; message: Message } {
  if (typeof p !== 'object' || p === null) return false;
  const { path, message } = p as { path?: unknown; message?: { vi?: unknown; en?: unknown } };
  return typeof path === 'string' && typeof message?.vi === 'string' && typeof message.en === 'string';
}

/** The first problem of each field (the one to fix first). */
function collect(problems: readonly { path: string; message: Message }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) {
    const field = p.path.split('.')[0] ?? '';
    if (field && !out[field]) out[field] = p.message;
  }
  return out;
}

/** Checks values against the contract's own schema, so the client says exactly what the server would. */
export function checkWithSchema(schema: z.ZodType, input: unknown): FieldErrors {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return collect((validationError(parsed.error.issues).details as { path: string; message: Message }[]) ?? []);
}

/**
 * Splits a failed save into what goes next to fields (VALIDATION details naming a field the form
 * shows) and what goes in the form's banner (everything else).
 */
export function splitServerError(e: unknown, fields: readonly string[]): { fields: FieldErrors; general: unknown } {
  if (!(e instanceof ApiError) || e.error.code !== 'VALIDATION' || !Array.isArray(e.error.details)) return { fields: {}, general: e };
  const problems = e.error.details.filter(isProblem);
  const known = problems.filter((p) => fields.includes(p.path.split('.')[0] ?? ''));
  return { fields: collect(known), general: known.length === problems.length && known.length > 0 ? null : e };
}

/** "không được để trống" reads as a sentence under a field: "Không được để trống". */
export const sentence = (s: string): string => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);

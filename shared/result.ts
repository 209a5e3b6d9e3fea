/** The envelope every contract call answers with, whichever transport carries it. */
/** UNAVAILABLE: a call the desktop app answers and the browser preview cannot (a system dialog). */
export type ErrorCode = 'VALIDATION' | 'UNKNOWN_CALL' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'TOO_LARGE' | 'BAD_FILE' | 'UNAVAILABLE' | 'INTERNAL';

export interface Message {
  vi: string;
  en: string;
}

export interface AppError {
  code: ErrorCode;
  message: Message;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: Message, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Thrown by handlers and queries; dispatch turns it into a failed envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly msg: Message,
    readonly details?: unknown,
  ) {
    super(msg.en);
    this.name = 'DomainError';
  }
}

export const notFound = (what: Message): DomainError =>
  new DomainError('NOT_FOUND', {
    vi: `Không tìm thấy ${what.vi}. Có thể mục này đã bị xoá.`,
    en: `${what.en} was not found. It may have been deleted.`,
  });

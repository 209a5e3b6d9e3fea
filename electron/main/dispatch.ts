import type { Store } from '../../db/connection';
import { contract, isCallName, type CallName } from '../../shared/contract';
import os from 'node:os';
import { beginChangeSet, endChangeSet } from '../../db/history/record';
import { laptopName } from '../../db/settings';
import { backupBefore } from './auto-backup';
import { DomainError, fail, ok, type Message, type Result } from '../../shared/result';
import { validationError } from '../../shared/validation';
import { handlers } from '../handlers';
import type { Desktop, Handler } from '../handlers/types';

export interface DispatchContext {
  store: Store;
  appVersion: string;
  /** This laptop's name in the change history, over the one set in the app (or the computer's name). */
  laptop?: string;
  /** The system's dialogs and file manager, in the desktop app only. */
  desktop?: Desktop;
  /** Where unexpected failures are reported; the caller only sees a generic message. */
  log?: (message: string, error: unknown) => void;
  /** The check-in desk a call came from (a paired desk on the venue's network); this laptop's name otherwise. */
  desk?: string;
  /** The built renderer, for the servers a call may open (the desks' LAN server). */
  rendererDir?: string;
}

/**
 * The one door into the main process: validates the input against the contract, runs the handler
 * (writes inside one transaction: all or nothing), and always answers with an envelope.
 */
export async function dispatch(name: string, rawInput: unknown, ctx: DispatchContext): Promise<Result<unknown>> {
  if (!isCallName(name))
    return fail('UNKNOWN_CALL', {
      vi: `Không có thao tác "${String(name).slice(0, 80)}".`,
      en: `There is no operation "${String(name).slice(0, 80)}".`,
    });
  const entry = contract[name];
  const parsed = entry.input.safeParse(rawInput === undefined ? {} : rawInput, { reportInput: true });
  if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) };

  const handler = handlers[name] as Handler<CallName>;
  const laptop = () => ctx.laptop ?? laptopName(ctx.store.sqlite) ?? os.hostname();
  const base = {
    store: ctx.store,
    appVersion: ctx.appVersion,
    changeSet: null,
    desktop: ctx.desktop ?? null,
    laptop,
    desk: () => ctx.desk ?? laptop(),
    serving: { rendererDir: ctx.rendererDir ?? null, log: ctx.log },
  };
  try {
    if (entry.write) await backupBefore(ctx.store, name, parsed.data, ctx.log);
    const value = entry.write
      ? await ctx.store.db.transaction().execute(async (trx) => {
          // Every write is one change set: its rows are recorded by the history's triggers.
          const sqlite = ctx.store.sqlite;
          const open = beginChangeSet(sqlite, name, laptop());
          const changeSet = open ? { id: open.id, label: undefined as Message | undefined } : null;
          const out = await handler(parsed.data as never, { ...base, db: trx, changeSet });
          if (open) endChangeSet(sqlite, open, name, parsed.data as Record<string, unknown>, out, changeSet?.label);
          return out;
        })
      : await handler(parsed.data as never, { ...base, db: ctx.store.db });
    if (entry.write) ctx.store.checkpointSoon();
    return ok(value);
  } catch (e) {
    return failureOf(name, e, ctx);
  }
}

function failureOf(name: string, e: unknown, ctx: DispatchContext): Result<never> {
  if (e instanceof DomainError) return fail(e.code, e.msg, e.details);
  if (isConstraintError(e))
    return fail('CONFLICT', {
      vi: 'Thao tác mâu thuẫn với dữ liệu hiện có (có thể mục liên quan vừa bị xoá hoặc đã tồn tại). Không có gì bị thay đổi.',
      en: 'The operation conflicts with existing data (a related item may have just been deleted or already exist). Nothing was changed.',
    });
  ctx.log?.(`dispatch ${name} failed`, e);
  return fail('INTERNAL', {
    vi: 'Đã xảy ra lỗi không mong muốn. Không có gì bị thay đổi; hãy thử lại.',
    en: 'Something unexpected went wrong. Nothing was changed; please try again.',
  });
}

const isConstraintError = (e: unknown): boolean => e instanceof Error && String((e as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT');

import type { Kysely } from 'kysely';
import type { Store } from '../../db/connection';
import type { DB } from '../../db/schema';
import type { Message } from '../../shared/result';
import type { CallName, CallOutput, Contract } from '../../shared/contract';
import type { ParsedInputOf } from '../../shared/contract/define';

/** What only the desktop app can do (the system's dialogs and file manager); the preview has none. */
export interface Desktop {
  /** Asks where to put a backup (a USB stick); null when the organizer cancels. */
  chooseBackupPath(store: Store): Promise<string | null>;
  openFolder(dir: string): Promise<void>;
  /** Asks where to save, then prints the main window's page (the open print view) to that PDF; null when cancelled. */
  savePdf(suggestedName: string): Promise<string | null>;
  /** Asks where to save, then writes these bytes (a PDF the page made) there; null when cancelled. */
  savePdfData(suggestedName: string, pdf: Uint8Array): Promise<string | null>;
  /** Opens (or brings forward) the stage view of an event in a second window, for the MC or the hall's screen. */
  openLiveWindow(eventId: string): Promise<void>;
}

export interface HandlerContext {
  /** Inside a write call this is the transaction: use only it. */
  db: Kysely<DB>;
  store: Store;
  appVersion: string;
  /** The change set a write is recorded in (null for reads, or a file without history); a label set here replaces the call's own. */
  changeSet: { id: string; label: Message | undefined } | null;
  desktop: Desktop | null;
  /** This laptop's name (the one set in the app, or the computer's). */
  laptop: () => string;
  /** The desk of a check-in: a paired desk's name, or this laptop's. */
  desk: () => string;
  /** What a server opened by a call needs: the built renderer, where failures are reported. */
  serving: { rendererDir: string | null; log?: (message: string, error: unknown) => void };
}

export type Handler<N extends CallName> = (input: ParsedInputOf<Contract[N]>, ctx: HandlerContext) => Promise<CallOutput<N>>;
export type HandlersFor<N extends CallName> = { [K in N]: Handler<K> };

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type OpenOptions, type Store } from '../../../db/connection';
import { dispatch } from '../../../electron/main/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-unit-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestStore {
  store: Store;
  dir: string;
  /** Calls through the real dispatch, as a transport would, returning the raw envelope. */
  raw(name: string, input: unknown): Promise<Result<unknown>>;
  /** Calls and unwraps; fails the test with the error message if the call failed. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
}

export async function testStore(options: OpenOptions = {}): Promise<TestStore> {
  const dir = tempDir();
  const store = await openStore(path.join(dir, 'hoi-nghi.sqlite'), options);
  cleanups.push(() => store.close());
  const ctx = { store, appVersion: 'test' };
  const raw = (name: string, input: unknown) => dispatch(name, input, ctx);
  return {
    store,
    dir,
    raw,
    async call(name, input) {
      const r = await raw(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message.en}`);
      return r.value as never;
    },
  };
}

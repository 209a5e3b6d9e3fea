// The host of the two-desk run, a process of its own: opens the data file and the desks' LAN
// server on 127.0.0.1 for the event, prints "READY <url> <code>", and serves until SIGTERM.
import fs from 'node:fs';
import { openStore } from '../../../db/connection';
import { dispatch } from '../../../electron/main/dispatch';
import type { DeskHostState } from '../../../shared/contract/desks';

async function main() {
  const [file, eventId, rendererDir] = process.argv.slice(2);
  const store = await openStore(file!);
  const ctx = { store, appVersion: 'desks-run', laptop: 'Máy chủ', rendererDir };
  const r = await dispatch('desks.open', { eventId, address: '127.0.0.1', port: 0 }, ctx);
  if (!r.ok) throw new Error(r.error.message.en);
  const state = r.value as DeskHostState;
  fs.writeSync(1, `READY ${state.url} ${state.code}\n`);
  process.on('SIGTERM', () => {
    void dispatch('desks.close', {}, ctx)
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

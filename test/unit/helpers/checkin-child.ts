// The child of the check-in kill test: opens the data file and checks in the delegates named on
// the command line one by one through dispatch, printing "OK <id>" (synchronously) as soon as each
// answered. The test kills it with SIGKILL part way through.
import fs from 'node:fs';
import { openStore } from '../../../db/connection';
import { dispatch } from '../../../electron/main/dispatch';

async function main() {
  const [file, eventId, ...ids] = process.argv.slice(2);
  const store = await openStore(file!);
  const ctx = { store, appVersion: 'kill-test', laptop: 'Bàn kiểm thử' };
  fs.writeSync(1, 'READY\n');
  for (const delegateId of ids) {
    const r = await dispatch('checkin.checkIn', { eventId, delegateId }, ctx);
    if (!r.ok) throw new Error(r.error.message.en);
    fs.writeSync(1, `OK ${delegateId}\n`);
  }
  fs.writeSync(1, 'DONE\n');
  // Never closes: the test kills it first, or it waits here.
  setInterval(() => {}, 1000);
}
void main();

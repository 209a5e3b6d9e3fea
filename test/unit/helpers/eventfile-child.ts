// The child of the event-file kill test: opens the data file, reads the event file, says READY,
// then merges it through dispatch and says DONE. The test kills it with SIGKILL part way through.
import fs from 'node:fs';
import { openStore } from '../../../db/connection';
import { dispatch } from '../../../electron/main/dispatch';

async function main() {
  const [file, eventFile] = process.argv.slice(2);
  const store = await openStore(file!);
  const dataBase64 = fs.readFileSync(eventFile!).toString('base64');
  const ctx = { store, appVersion: 'kill-test', laptop: 'Bàn kiểm thử' };
  fs.writeSync(1, 'READY\n');
  const started = performance.now();
  const r = await dispatch('eventFile.import', { dataBase64, otherwise: 'theirs' }, ctx);
  if (!r.ok) throw new Error(r.error.message.en);
  fs.writeSync(1, `DONE ${Math.round(performance.now() - started)}\n`);
  // Never closes: the test kills it first, or it waits here.
  setInterval(() => {}, 1000);
}
void main();

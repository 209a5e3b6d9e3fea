// One desk of the two-desk run, a process of its own (a phone's browser, as far as the host can
// tell): pairs with the code, waits for the common start, then scans its badges one after the
// other as a desk's scanner does, timing each from the scan to the answer. Prints one JSON line.
import fs from 'node:fs';

interface Outcome {
  ok: number;
  already: number;
  other: string[];
  ms: number[];
}

async function main() {
  const [url, code, name, codesFile, startAt] = process.argv.slice(2);
  const codes = JSON.parse(fs.readFileSync(codesFile!, 'utf8')) as string[];
  const post = async (path: string, body: unknown, token = '') => {
    const res = await fetch(new URL(path, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hoi-nghi-token': token },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { ok: boolean; value?: any; error?: { code: string; message: { en: string }; details?: { reason?: string } } };
  };
  const paired = await post('desk/pair', { code, name });
  if (!paired.ok) throw new Error(`pairing failed: ${paired.error?.message.en}`);
  const token = paired.value.token as string;
  await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
  const out: Outcome = { ok: 0, already: 0, other: [], ms: [] };
  for (const c of codes) {
    const t0 = performance.now();
    const r = await post('rpc/checkin.checkIn', { code: c }, token);
    out.ms.push(performance.now() - t0);
    if (r.ok) out.ok++;
    else if (r.error?.code === 'CONFLICT' && r.error.details?.reason === 'already') out.already++;
    else out.other.push(`${r.error?.code}: ${r.error?.message.en}`);
  }
  fs.writeSync(1, `${JSON.stringify(out)}\n`);
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

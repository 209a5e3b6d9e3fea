import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(abs, f));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('architecture boundaries', () => {
  it.each(['renderer', 'shared'])('%s/ never imports electron, better-sqlite3, Node built-ins or db/', (dir) => {
    const offenders: string[] = [];
    for (const file of sources(dir)) {
      for (const spec of imports(file)) {
        const resolved = spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), spec)) : spec;
        if (/^(electron|better-sqlite3|node:|fs$|path$|os$|child_process$)/.test(resolved) || /^(db|electron)\//.test(resolved))
          offenders.push(`${path.relative(ROOT, file)} -> ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('db/ never imports electron or the renderer', () => {
    const offenders = sources('db').flatMap((f) =>
      imports(f)
        .filter((s) => s === 'electron' || s.includes('renderer/'))
        .map((s) => `${f} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});

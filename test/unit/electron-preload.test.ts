import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handlers } from '../../electron/handlers';
import { contract } from '../../shared/contract';
import { CALL_NAMES } from '../../shared/contract/names';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

// Importing the preload is what Electron does before the page runs.
await import('../../electron/preload/preload');

const contractNames = Object.keys(contract).sort();

describe('preload', () => {
  it('exposes exactly one key, "api", to the page', () => {
    expect(contextBridge.exposed.map((e) => e.key)).toEqual(['api']);
  });

  it('whose functions are exactly the contract, nothing of ipcRenderer besides', () => {
    const api = contextBridge.exposed[0]!.api as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(contractNames);
    for (const fn of Object.values(api)) expect(fn).toBeTypeOf('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('on');
  });

  it('each function invokes rpc:<name> with the input, and returns the answer', async () => {
    const api = contextBridge.exposed[0]!.api as Record<string, (input: unknown) => Promise<unknown>>;
    for (const name of contractNames) {
      ipcRenderer.calls = [];
      const input = { probe: name };
      await expect(api[name]!(input)).resolves.toEqual({ ok: true, value: `rpc:${name}` });
      expect(ipcRenderer.calls).toEqual([[`rpc:${name}`, input]]);
    }
  });

  it('the bundled preload requires nothing but electron (a sandboxed preload cannot)', async () => {
    // Same bundling as scripts/build.mjs for the preload.
    const out = await build({
      entryPoints: [path.resolve(__dirname, '../../electron/preload/preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'chrome130',
      external: ['electron', 'better-sqlite3'],
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    // The schemas (zod) stay in the main process; the preload carries only the names.
    expect(code.length).toBeLessThan(5_000);
  });
});

describe('the contract, its names and its handlers agree', () => {
  it('CALL_NAMES equals Object.keys(contract)', () => {
    expect([...CALL_NAMES].sort()).toEqual(contractNames);
    expect(CALL_NAMES).toHaveLength(new Set(CALL_NAMES).size);
  });

  it('Object.keys(handlers) equals Object.keys(contract)', () => {
    expect(Object.keys(handlers).sort()).toEqual(contractNames);
  });
});

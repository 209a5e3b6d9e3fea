import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Electron's fuse sentinel (@electron/fuses' constants.d.ts; not exported from its entry point).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const requireCjs = createRequire(import.meta.url);
const hook = requireCjs('../../build/fuses.cjs') as ((context: unknown) => Promise<void>) & {
  electronBinary(context: unknown): string;
};
const pkg = requireCjs('../../package.json') as { build: { afterPack: string } };

/** A stand-in for the Electron executable: junk, the fuse sentinel, Electron's default wire, junk. */
const ORIGINAL: Record<string, FuseState> = {
  RunAsNode: FuseState.ENABLE,
  EnableCookieEncryption: FuseState.DISABLE,
  EnableNodeOptionsEnvironmentVariable: FuseState.ENABLE,
  EnableNodeCliInspectArguments: FuseState.ENABLE,
  EnableEmbeddedAsarIntegrityValidation: FuseState.DISABLE,
  OnlyLoadAppFromAsar: FuseState.DISABLE,
  LoadBrowserProcessSpecificV8Snapshot: FuseState.DISABLE,
  GrantFileProtocolExtraPrivileges: FuseState.ENABLE,
  WasmTrapHandlers: FuseState.ENABLE,
};
const names = Object.keys(ORIGINAL);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-fuses-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function fakeElectron(file: string) {
  const wire = Buffer.from(names.map((n) => ORIGINAL[n]!));
  fs.writeFileSync(file, Buffer.concat([randomBytes(4096), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), wire, randomBytes(4096)]));
}

const context = (platform: string) => ({
  appOutDir: dir,
  electronPlatformName: platform,
  // As electron-builder sets them from our config's executableName "hoi-nghi".
  packager: { executableName: 'hoi-nghi', appInfo: { productFilename: 'hoi-nghi' } },
});

describe('build/fuses.cjs (electron-builder afterPack)', () => {
  it('is the afterPack hook of the electron-builder config', () => {
    expect(pkg.build.afterPack).toBe('build/fuses.cjs');
  });

  it('finds the executable where electron-builder puts it', () => {
    expect(hook.electronBinary(context('linux'))).toBe(path.join(dir, 'hoi-nghi'));
    expect(hook.electronBinary(context('win32'))).toBe(path.join(dir, 'hoi-nghi.exe'));
  });

  it('turns off RunAsNode, NODE_OPTIONS, --inspect and file:// privileges; turns on asar-only, asar integrity and cookie encryption', async () => {
    const exe = path.join(dir, 'hoi-nghi');
    fakeElectron(exe);
    await hook(context('linux'));
    const wire = await getCurrentFuseWire(exe);
    const state = (name: keyof typeof FuseV1Options) => wire[FuseV1Options[name]];
    expect(state('RunAsNode')).toBe(FuseState.DISABLE);
    expect(state('EnableNodeOptionsEnvironmentVariable')).toBe(FuseState.DISABLE);
    expect(state('EnableNodeCliInspectArguments')).toBe(FuseState.DISABLE);
    expect(state('GrantFileProtocolExtraPrivileges')).toBe(FuseState.DISABLE);
    expect(state('EnableEmbeddedAsarIntegrityValidation')).toBe(FuseState.ENABLE);
    expect(state('OnlyLoadAppFromAsar')).toBe(FuseState.ENABLE);
    expect(state('EnableCookieEncryption')).toBe(FuseState.ENABLE);
    // The ones we do not set keep Electron's default.
    expect(state('LoadBrowserProcessSpecificV8Snapshot')).toBe(ORIGINAL.LoadBrowserProcessSpecificV8Snapshot);
    expect(state('WasmTrapHandlers')).toBe(ORIGINAL.WasmTrapHandlers);
  });

  it('fails the packaging when the executable is not there', async () => {
    await expect(hook(context('linux'))).rejects.toThrow();
  });
});

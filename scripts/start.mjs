// `npm start`: builds the app, makes sure a better-sqlite3 built for Electron exists beside (never
// instead of) the Node build that the tests and the preview use, then runs Electron on the project.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it, but without its
 * side effect: require('electron') starts a download when the binary is missing.
 */
function electronExecutable() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { dir: null, exe: null };
  }
  const pathFile = path.join(dir, 'path.txt');
  const fallback = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }[process.platform] ?? 'electron';
  const rel = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const exe = override ? path.join(override, rel ?? fallback) : rel ? path.join(dir, 'dist', rel) : null;
  return { dir, exe: exe && fs.existsSync(exe) ? exe : null };
}

let { dir: electronDir, exe: electron } = electronExecutable();
// Electron's package fetches its binary only on first require (it has no install script of its
// own in npm 11, which runs none without approval): run its installer when the binary is missing.
if (electronDir && !electron && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Downloading the Electron binary (once) …');
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', cwd: root });
  if (r.status === 0) ({ dir: electronDir, exe: electron } = electronExecutable());
}
if (!electronDir || !electron) {
  const version = electronDir ? JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version : '(not installed)';
  console.error(
    `Cannot start Hội Nghị: Electron's own binary (Electron ${version}) is not installed — the npm package is there, ` +
      'and downloading the Electron executable failed (no network, or ELECTRON_SKIP_BINARY_DOWNLOAD is set). ' +
      '`npm start` downloads it by itself on a machine with network access to GitHub, or through ELECTRON_MIRROR ' +
      'set to a reachable mirror; or unpack the matching Electron release zip somewhere and set ' +
      'ELECTRON_OVERRIDE_DIST_PATH to that folder. Meanwhile `npm run preview` runs the same app — the same handlers, ' +
      'database and renderer — in Chromium.',
  );
  process.exit(1);
}
const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;

const run = (cmd, args, options = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (r.error) throw r.error;
  return r.status ?? 1;
};

// 1. The same build as `npm run build`.
if (run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]) !== 0) process.exit(1);

// 2. better-sqlite3 for Electron's ABI, in .cache/, built once per Electron and better-sqlite3 version.
const sqliteSrc = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqliteSrc, 'package.json'), 'utf8')).version;
const cacheDir = path.join(root, '.cache', 'electron-native', electronVersion, 'better-sqlite3');
const binding = path.join(cacheDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = path.join(cacheDir, '.hoi-nghi-build.json');
const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch });

const built = fs.existsSync(binding) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
if (!built) {
  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} in ${path.relative(root, cacheDir)} …`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  // The sources only: not the Node build (build/), which stays where the tests load it.
  fs.cpSync(sqliteSrc, cacheDir, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(sqliteSrc, src);
      return rel !== 'build' && !rel.startsWith(`build${path.sep}`) && rel !== 'node_modules' && !rel.startsWith(`node_modules${path.sep}`);
    },
  });
  // A prebuilt binary for this Electron where one is published (no compiler needed); else compile.
  const prebuilt = run(
    process.execPath,
    [
      createRequire(path.join(sqliteSrc, 'package.json')).resolve('prebuild-install/bin.js'),
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--platform=${process.platform}`,
    ],
    { cwd: cacheDir },
  );
  let nodeGyp;
  try {
    nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    nodeGyp = process.env.npm_config_node_gyp;
  }
  if ((prebuilt !== 0 || !fs.existsSync(binding)) && (!nodeGyp || !fs.existsSync(nodeGyp))) {
    console.error('Cannot build better-sqlite3 for Electron: node-gyp was not found (it comes with npm and with electron-builder).');
    process.exit(1);
  }
  // npm passes its config to scripts as npm_config_*; a nodedir or target meant for Node (this
  // machine's ~/.npmrc has nodedir=/usr) would silently build against Node's headers instead.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(k)),
  );
  const status =
    prebuilt === 0 && fs.existsSync(binding)
      ? 0
      : run(
          process.execPath,
          [
            nodeGyp,
            'rebuild',
            '--release',
            '--runtime=electron',
            `--target=${electronVersion}`,
            `--arch=${process.arch}`,
            '--dist-url=https://electronjs.org/headers',
          ],
          { cwd: cacheDir, env },
        );
  if (status !== 0 || !fs.existsSync(binding)) {
    console.error(
      `Building better-sqlite3 for Electron ${electronVersion} failed (see above). It needs Electron's headers from ` +
        'https://electronjs.org/headers (network) and a C++ toolchain with Python. The Node build in node_modules is untouched.',
    );
    process.exit(1);
  }
  fs.writeFileSync(stampFile, stamp);
}

// 3. Electron on the project folder (package.json "main" is dist/electron/main.cjs).
const env = { ...process.env, HOI_NGHI_NATIVE_BINDING: binding };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (e) => {
  console.error(`Could not run ${electron}: ${e.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

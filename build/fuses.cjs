// electron-builder afterPack hook: flips Electron's fuses in the packaged executable, before it is
// signed. Fuses are switches compiled into the Electron binary; once off, no flag, environment
// variable or file on the laptop can turn the feature back on.
const path = require('node:path');

/** The fuses we ship with, by @electron/fuses FuseV1Options name. */
const FUSES = {
  // ELECTRON_RUN_AS_NODE would make our binary a general-purpose Node.
  RunAsNode: false,
  // NODE_OPTIONS (e.g. --require some.js) must not inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk must not open a debugger into the main process.
  EnableNodeCliInspectArguments: false,
  // The app.asar header hash that electron-builder embeds (Windows resource, macOS Info.plist) is checked at start.
  EnableEmbeddedAsarIntegrityValidation: true,
  // Load the app only from app.asar: a loose resources/app folder dropped beside it is ignored.
  OnlyLoadAppFromAsar: true,
  // Cookies and other Chromium storage encrypted with the OS key store.
  EnableCookieEncryption: true,
  // file:// gets no privileges beyond a web page's; we serve from app:// only.
  GrantFileProtocolExtraPrivileges: false,
};

/** Where electron-builder put the Electron executable (the rule of its own addElectronFuses). */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const ext = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }[electronPlatformName];
  if (ext === undefined) throw new Error(`fuses: unknown platform ${electronPlatformName}`);
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return path.join(appOutDir, `${name}${ext}`);
}

async function afterPack(context) {
  // @electron/fuses is an ES module.
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  const wire = {};
  for (const [name, on] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`fuses: @electron/fuses has no fuse named ${name}`);
    wire[index] = on;
  }
  const binary = electronBinary(context);
  await flipFuses(binary, {
    version: FuseVersion.V1,
    // Flipping fuses breaks an ad-hoc macOS signature; electron-builder signs again after this hook.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas',
    ...wire,
  });
  console.log(`  • fuses flipped in ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinary = electronBinary;

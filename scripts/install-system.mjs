#!/usr/bin/env node
// The repository's own set-up, run before `npm start`'s build (in its process, `node --import`:
// one Node start fewer for a build with nothing to do) and, with --test, before `npm test`:
// on Debian as root, installs through apt-get what the PDF needs (Chromium, fontconfig, the
// Liberation, Noto and DejaVu fonts) and, for the tests, poppler to read PDFs back. It is not part of the
// published package: installing the package as a dependency never runs apt-get, and
// `checklist doctor` tells a user what is missing there. Never fails: the build and the tests
// report a missing program themselves.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * Each Debian package with a file that shows it installed (a fast check, no dpkg run). For the
 * PDF, Chromium's headless shell: the build of Chromium made for printing, which starts with a
 * third of the full browser's CPU (bench/README.md). Where apt has none (an older release), the
 * full `chromium`, if no Chromium or Chrome is there at all.
 */
// Where the CLI looks for a browser (lib/ is built by `npm install` before this runs).
const { SYSTEM_BROWSER_PATHS, isHeadlessShell } = await import('../lib/browser/find-browser.js');
const HEADLESS_SHELL = SYSTEM_BROWSER_PATHS.find(isHeadlessShell);
const forBuild = {
  'chromium-headless-shell': [HEADLESS_SHELL],
  fontconfig: ['/usr/bin/fc-list'], // the headless shell brings only its library; fc-list is how the tool sees the fonts
  'fonts-liberation': ['/usr/share/fonts/truetype/liberation'],
  'fonts-noto-core': ['/usr/share/fonts/truetype/noto'],
  'fonts-dejavu-core': ['/usr/share/fonts/truetype/dejavu'],
};
const forTests = { 'poppler-utils': ['/usr/bin/pdftotext'] };

function log(message) {
  process.stderr.write(`checklist: ${message}\n`);
}

const isDebianRoot = () =>
  process.platform === 'linux' && existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;

function aptInstall(packages) {
  log(`installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  return install.status === 0;
}

const wanted = { ...forBuild, ...(process.argv.includes('--test') ? forTests : {}) };
const anyBrowser = () => SYSTEM_BROWSER_PATHS.some((file) => existsSync(file));
const missing = Object.entries(wanted)
  .filter(([name, files]) => !(name === 'chromium-headless-shell' && process.env.PUPPETEER_EXECUTABLE_PATH) && !files.some((file) => existsSync(file)))
  .map(([name]) => name);

if (missing.length > 0 && !process.env.CHECKLIST_SKIP_SYSTEM_INSTALL) {
  if (!isDebianRoot()) {
    // Not ours to install: only what the build cannot do without is worth a line.
    const needed = missing.filter((name) => name !== 'chromium-headless-shell' || !anyBrowser());
    if (needed.length > 0) log(`missing ${needed.join(', ')}; run \`npx checklist doctor\` to see how to install them.`);
  } else if (!aptInstall(missing)) {
    const withoutShell = missing.filter((name) => name !== 'chromium-headless-shell');
    if (missing.includes('chromium-headless-shell') && anyBrowser()) log('apt-get could not install chromium-headless-shell; PDFs are printed by the full Chromium or Chrome found (a slower start).');
    const fallback = anyBrowser() ? withoutShell : [...withoutShell, 'chromium'];
    if (fallback.length > 0 && !aptInstall(fallback)) {
      log(`apt-get could not install ${fallback.join(', ')}; install them by hand (see \`npx checklist doctor\`).`);
    }
  }
}

#!/usr/bin/env node
// The repository's own set-up, run before `npm start` (and, with --test, before `npm test`):
// on Debian as root, installs through apt-get what the PDF needs (Chromium, the Liberation,
// Noto and DejaVu fonts) and, for the tests, poppler to read PDFs back. It is not part of the
// published package: installing the package as a dependency never runs apt-get, and
// `checklist doctor` tells a user what is missing there. Never fails: the build and the tests
// report a missing program themselves.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Each Debian package with a file that shows it installed (a fast check, no dpkg run). */
const forBuild = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
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
const missing = Object.entries(wanted)
  .filter(([name, files]) => !(name === 'chromium' && process.env.PUPPETEER_EXECUTABLE_PATH) && !files.some((file) => existsSync(file)))
  .map(([name]) => name);

if (missing.length > 0 && !process.env.CHECKLIST_SKIP_SYSTEM_INSTALL) {
  if (!isDebianRoot()) {
    log(`missing ${missing.join(', ')}; run \`npx checklist doctor\` to see how to install them.`);
  } else if (!aptInstall(missing)) {
    log(`apt-get could not install ${missing.join(', ')}; install them by hand (see \`npx checklist doctor\`).`);
  }
}

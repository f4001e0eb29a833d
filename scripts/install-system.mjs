#!/usr/bin/env node
// Runs after `npm install`: makes sure a browser for the PDF output and the fonts a printed
// page needs are present. On Debian as root, installs Debian's Chromium and fonts through
// apt-get; elsewhere puppeteer's own Chrome (downloaded by its install step) is used, or we
// say what to install. Never fails the install: the PDF step reports a missing browser itself.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const browserPaths = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

const debianPackages = ['chromium', 'fonts-liberation', 'fonts-noto-core', 'fonts-dejavu-core'];

function log(message) {
  process.stderr.write(`checklist: ${message}\n`);
}

function isDebianRoot() {
  return (
    process.platform === 'linux' &&
    existsSync('/etc/debian_version') &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0
  );
}

function missingDebianPackages() {
  return debianPackages.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !(status.stdout ?? '').includes('install ok installed');
  });
}

function aptInstall(packages) {
  log(`installing ${packages.join(', ')} with apt-get (needed for the PDF output)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0;
}

if (process.env.CHECKLIST_SKIP_SYSTEM_INSTALL) {
  process.exit(0);
}

if (isDebianRoot()) {
  const missing = missingDebianPackages();
  if (missing.length > 0 && !aptInstall(missing)) {
    log(`apt-get could not install ${missing.join(', ')}; install them by hand for PDF output.`);
  }
} else if (!browserPaths.some((path) => existsSync(path))) {
  log(
    'no system Chromium found; the PDF output uses the Chrome that puppeteer downloaded. ' +
      'If that download failed, install Chromium (Debian: apt-get install chromium) ' +
      'or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary.',
  );
}

// Puppeteer reads this at install time and at launch.
// Where a system Chromium exists, or Debian's will be installed by scripts/install-system.mjs
// (root on Debian), puppeteer's own browser download is skipped: it cannot succeed offline and
// is not needed. Everywhere else puppeteer downloads its Chrome as usual.
const { existsSync } = require('node:fs');

const systemBrowsers = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

const hasSystemBrowser = systemBrowsers.some((path) => existsSync(path));
const willInstallDebianChromium =
  process.platform === 'linux' &&
  existsSync('/etc/debian_version') &&
  typeof process.getuid === 'function' &&
  process.getuid() === 0;

module.exports = {
  skipDownload: hasSystemBrowser || willInstallDebianChromium,
};

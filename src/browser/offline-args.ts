import { isHeadlessShell } from './find-browser.js';

/**
 * Chromium flags that keep a headless browser from calling out: no background networking,
 * component updates, sync, first-run tasks or QUIC, and a host resolver that fails every name,
 * so even a request that slipped past page-level interception (a preconnect, a DNS prefetch)
 * resolves nowhere. `--no-sandbox` because CI and containers run as root; the pages are our
 * own HTML with JavaScript disabled. `bench/bare-print.mjs` prints with the same list.
 */
export const OFFLINE_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/**
 * For the full browser: parts of it a print never shows. Chromium 156 in headless mode still
 * loads the address bar's WebUI popup at start, in a renderer of its own: about 0.5 s of CPU
 * before the first page, beside the print (bench/README.md). Puppeteer merges these with its
 * own `--disable-features`. The headless shell has no such UI.
 */
const UNUSED_BROWSER_UI_ARGS: readonly string[] = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'];

/**
 * For Chromium's headless shell: frames are drawn only when asked for (`HeadlessExperimental.
 * beginFrame`), which a print never does. A page that is loaded, measured and printed is then
 * not also laid out and painted on screen after each change (the HTML loaded, the page estimate,
 * the numbers written in): 10 deployments (HTML + PDF) 8 % less CPU, 6 % less time
 * (bench/README.md). Printing draws its own pages, so the PDF is the same.
 */
const HEADLESS_SHELL_ARGS: readonly string[] = ['--enable-begin-frame-control'];

/**
 * `gc()` in the pages' renderers, for `BrowserManager`'s collection between documents: one full
 * collection, about half the time of DevTools' `HeapProfiler.collectGarbage` (which collects
 * until nothing more is freed). The pages run no script of their own that could call it.
 */
export const EXPOSE_GC_ARGS: readonly string[] = ['--js-flags=--expose-gc'];

/**
 * How puppeteer starts the browser at `executablePath`: the headless shell as such (`--headless`,
 * not `=new`), with its flags; a full Chromium or Chrome with its own. Both offline.
 */
export function launchFlags(executablePath: string): { headless: 'shell' | true; args: string[] } {
  return isHeadlessShell(executablePath)
    ? { headless: 'shell', args: [...OFFLINE_CHROMIUM_ARGS, ...HEADLESS_SHELL_ARGS, ...EXPOSE_GC_ARGS] }
    : { headless: true, args: [...OFFLINE_CHROMIUM_ARGS, ...UNUSED_BROWSER_UI_ARGS, ...EXPOSE_GC_ARGS] };
}

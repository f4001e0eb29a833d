// Baseline for the PDF benchmark: how long bare Chromium takes to print one HTML file with
// `--print-to-pdf`, start-up and shutdown included, with the same offline flags as the CLI
// (src/browser/offline-args.ts). Unlike renderPdf, page JavaScript
// stays on: `--blink-settings=scriptEnabled=false` makes headless --print-to-pdf exit without
// writing anything (Chromium 156), and our HTML has no scripts anyway.
//
// Usage from a benchmark:
//   import { barePrintMs } from './bare-print.mjs';
//   const ms = await barePrintMs('/tmp/doc.html');            // one run, milliseconds
// From a shell:
//   node bench/bare-print.mjs doc.html [runs]                 // prints each run and the median
//
// The browser is PUPPETEER_EXECUTABLE_PATH or the first existing system Chromium/Chrome.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The flags and the browsers of the compiled CLI (npm run bench builds lib/ first).
const { OFFLINE_CHROMIUM_ARGS } = await import('../lib/browser/offline-args.js');
const { SYSTEM_BROWSER_PATHS, isHeadlessShell } = await import('../lib/browser/find-browser.js');

/** The full browsers of the CLI's search: the target's baseline is `chromium --print-to-pdf`. */
const SYSTEM_BROWSERS = SYSTEM_BROWSER_PATHS.filter((path) => !isHeadlessShell(path));

/** The browser to time: PUPPETEER_EXECUTABLE_PATH, else the first system browser found. */
export function bareBrowserPath() {
  const found = [process.env.PUPPETEER_EXECUTABLE_PATH, ...SYSTEM_BROWSERS].find((path) => path && existsSync(path));
  if (!found) throw new Error('no Chromium found: apt-get install chromium, or set PUPPETEER_EXECUTABLE_PATH');
  return found;
}

/**
 * Prints `htmlFile` to PDF with a fresh headless Chromium and returns the wall time in ms.
 * @param {string} htmlFile path of the HTML file to print
 * @param {{ executablePath?: string, outFile?: string, timeoutMs?: number, wrap?: (command: string, args: string[]) => [string, string[]] }} [options]
 *   outFile: where the PDF goes (default: a temp file, removed afterwards); wrap: the command
 *   line to run instead (cpu-group.mjs counts the CPU of the print through it)
 * @returns {Promise<number>}
 */
export async function barePrintMs(htmlFile, options = {}) {
  const executablePath = options.executablePath ?? bareBrowserPath();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const work = await mkdtemp(join(tmpdir(), 'checklist-bare-print-'));
  const outFile = options.outFile ?? join(work, 'out.pdf');
  const args = [
    '--headless',
    ...OFFLINE_CHROMIUM_ARGS,
    `--user-data-dir=${join(work, 'profile')}`,
    `--print-to-pdf=${outFile}`,
    pathToFileURL(resolve(htmlFile)).href,
  ];
  try {
    const started = performance.now();
    await new Promise((done, fail) => {
      const [command, argv] = options.wrap ? options.wrap(executablePath, args) : [executablePath, args];
      const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL'); // its own process group: takes the helpers too
        } catch {}
        fail(new Error(`chromium --print-to-pdf took over ${timeoutMs} ms`));
      }, timeoutMs);
      child.once('error', fail);
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) done();
        else fail(new Error(`chromium --print-to-pdf exited with ${code}\n${stderr.slice(-2000)}`));
      });
    });
    const elapsed = performance.now() - started;
    if (!existsSync(outFile) || statSync(outFile).size === 0) throw new Error(`no PDF written to ${outFile}`);
    return elapsed;
  } finally {
    await rm(work, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [htmlFile, runsText = '5'] = process.argv.slice(2);
  if (!htmlFile) {
    process.stderr.write('usage: node bench/bare-print.mjs FILE.html [runs]\n');
    process.exit(2);
  }
  const times = [];
  for (let run = 0; run < Number(runsText); run++) {
    const ms = await barePrintMs(htmlFile);
    times.push(ms);
    process.stdout.write(`run ${run + 1}: ${ms.toFixed(0)} ms\n`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  process.stdout.write(`median: ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms\n`);
}

#!/usr/bin/env node
// The compiled CLI lives in lib/ (built by `npm install` through the `prepare` script).

// An older Node than package.json's `engines` is said as what it is, before anything else loads.
const tooOld = (await import('../lib/node-version.js')).nodeTooOld();
if (tooOld) {
  process.stderr.write(`checklist: ${tooOld}\n`);
  process.exit(1);
}

const { tuneV8 } = await import('../lib/v8-tuning.js');
tuneV8(); // before the CLI's modules load (lib/v8-tuning.js says why)
// A build that writes a DOCX starts its render worker now, beside the CLI's loading (lib/cli/early-start.js).
await (await import('../lib/cli/early-start.js')).startEarly(process.argv.slice(2));
const { reportInternalError } = await import('../lib/cli/internal-error.js');
const { main } = await import('../lib/cli/main.js');

// An error that escapes every handler is a bug in the tool: one line and exit code 70, never
// a stack trace (the browser's exit handler still removes Chromium and its profile).
const fatal = (error) => process.exit(reportInternalError(error));
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

// A reader that stops early (`checklist doctor | head -1`) closes the pipe: what is left to
// print has nowhere to go, and that is no error of the tool. The rest of the output is dropped,
// the work goes on and exits as it would have.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') return fatal(error);
    stream.write = () => true;
  });
}

process.exitCode = await main(process.argv.slice(2));

// The work is done and written: what a library left running must not hold the finished process.
// (Puppeteer waits 30 s for a page whose renderer ended as it opened, and nothing cancels it.)
setTimeout(() => process.exit(), 1_000).unref();

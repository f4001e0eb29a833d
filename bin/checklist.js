#!/usr/bin/env node
// The compiled CLI lives in lib/ (built by `npm install` through the `prepare` script).
import { reportInternalError } from '../lib/cli/internal-error.js';
import { main } from '../lib/cli/main.js';

// An error that escapes every handler is a bug in the tool: one line and exit code 70, never
// a stack trace (the browser's exit handler still removes Chromium and its profile).
const fatal = (error) => process.exit(reportInternalError(error));
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

process.exitCode = await main(process.argv.slice(2));

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:unit`: the fast part of the suite, for each save: no Chromium, no LibreOffice,
 * no CLI or other process, no DOCX page layout. A test file is left out when its source starts
 * one of those (the markers below) or says `@full-suite` (a DOCX laid out to pin its page
 * numbers: seconds a render), so a new test file lands on the right side without a list to
 * keep. A test that does not assert page numbers renders with `renderDocx(view, { pageNumbers:
 * false })` and stays here. Property tests try fewer cases here (test/helpers/property-runs.ts).
 * The whole suite, `npm test`, runs everything (CI).
 */
const HEAVY = /\brunCli\b|\bBrowserManager\b|\brenderPdf\b|\bsoffice\b|libreoffice|\bpdfText\b|\bpdfInfo\b|node:child_process|puppeteer|@full-suite/i;

const testFiles = readdirSync('test', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.ts'));
export const heavyTests = testFiles.map((file) => join('test', file)).filter((file) => HEAVY.test(readFileSync(file, 'utf8')));

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...heavyTests, 'node_modules/**'],
      // One module graph for all the files, in two threads: no process and no fresh import of
      // unified, Ajv and docx per file (that was most of the time). The whole suite isolates.
      pool: 'threads',
      poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
      isolate: false,
      env: { CHECKLIST_QUICK_PROPERTIES: '1' },
      setupFiles: ['test/helpers/quick-properties.ts'],
    },
  }),
);

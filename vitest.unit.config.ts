import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run test:unit`: the fast part of the suite, for each save: no Chromium, no LibreOffice,
 * no CLI or other process. A test file is left out when its source starts one of those (the
 * markers below), so a new test file lands on the right side without a list to keep. The whole
 * suite, `npm test`, runs everything (CI).
 */
const HEAVY = /\brunCli\b|\bBrowserManager\b|\brenderPdf\b|\bsoffice\b|libreoffice|\bpdfText\b|\bpdfInfo\b|node:child_process|puppeteer/i;

const testFiles = readdirSync('test', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.ts'));
export const heavyTests = testFiles.map((file) => join('test', file)).filter((file) => HEAVY.test(readFileSync(file, 'utf8')));

export default mergeConfig(base, defineConfig({ test: { exclude: [...heavyTests, 'node_modules/**'] } }));

/** A character no font on this machine has, for tests of what the PDF cannot print. */
import { expect } from 'vitest';
import { covers, installedCoverage } from '../../src/environment/font-coverage.js';

/** A Chinese character, unless this machine has a CJK font; a private-use one no font has otherwise. */
export async function characterNoFontHas(): Promise<string> {
  const coverage = await installedCoverage();
  expect(coverage, 'fontconfig (fc-list) is installed with Chromium').not.toBeNull();
  return ['中', '\u{10FFFD}'].find((character) => !covers(coverage!, character.codePointAt(0)!))!;
}

/** A character no font on this machine has, for tests of what the PDF cannot print. */
import { expect } from 'vitest';
import { notCovered } from '../../src/environment/font-coverage.js';

/** A Chinese character, unless this machine has a CJK font; a private-use one no font has otherwise. */
export async function characterNoFontHas(): Promise<string> {
  const candidates = ['中', '\u{10FFFD}'];
  const lacking = await notCovered(candidates.map((character) => character.codePointAt(0)!));
  expect(lacking, 'fontconfig (fc-list) is installed with Chromium').not.toBeNull();
  return candidates.find((character) => lacking!.has(character.codePointAt(0)!))!;
}

/**
 * The characters the fonts installed on this machine have glyphs for, as fontconfig lists them
 * (`fc-list --format '%{charset}'`: ranges of code points in hex, per font). Chromium falls back
 * through every installed font, so a character none of them has prints as an empty box.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Sorted, disjoint ranges of code points [first, last]. */
export type CodeRanges = readonly (readonly [number, number])[];

let listed: Promise<CodeRanges | null> | undefined;

/** The code points some installed font has; null without fontconfig (nothing can be told). */
export function installedCoverage(): Promise<CodeRanges | null> {
  return (listed ??= run('fc-list', ['--format', '%{charset}\\n'], { timeout: 20_000, maxBuffer: 64 * 2 ** 20 }).then(
    ({ stdout }) => parseCharsets(stdout),
    () => null,
  ));
}

/** fontconfig's charsets (`20-7e a0-17f 192 …`, a line per font) as one union of ranges. */
export function parseCharsets(text: string): CodeRanges {
  const ranges: [number, number][] = [];
  for (const token of text.split(/\s+/)) {
    const found = /^([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(token);
    if (found) ranges.push([parseInt(found[1]!, 16), parseInt(found[2] ?? found[1]!, 16)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of ranges) {
    const previous = merged.at(-1);
    if (previous !== undefined && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

export function covers(ranges: CodeRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = ranges[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

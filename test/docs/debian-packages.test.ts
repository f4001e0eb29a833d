/**
 * Every place that tells or makes Debian install what the PDF needs names the same packages:
 * fontconfig beside the fonts. Chromium's headless shell brings only fontconfig's library, so a
 * machine set up as README said had no `fc-list`, and doctor called the PDF impossible there.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_DEBIAN_PACKAGES } from '../../src/environment/installed-fonts.js';

const repoRoot = join(import.meta.dirname, '../..');
const read = (path: string) => readFile(join(repoRoot, path), 'utf8');

/** The package lists of a text's `apt-get install …` commands and `packages=(…)` arrays that install the fonts. */
function fontInstalls(text: string): string[][] {
  const flat = text.replace(/\s+/g, ' ');
  return [...flat.matchAll(/(?:apt-get install|packages=\()([^`;)]*)/g)]
    .map((found) => found[1]!.split(' ').filter((word) => /^[a-z0-9][a-z0-9.+-]+$/.test(word)))
    .filter((words) => words.includes('fonts-liberation'));
}

describe('the Debian packages for the PDF', () => {
  it.each(['README.md', 'docs/ci.md', 'docs/examples/ci/gitlab-ci.yml', 'docs/examples/ci/github-actions.yml', '.ci/run'])('%s installs fontconfig with the fonts', async (path) => {
    const installs = fontInstalls(await read(path));
    expect(installs.length, path).toBeGreaterThan(0);
    for (const packages of installs) expect(packages).toEqual(expect.arrayContaining([...PDF_DEBIAN_PACKAGES]));
  });

  it("npm start's set-up (scripts/install-system.mjs) installs them", async () => {
    const text = await read('scripts/install-system.mjs');
    const forBuild = /const forBuild = \{([\s\S]*?)\n\};/.exec(text)![1]!;
    const keys = [...forBuild.matchAll(/^\s+'?([a-z0-9-]+)'?:/gm)].map((found) => found[1]);
    expect(keys).toEqual(expect.arrayContaining([...PDF_DEBIAN_PACKAGES]));
  });
});

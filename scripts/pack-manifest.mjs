#!/usr/bin/env node
// `npm pack` and `npm publish` run this: `prepack` builds lib/ afresh and writes package.json
// without its `prepare` script, `postpack` (`--restore`) puts the repository's back. npm lists
// a `prepare` in a package installed from a .tgz file or a URL as an install script waiting for
// approval (npm 11's allowScripts; --strict-allow-scripts refuses to install it), though npm
// never runs it there: the package carries its lib/ built. A clone keeps `prepare`, which
// builds lib/ on `npm install` (and for an install from git).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = join(root, 'package.json');
const kept = join(root, '.package.json.unpacked');

if (existsSync(kept)) renameSync(kept, manifest); // an earlier pack that stopped before postpack
if (!process.argv.includes('--restore')) {
  rmSync(join(root, 'lib'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'scripts/compile-schemas.mjs')], { stdio: 'inherit' });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  const text = readFileSync(manifest, 'utf8');
  const packed = JSON.parse(text);
  delete packed.scripts.prepare;
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(packed, null, 2)}\n`);
}

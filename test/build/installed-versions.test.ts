/**
 * What stands for the installed dependencies where the package manager keeps no record of them
 * (npm's global install): each package under the tool's node_modules, nested ones too, with its
 * version. A dependency updated changes it, so no parsed master or output made with the old one
 * is reused.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyFolder, installedVersions } from '../../src/build/fingerprint.js';

async function pkg(folder: string, name: string, version: string): Promise<void> {
  await mkdir(join(folder, name), { recursive: true });
  await writeFile(join(folder, name, 'package.json'), JSON.stringify({ name, version }));
}

describe('the packages a node_modules folder holds', () => {
  it('are every package with its version, scoped and nested ones too, sorted; what is no package is left out', async () => {
    const modules = join(await mkdtemp(join(tmpdir(), 'checklist-modules-')), 'node_modules');
    await pkg(modules, 'docx', '9.5.0');
    await pkg(modules, '@resvg/resvg-js', '2.6.2');
    await pkg(join(modules, 'docx/node_modules'), 'nanoid', '5.1.0');
    await mkdir(join(modules, '.bin'), { recursive: true });
    await mkdir(join(modules, 'not-a-package'));
    await writeFile(join(modules, '.package-lock.json.tmp'), '');
    expect(installedVersions(modules)).toEqual(['@resvg/resvg-js@2.6.2', 'docx>nanoid@5.1.0', 'docx@9.5.0']);
    await pkg(join(modules, 'docx/node_modules'), 'nanoid', '5.1.1');
    expect(installedVersions(modules)).toContain('docx>nanoid@5.1.1');
    expect(installedVersions(join(modules, 'nowhere'))).toEqual([]);
  });
});

describe('the node_modules folder whose packages stand for the dependencies', () => {
  it('is the one the tool is installed in, where its dependencies are hoisted beside it (its own holds only those nested), else its own', () => {
    expect(dependencyFolder('/project/node_modules/security-checklist-builder/')).toBe('/project/node_modules');
    expect(dependencyFolder('/usr/lib/node_modules/@acme/checklist/')).toBe('/usr/lib/node_modules');
    expect(dependencyFolder('/work/clone/')).toBe('/work/clone/node_modules');
  });
});

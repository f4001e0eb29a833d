/** What this tool is called and which version it is, from its package.json. */
import { readFileSync } from 'node:fs';

interface PackageJson {
  name: string;
  version: string;
}

let cached: PackageJson | undefined;

function packageJson(): PackageJson {
  cached ??= JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;
  return cached;
}

/** The package version, e.g. `0.1.0`. */
export function toolVersion(): string {
  return packageJson().version;
}

/** The tool as documents name it (a PDF's Creator): `checklist 0.1.0 (security-checklist-builder)`. */
export function toolSignature(): string {
  return `checklist ${packageJson().version} (${packageJson().name})`;
}

/**
 * The oldest Node.js the tool runs on, as package.json's `engines` says. npm installs on an
 * older one with a warning only, and there a command fails on an API missing deep inside it
 * (Node 18 has no `zlib.crc32`), which would read as a bug of the tool. The CLI checks before
 * anything else loads, so this module imports nothing.
 */
export const OLDEST_NODE = '20.19';

/** Why this Node is too old, or null when it is new enough. */
export function nodeTooOld(version: string = process.versions.node): string | null {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [oldestMajor, oldestMinor] = OLDEST_NODE.split('.').map(Number) as [number, number];
  const ok = major > oldestMajor || (major === oldestMajor && minor >= oldestMinor);
  return ok ? null : `needs Node.js ${OLDEST_NODE} or newer, and this is Node.js v${version}: install a newer one (nodejs.org, or your system's packages)`;
}

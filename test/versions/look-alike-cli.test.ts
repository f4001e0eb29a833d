/**
 * What the terminal shows of a typography-only change and of a label whose case changed, read
 * back from the CLI: `diff` (Markdown on stdout) and `upgrade --dry-run` (the review mark in
 * the unified diff), between two versions committed to a real git repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const master = (version: string, title: string, web: string) => `---
title: Demo Checklist
version: "${version}"
date: 2025-01-10
levels: [minimum, maximum]
---

# Access

| CL-VPN1 Demo | ${title} |
| --- | --- |
| Measures | Use certificates for every peer |
| Executed | |
| ${web} | Yes / No |
`;

const deployment = `{
  "checklist": "demo",
  "checklistVersion": "1.0",
  "answers": {
    "CL-VPN1": { "components": { "Web server": "Yes" }, "comment": "All peers" }
  }
}
`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'checklist-look-alike-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  mkdirSync(join(root, 'content/checklists/demo'), { recursive: true });
  mkdirSync(join(root, 'content/deployments'), { recursive: true });
  writeFileSync(join(root, 'content/deployments/acme.json'), deployment);
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'author@example.com');
  git('config', 'user.name', 'Author');
  git('config', 'commit.gpgsign', 'false');
  const items = join(root, 'content/checklists/demo/01-items.md');
  writeFileSync(items, master('1.0', 'VPN peers use pre-shared keys', 'Web server'));
  git('add', '-A');
  git('commit', '-q', '-m', '1.0');
  writeFileSync(items, master('2.0', 'VPN peers use pre\u2011shared keys', 'Web Server'));
  git('add', '-A');
  git('commit', '-q', '-m', '2.0');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HYPHEN = 'U+002D HYPHEN-MINUS → U+2011 NON-BREAKING HYPHEN at column 18';

describe('the terminal output of diff and upgrade', () => {
  it('diff names the look-alike characters and the label whose case changed', async () => {
    const result = await runCli(['diff', 'demo', '--from', '1.0'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        '- Changed: CL-VPN1 VPN peers use pre\u2011shared keys',
        `  - Title changed: VPN peers use pre~~-~~**\u2011**shared keys (Demo) (look-alike: ${HYPHEN})`,
        '  - Row label changed: Web server → Web Server (the same row: answers to it stay)',
      ].join('\n'),
    );
  });

  it('upgrade --dry-run writes the review mark with the characters named, and nothing for the label', async () => {
    const result = await runCli(['upgrade', 'content/deployments/acme.json', '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `+    "CL-VPN1": { "components": { "Web server": "Yes" }, "comment": "All peers", "review": "Version 1.0 → 2.0: Title (VPN peers use pre-shared keys (Demo) → VPN peers use pre\u2011shared keys (Demo); look-alike: ${HYPHEN})" }`,
    );
    expect(result.stderr).toContain('  1 answer marked for review: CL-VPN1\n');
    expect(readFileSync(join(root, 'content/deployments/acme.json'), 'utf8')).toBe(deployment);
  });
});

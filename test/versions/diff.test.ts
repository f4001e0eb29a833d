import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { text } from '../html/dom.js';
import { createGitMaster, type GitMaster } from './git-master.js';

let repo: GitMaster;
beforeAll(() => {
  repo = createGitMaster();
});
afterAll(() => repo.cleanup());

const diff = (...args: string[]) => runCli(['diff', ...args], { cwd: repo.root });

/** The "## Items" list as headline lines with their detail lines. */
function itemsSection(markdown: string): string[] {
  const section = markdown.split('## Items\n')[1]?.split('\n## ')[0] ?? '';
  return section.split('\n').filter((line) => line.trim() !== '');
}

describe('checklist diff of a master between two versions from git', () => {
  it('lists exactly the changes from 1.0 to the working tree, item by item, renames followed through 2.0', async () => {
    const result = await diff('demo', '--from', '1.0');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Changes to Demo Checklist \(demo\)\n\nFrom version 1\.0 \(commit [0-9a-f]{12}\) to version 3\.0 \(working tree\)\.\n/);
    expect(itemsSection(result.stdout)).toEqual([
      '- Renamed: CL-PWD1 → CL-PWD2 Default passwords changed',
      '  - Target changed: minimum: 8 characters; medium: ~~10~~**12** characters; maximum: 12 characters',
      '- Changed: CL-ADM1 Admin accounts personal',
      '  - Level changed: medium → maximum',
      '  - Executed changed: Yes / No **/ Not applicable**',
      '- Changed: CL-SRV1 Servers patched',
      '  - Standby server changed: Yes / No **/ Not installed**',
      '- Added: CL-LOG1 Security log kept (in 3 Network, level minimum)',
      '- Changed: CL-SMTP1 SMTP secured',
      '  - Moved to another chapter: from 3 Network to 4 Mail',
      '  - Measures changed: Require authentication **and TLS** on the mail server',
      '- Retired: CL-TEL1 Telnet disabled (in 2.0): Telnet was removed from the product',
    ]);
    expect(result.stdout).toContain('### Introduction\n\n- Changed: This checklist hardens the demo server **and its standby**.');
  });

  it('finds a version by its front matter, a tag or a commit, and compares two commits', async () => {
    const byTag = await diff('demo', '--from', 'release-2', '--to', '3.0');
    expect(byTag.code).toBe(0);
    expect(byTag.stdout).toContain('From version 2.0 (release-2, commit');
    expect(byTag.stdout).toContain('to version 3.0 (commit');
    expect(itemsSection(byTag.stdout)).toContain('- Renamed: CL-PWD-DEFAULT → CL-PWD2 Default passwords changed');
    expect(byTag.stdout).not.toContain('CL-TEL1');
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
    const byCommit = await diff('demo', '--from', first, '--to', '2.0');
    expect(itemsSection(byCommit.stdout)).toContain('- Renamed: CL-PWD1 → CL-PWD-DEFAULT Default passwords changed');
    expect(byCommit.stdout).not.toContain('CL-LOG1');
  });

  it('writes a self-contained HTML page with the word diff as ins and del', async () => {
    const result = await diff('demo', '--from', '1.0', '--format', 'html');
    expect(result.code).toBe(0);
    const tree = fromHtml(result.stdout);
    expect(text(select('title', tree))).toBe('Changes to Demo Checklist (demo)');
    expect(text(select('#CL-SMTP1 ins', tree))).toBe('and TLS');
    expect(text(select('#CL-PWD2 .headline', tree))).toBe('Renamed: CL-PWD1 → CL-PWD2 Default passwords changed');
    expect(text(select('#CL-PWD2 del', tree))).toBe('10');
    expect(result.stdout).not.toMatch(/<(script|link|img)\b/);
  });

  it('for a deployment, shows only what concerns that customer', async () => {
    const result = await diff('content/deployments/acme.json');
    expect(result.code).toBe(0);
    const forAcme = result.stdout.split('## For acme\n')[1]?.split('\n## Items')[0] ?? '';
    expect(forAcme).toContain('### Answers that need review\n\n- CL-PWD2 Default passwords changed: Version 1.0 → 3.0: Target (10 characters → 12 characters)\n- CL-ADM1');
    expect(forAcme).toContain('### New items to answer\n\n- CL-LOG1 Security log kept, level minimum\n');
    expect(forAcme).toContain('### Answers under a new ID\n\n- CL-PWD1 → CL-PWD2\n');
    expect(forAcme).toContain('- CL-TEL1 Telnet disabled: retired in 2.0: Telnet was removed from the product (kept under "retired" by upgrade)');
    expect(forAcme).toContain('- CL-ADM1 Admin accounts personal: now at level maximum, above medium: the answer is kept but not shown');
    // The Standby server is not theirs, and their level's target is the only one shown.
    expect(result.stdout).not.toContain('Standby server');
    expect(itemsSection(result.stdout)).toContain('  - Target changed: ~~10~~**12** characters');
  });

  it('refuses what it cannot compare: a clear message and exit 1', async () => {
    const missing = await diff('demo', '--from', '9.9');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No version or git revision "9\.9" for content\/checklists\/demo/);
    expect(missing.stdout).toBe('');
    const noFrom = await diff('demo');
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toContain('--from REV');
  });
});

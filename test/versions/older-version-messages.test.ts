/**
 * What `upgrade` and `diff` print about the versions they read from git: every message in the
 * `file:line:column: severity text [rule-id]` form editors and CI read; an older version's own
 * warnings not at all (history no one edits, and not what the command does); its errors, which
 * stop the comparison, at their place with the version named in the text. Real git, real CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { acmeV1, versions } from './git-master.js';

/** A front matter key the tool does not know: a warning, in 1.0 and in the working tree. */
const withUnknownKey = (text: string) => text.replace('title: Demo Checklist\n', 'title: Demo Checklist\nowner: Operations\n');
/** A code fence never closed: an error, in 2.0 only. */
const withOpenFence = (text: string) => `${text}\n\`\`\`\nnever closed\n`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'checklist-old-messages-'));
  const master = join(root, 'content', 'checklists', 'demo');
  mkdirSync(master, { recursive: true });
  mkdirSync(join(root, 'content', 'deployments'));
  writeFileSync(join(root, 'content', 'deployments', 'acme.json'), acmeV1);
  const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.email=a@example.com', '-c', 'user.name=A', '-c', 'commit.gpgsign=false', ...args]);
  const write = (version: keyof typeof versions, edit: { intro?: (text: string) => string; items?: (text: string) => string }) => {
    writeFileSync(join(master, '01-intro.md'), (edit.intro ?? String)(versions[version]['01-intro.md']));
    writeFileSync(join(master, '02-items.md'), (edit.items ?? String)(versions[version]['02-items.md']));
  };
  git('init', '-q', '-b', 'main');
  write('1.0', { intro: withUnknownKey });
  git('add', '-A');
  git('commit', '-q', '-m', '1.0');
  write('2.0', { items: withOpenFence });
  git('commit', '-q', '-am', '2.0');
  write('3.0', { intro: withUnknownKey });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, { cwd: root });
const messageLines = (stderr: string) => stderr.split('\n').filter((line) => / (warning|error) /.test(line) && !line.startsWith('checklist: '));
const editorForm = /^content\/checklists\/demo\/0[12]-[a-z]+\.md:\d+:\d+: (warning|error) .* \[[a-z-]+\]$/;

describe('messages about versions read from git', () => {
  it('upgrade: the working tree\'s warning once, in the editor form; none of the version it upgrades from', async () => {
    const run = await cli('upgrade', 'content/deployments/acme.json', '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    const lines = messageLines(run.stderr);
    // The working tree's key is not committed: upgrade says so too, at the master (uncommitted-master).
    expect(lines).toEqual([
      expect.stringMatching(/^content\/checklists\/demo\/01-intro\.md:3:1: warning Unknown front matter key `owner`: .* \[front-matter-key\]$/),
      expect.stringMatching(/^content\/checklists\/demo:1:1: warning The master has changes not committed to git: .* \[uncommitted-master\]$/),
    ]);
    expect(run.stderr).not.toMatch(/^1\.0:/m);
    expect(run.stderr).toContain('would upgrade 1.0 → 3.0');
  });

  it('diff: an error of the older version at its place, the version named in the text, never a REV: prefix', async () => {
    const run = await cli('diff', 'demo', '--from', '2.0');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = messageLines(run.stderr);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(editorForm);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/checklists\/demo\/02-items\.md:\d+:1: error \(in version 2\.0\) .*\[unclosed-fence\]$/));
    expect(run.stderr).not.toMatch(/^2\.0:/m);
    expect(run.stderr).toContain('checklist: The master at 2.0 has errors (above) and cannot be compared');
  });

  it('diff by a commit: the version and the REV asked both named', async () => {
    const run = await cli('diff', 'demo', '--from', '1.0', '--to', 'HEAD');
    expect(run.code).toBe(1);
    expect(messageLines(run.stderr)).toContainEqual(expect.stringMatching(/^content\/checklists\/demo\/02-items\.md:\d+:1: error \(in version 2\.0 at HEAD\) /));
    // 1.0's own warning is not printed: it is no error and no one edits that version.
    expect(run.stderr).not.toContain('front-matter-key');
  });
});

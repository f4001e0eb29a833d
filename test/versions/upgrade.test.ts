import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { acmeV1, createGitMaster, versions, type GitMaster } from './git-master.js';

let repo: GitMaster;
let acme: string;
beforeAll(() => {
  repo = createGitMaster();
  acme = repo.acme;
});
afterAll(() => repo.cleanup());

const cli = (...args: string[]) => runCli(args, { cwd: repo.root });

/** What `upgrade` must make of acme.json: every other byte as the customer wrote it. */
const expected = `{
  "$schema": "../../schema/deployment.schema.json",
  "checklist": "demo",
  "checklistVersion": "3.0",
  "level": "medium",
  "components": ["Main server"],
  "answers": {
    "CL-PWD2": { "status": "Yes", "comment": "12 characters everywhere", "review": "Version 1.0 → 3.0: Target (10 characters → 12 characters)" },
    "CL-ADM1": {
      "status": "No",
      "comment": "Shared admin account until May",
      "review": "Version 1.0 → 3.0: Executed (Yes / No → Yes / No / Not applicable)"
    },
    "CL-SMTP1": { "status": "Yes", "comment": "Relay needs authentication", "review": "Version 1.0 → 3.0: Measures (Require authentication on the mail server → Require authentication and TLS on the mail server)" },
    "CL-SRV1": { "components": { "Main server": "Yes" } },
    "CL-LOG1": {}
  },
  "retired": {
    "CL-TEL1": { "status": "Deactivated" }
  },
  "settings": {}
}
`;

/** Every answer value of a deployment, wherever it sits (answers or retired), without review marks. */
function answerValues(text: string): string[] {
  const value = JSON.parse(text) as { answers?: Record<string, object>; retired?: Record<string, object> };
  return [...Object.values(value.answers ?? {}), ...Object.values(value.retired ?? {})]
    .map((answer) => JSON.stringify({ ...answer, review: undefined }))
    .filter((answer) => answer !== '{}')
    .sort();
}

describe('checklist upgrade', () => {
  it('--dry-run prints the change as a unified diff and writes nothing', async () => {
    const result = await cli('upgrade', 'content/deployments/acme.json', '--dry-run');
    expect(result.code).toBe(0);
    expect(readFileSync(acme, 'utf8')).toBe(acmeV1);
    expect(result.stdout).toContain('-    "CL-PWD1": { "status": "Yes", "comment": "12 characters everywhere" },');
    expect(result.stdout).toContain('+    "CL-LOG1": {}');
    expect(result.stderr).toContain('would upgrade 1.0 → 3.0');
  });

  it('renames, keeps retired answers, adds new items, marks what changed; nothing else moves', async () => {
    const result = await cli('upgrade', 'content/deployments/acme.json');
    expect(result.code).toBe(0);
    const upgraded = readFileSync(acme, 'utf8');
    expect(upgraded).toBe(expected);
    expect(answerValues(upgraded)).toEqual(answerValues(acmeV1));
    expect(result.stderr).toContain('1 answer under a new ID: CL-PWD1 → CL-PWD2');
    expect(result.stderr).toContain('1 answer to retired items moved to "retired": CL-TEL1');
    expect(result.stderr).toContain("1 answer kept but no longer shown, the item now above this deployment's level medium: CL-ADM1");
    expect(result.stderr).toContain('3 answers marked for review: CL-PWD2, CL-ADM1, CL-SMTP1');
    expect(result.stderr).not.toContain('uncommitted-master');
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = readFileSync(acme, 'utf8');
    const result = await cli('upgrade', 'content/deployments/acme.json');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('already up to date');
    expect(readFileSync(acme, 'utf8')).toBe(before);
  });

  it('leaves check with one warning per review mark, and no error', async () => {
    const result = await cli('check', 'content/deployments/acme.json');
    expect(result.code).toBe(0);
    expect(result.stderr.match(/\[review\]/g)).toHaveLength(3);
    expect(result.stderr).toContain('acme.json:12:7: warning /answers/CL-ADM1/review: CL-ADM1 changed since it was answered');
  });

  it('refuses a deployment newer than the master, and writes nothing for any file of the run', async () => {
    const newer = join(repo.content, 'deployments', 'newer.json');
    const other = join(repo.content, 'deployments', 'other.json');
    writeFileSync(newer, acmeV1.replace('"checklistVersion": "1.0"', '"checklistVersion": "4.0"'));
    writeFileSync(other, acmeV1);
    const result = await cli('upgrade', 'content/deployments/other.json', 'content/deployments/newer.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('written for version 4.0 of demo, newer than the master\'s version 3.0');
    expect(readFileSync(other, 'utf8')).toBe(acmeV1);
    // An older version named with --to: not "name the version with --to", which was done.
    const older = await cli('upgrade', 'content/deployments/other.json', '--to', '2.0');
    writeFileSync(other, acmeV1.replace('"checklistVersion": "1.0"', '"checklistVersion": "3.0"'));
    const back = await cli('upgrade', 'content/deployments/other.json', '--to', '2.0');
    expect(older.code, older.stderr).toBe(0);
    expect(back.code).toBe(1);
    expect(back.stderr).toBe('checklist: content/deployments/other.json: written for version 3.0 of demo, newer than version 2.0 (--to): a deployment goes to newer versions only: name 3.0 or a later one with --to\n');
    rmSync(newer);
    rmSync(other);
  });

  it('a deployment it cannot read: says why, in one line', async () => {
    const missing = await cli('upgrade', 'content/deployments/missing.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('checklist: content/deployments/missing.json: cannot read the file: it does not exist\n');
    const named = await cli('upgrade', 'content/deployments');
    expect(named.stderr).toBe('checklist: content/deployments: cannot read the file: a folder stands where the file should be\n');
  });

  it('a deployment check refuses: the same message at its place, and nothing written (a key twice was upgraded from the last)', async () => {
    const twice = join(repo.content, 'deployments', 'twice.json');
    const written = acmeV1.replace('"level": "medium",', '"level": "medium",\n  "level": "maximum",');
    writeFileSync(twice, written);
    const run = await cli('upgrade', 'content/deployments/twice.json');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('content/deployments/twice.json:6:3: error /level: duplicate key: it is already at line 5, and JSON keeps only the last; remove one [duplicate-key]\nnothing was written\n');
    expect(readFileSync(twice, 'utf8')).toBe(written);
    // Bytes not UTF-8 (a Latin-1 ü): at their line and column, as check gives them; it was one line without a place.
    const latin1 = Buffer.from(acmeV1.replace('"comment": "Relay needs authentication"', '"comment": "Relay f\u00fcr auth"'), 'latin1');
    writeFileSync(twice, latin1);
    const bytes = await cli('upgrade', 'content/deployments/twice.json');
    expect(bytes.code).toBe(1);
    expect(bytes.stderr).toBe('content/deployments/twice.json:14:55: error Not valid UTF-8 (byte 0xFC): save the file as UTF-8 [encoding]\nnothing was written\n');
    // A value of the wrong type has the rule ID check gives it.
    writeFileSync(twice, acmeV1.replace('"level": "medium"', '"level": 2'));
    expect((await cli('upgrade', 'content/deployments/twice.json')).stderr).toMatch(/^content\/deployments\/twice\.json:5:3: error \/level: .* \[wrong-type\]\n/);
    rmSync(twice);
  });

  it('an answer to an item merged into another answered one: kept under "retired", and the item marked for review with what it said', async () => {
    // CL-PWD1 became CL-PWD2; a deployment that answered both (the second by hand) keeps CL-PWD2's answer.
    const both = join(repo.content, 'deployments', 'both.json');
    writeFileSync(both, acmeV1.replace('"CL-PWD1": { "status": "Yes", "comment": "12 characters everywhere" },', '"CL-PWD1": { "status": "No", "comment": "Lockout after 5 failed log-ons planned", "due": "2026-05-01" },\n    "CL-PWD2": { "status": "Yes" },'));
    const diff = await cli('diff', 'content/deployments/both.json');
    const result = await cli('upgrade', 'content/deployments/both.json');
    const upgraded = JSON.parse(readFileSync(both, 'utf8')) as { answers: Record<string, { status?: string; review?: string }>; retired: Record<string, { status?: string; due?: string }> };
    const check = await cli('check', 'content/deployments/both.json');
    rmSync(both);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 answer to an item merged into another that has its own answer, kept under "retired", the item marked for review: CL-PWD1 → CL-PWD2');
    expect(upgraded.answers['CL-PWD1']).toBeUndefined();
    expect(upgraded.retired['CL-PWD1']).toEqual({ status: 'No', comment: 'Lockout after 5 failed log-ons planned', due: '2026-05-01' });
    expect(upgraded.answers['CL-PWD2']?.status).toBe('Yes');
    expect(upgraded.answers['CL-PWD2']?.review).toContain('CL-PWD1 is now part of this item; its own answer (No, "Lockout after 5 failed log-ons planned") is kept under "retired"');
    expect(check.stderr).toMatch(/warning \/answers\/CL-PWD2\/review: CL-PWD2 changed since it was answered/);
    // diff says the same beforehand: one review line for the item (it listed it once per
    // answer), and that the older answer is kept apart, not renamed.
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout.match(/^- CL-PWD2 .*: Version 1\.0 → 3\.0/gm)).toHaveLength(1);
    expect(diff.stdout).toContain('- CL-PWD1 → CL-PWD2 (merged: CL-PWD2 has an answer of its own, which stays; this one is kept under "retired" and CL-PWD2 is marked for review)');
  });

  it('warns, before the upgrade, about renamed and retired answers and the older version', async () => {
    const old = join(repo.content, 'deployments', 'old.json');
    writeFileSync(old, acmeV1.replace('"CL-PWD1": {', '"CL-PWD-DEFAULT": {').replace('"CL-SRV1"', '"CL-SRV2"'));
    const result = await cli('check', 'content/deployments/old.json');
    rmSync(old);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('warning /checklistVersion: Deployment was answered against version 1.0 of demo, the master is version 3.0: run `checklist upgrade');
    expect(result.stderr).toContain('warning /answers/CL-PWD-DEFAULT: CL-PWD-DEFAULT is now CL-PWD2: this answer applies to CL-PWD2');
    expect(result.stderr).toContain('warning /answers/CL-TEL1: CL-TEL1 was retired in version 2.0 (Telnet was removed from the product): the answer is not shown');
    expect(result.stderr).toContain('error /answers/CL-SRV2: No item CL-SRV2 in checklist demo; did you mean "CL-SRV1"? (the deployment is for version 1.0, the master 3.0: if the item was renamed since, `checklist upgrade` carries its answer over) [unknown-item]');
  });
});

describe('upgrade and diff outside git', () => {
  it('a master folder outside git is a clear error, nothing written', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'checklist-nogit-'));
    cpSync(repo.content, join(outside, 'content'), { recursive: true });
    const deployment = join(outside, 'content', 'deployments', 'acme.json');
    writeFileSync(deployment, acmeV1);
    const result = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    const diff = await runCli(['diff', 'demo', '--from', '1.0'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    const after = readFileSync(deployment, 'utf8');
    rmSync(outside, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not in a git repository');
    expect(after).toBe(acmeV1);
    expect(diff.code).toBe(1);
    expect(diff.stderr).toContain('is not in a git repository');
  });
});

describe('an ID renamed and later used again for another item', () => {
  it('upgrade follows the rename; the new item of the old ID is a new item to answer', async () => {
    const reuse = createGitMaster();
    // 4.0: CL-PWD2 loses its Replaces row (CL-PWD-DEFAULT, itself CL-PWD1 in 1.0), and CL-PWD1 comes back as another item.
    const master = join(reuse.content, 'checklists', 'demo');
    writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"'));
    const items = versions['3.0']['02-items.md'].replace('| Replaces | CL-PWD-DEFAULT |\n', '');
    expect(items).not.toContain('Replaces');
    writeFileSync(join(master, '02-items.md'), items.replace('::signatures', '| CL-PWD1 Demo | Password expiry monitored |\n| --- | --- |\n| Level | minimum |\n| Executed | Yes / No |\n\n::signatures'));
    reuse.git('add', '-A');
    reuse.git('commit', '-q', '-m', 'Demo checklist 4.0');
    const diff = await runCli(['diff', 'content/deployments/acme.json'], { cwd: reuse.root });
    const result = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: reuse.root });
    const upgraded = JSON.parse(readFileSync(reuse.acme, 'utf8')) as { answers: Record<string, { status?: string; comment?: string }> };
    reuse.cleanup();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 answer under a new ID: CL-PWD1 → CL-PWD2');
    expect(result.stderr).toMatch(/new items? to answer, added as \{\}: .*CL-PWD1/);
    expect(upgraded.answers['CL-PWD2']).toMatchObject({ status: 'Yes', comment: '12 characters everywhere' });
    expect(upgraded.answers['CL-PWD1']).toEqual({});
    // diff says the same beforehand: CL-PWD1 is a new item, not 1.0's CL-PWD1 changed.
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toContain('- Added: CL-PWD1 Password expiry monitored');
    expect(diff.stdout).toContain('- CL-PWD1 Password expiry monitored, level minimum\n');
    expect(diff.stdout).not.toContain('Changed: CL-PWD1');
  });
});


describe('an item retired and later back under its own ID', () => {
  it('upgrade moves its answer back from "retired", marked for review; diff says so, and check warns where it stayed', async () => {
    const back = createGitMaster();
    // 4.0: CL-TEL1, retired in 2.0, is an item again.
    const master = join(back.content, 'checklists', 'demo');
    writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"').replace(/retired:\n.*\n/, ''));
    writeFileSync(join(master, '02-items.md'), versions['3.0']['02-items.md'].replace('# Network', '| CL-TEL1 Demo | Telnet disabled |\n| --- | --- |\n| Measures | Disable telnet |\n| Level | minimum |\n| Executed | Yes / No / Deactivated |\n\n# Network'));
    const run = (...args: string[]) => runCli(args, { cwd: back.root });
    // Upgraded to 3.0 when it was retired: its answer went to "retired".
    const to3 = await run('upgrade', 'content/deployments/acme.json', '--to', '3.0');
    const at3 = readFileSync(back.acme, 'utf8');
    back.git('add', '-A');
    back.git('commit', '-q', '-m', 'Demo checklist 4.0');
    const staying = await run('check', 'content/deployments/acme.json');
    const diff = await run('diff', 'content/deployments/acme.json');
    const result = await run('upgrade', 'content/deployments/acme.json');
    const upgraded = JSON.parse(readFileSync(back.acme, 'utf8')) as { answers: Record<string, { status?: string; review?: string }>; retired?: object };
    const check = await run('check', 'content/deployments/acme.json');
    back.cleanup();
    expect(to3.code, to3.stderr).toBe(0);
    expect(at3).toContain('"retired": {\n    "CL-TEL1": { "status": "Deactivated" }\n  }');
    expect(staying.stderr).toContain('warning /retired/CL-TEL1: CL-TEL1 is an item of demo again, but its answer is kept under "retired", which is not shown: move it back to "answers" if it still holds [retired-answer]');
    expect(diff.stdout).toContain('- CL-TEL1 Telnet disabled, level minimum: back after it was retired; its answer kept under "retired" comes back, for review');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 answer to an item back in the checklist moved back from "retired", marked for review: CL-TEL1');
    expect(upgraded.answers['CL-TEL1']).toEqual({ status: 'Deactivated', review: 'CL-TEL1 was retired and is an item again in version 4.0: its answer of before (Deactivated) is back from "retired"; check that it still holds' });
    expect(upgraded.retired).toBeUndefined();
    expect(check.stderr).not.toContain('retired-answer');
    expect(check.stderr).toMatch(/warning \/answers\/CL-TEL1\/review: CL-TEL1 changed since it was answered/);
  }, 60_000);
});

describe('an answer whose value the new version no longer offers', () => {
  it('is kept as written, and the summary says it is to be answered again', async () => {
    const renamed = createGitMaster();
    // 4.0: CL-SMTP1's options are renamed; acme answered it "Yes".
    const master = join(renamed.content, 'checklists', 'demo');
    writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"'));
    const items = versions['3.0']['02-items.md'];
    const smtp = items.indexOf('| CL-SMTP1 ');
    writeFileSync(join(master, '02-items.md'), items.slice(0, smtp) + items.slice(smtp).replace('| Executed | Yes / No |', '| Executed | Enforced / No |'));
    renamed.git('add', '-A');
    renamed.git('commit', '-q', '-m', 'Demo checklist 4.0');
    const result = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: renamed.root });
    const upgraded = JSON.parse(readFileSync(renamed.acme, 'utf8')) as { answers: Record<string, { status?: string; review?: string }> };
    renamed.cleanup();
    expect(result.code, result.stderr).toBe(0);
    expect(upgraded.answers['CL-SMTP1']?.status).toBe('Yes');
    expect(upgraded.answers['CL-SMTP1']?.review).toContain('Executed (Yes / No → Enforced / No)');
    expect(result.stderr).toContain('1 answer no longer one of its item\'s options, kept as written to be answered again (check and build refuse it until then): /answers/CL-SMTP1/status: "Yes" is not an option of CL-SMTP1: use one of Enforced, No');
  }, 60_000);
});

describe('a level the new version no longer has', () => {
  it('leaves nothing out: no answer is said to be above it, new items of every level are added, and diff says to choose a level', async () => {
    const dropped = createGitMaster();
    // 4.0: the levels are minimum and maximum; medium items move to minimum; acme is at medium.
    const master = join(dropped.content, 'checklists', 'demo');
    writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"').replace('levels: [minimum, medium, maximum]', 'levels: [minimum, maximum]'));
    writeFileSync(join(master, '02-items.md'), versions['3.0']['02-items.md'].replaceAll('| Level | medium |', '| Level | minimum |').replace('medium: 12 characters; ', ''));
    dropped.git('add', '-A');
    dropped.git('commit', '-q', '-m', 'Demo checklist 4.0');
    const run = (...args: string[]) => runCli(args, { cwd: dropped.root });
    const diff = await run('diff', 'content/deployments/acme.json');
    const result = await run('upgrade', 'content/deployments/acme.json');
    const upgraded = JSON.parse(readFileSync(dropped.acme, 'utf8')) as { level: string; answers: Record<string, { status?: string; review?: string }> };
    dropped.cleanup();
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toContain('Level: medium, which version 4.0 does not have (its levels: minimum, maximum): choose one; until then the items of every level are counted here.');
    // It said every answer was "now at level minimum, above medium" and would be dropped.
    expect(diff.stdout).not.toContain('above medium');
    expect(diff.stdout).toContain('- CL-LOG1 Security log kept, level minimum');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('above this deployment');
    expect(result.stderr).toContain('1 new item to answer, added as {}: CL-LOG1');
    expect(result.stderr).toContain('/level: Unknown level "medium": use one of minimum, maximum');
    expect(upgraded.level).toBe('medium');
    expect(upgraded.answers['CL-LOG1']).toEqual({});
    // Its target for medium is gone: the whole target changed (too long to quote), not "10 characters → none".
    expect(upgraded.answers['CL-PWD2']?.review).toBe('Version 1.0 → 4.0: Target');
  }, 60_000);
});

describe('a master with an error', () => {
  it('upgrade prints the error at its place before saying "(above)", and writes nothing', async () => {
    const broken = createGitMaster();
    const items = join(broken.content, 'checklists', 'demo', '02-items.md');
    // Two items claim CL-PWD-DEFAULT: its answers could go to one only.
    writeFileSync(items, readFileSync(items, 'utf8').replace('| Level | maximum |', '| Replaces | CL-PWD-DEFAULT |\n| Level | maximum |'));
    const result = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: broken.root });
    const after = readFileSync(broken.acme, 'utf8');
    broken.cleanup();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^content\/checklists\/demo\/02-items\.md:\d+:\d+: error CL-PWD-DEFAULT is replaced by two items, .* \[replaces\]$/m);
    expect(result.stderr).toContain('has errors (above): fix them, then run this again');
    expect(after).toBe(acmeV1);
  }, 60_000);
});

describe('a lineage note that names no item (a typo in Replaces or retired)', () => {
  it('diff and upgrade warn at the note, with the ID meant; the answer is kept under "retired", not lost', async () => {
    const typo = createGitMaster();
    const master = join(typo.content, 'checklists', 'demo');
    // 4.0: CL-SMTP1 renamed CL-MAIL1, its Replaces row mistyped; CL-SRV1 removed, retired: mistyped.
    writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"').replace('retired:\n', 'retired:\n  - CL-SRV11\n'));
    const items = versions['3.0']['02-items.md'].replace('| CL-SMTP1 Demo |', '| CL-MAIL1 Demo |').replace('| Measures | Require authentication and TLS', '| Replaces | CL-SMPT1 |\n| Measures | Require authentication and TLS');
    writeFileSync(join(master, '02-items.md'), items.replace(/\| CL-SRV1 [^]*?\n\n/, ''));
    typo.git('add', '-A');
    typo.git('commit', '-q', '-m', 'Demo checklist 4.0');
    const diff = await runCli(['diff', 'demo', '--from', '3.0'], { cwd: typo.root });
    const fromGit = await runCli(['diff', 'demo', '--from', '3.0', '--to', 'HEAD'], { cwd: typo.root });
    // Two deployments of the master: the warnings about its versions are said once.
    writeFileSync(join(typo.content, 'deployments', 'second.json'), acmeV1);
    const result = await runCli(['upgrade', 'content/deployments/acme.json', 'content/deployments/second.json'], { cwd: typo.root });
    const upgraded = JSON.parse(readFileSync(typo.acme, 'utf8')) as { retired: Record<string, unknown> };
    typo.cleanup();
    const replacesWarning = /^content\/checklists\/demo\/02-items\.md:\d+:\d+: warning The Replaces row of CL-MAIL1 names CL-SMPT1: version 3\.0 has no item CL-SMPT1, nor has any version since, so no answer is carried over to CL-MAIL1 by it: did you mean "CL-SMTP1"\? \[replaces-unknown\]$/m;
    const retiredWarning = /^content\/checklists\/demo\/01-intro\.md:\d+:\d+: warning retired lists CL-SRV11: version 3\.0 has no item CL-SRV11, nor has any version since: did you mean "CL-SRV1"\? \[retired-unknown\]$/m;
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stderr).toMatch(replacesWarning);
    expect(diff.stderr).toMatch(retiredWarning);
    // A newer version read from git: the place is the working tree's file, the version named, as for its errors.
    expect(fromGit.stderr).toMatch(/^content\/checklists\/demo\/02-items\.md:\d+:\d+: warning \(in version 4\.0 at HEAD\) The Replaces row of CL-MAIL1 names CL-SMPT1: .*\[replaces-unknown\]$/m);
    // upgrade (from 1.0, the deployment's version) says the same before it writes.
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.replaceAll('version 1.0', 'version 3.0')).toMatch(replacesWarning);
    expect(result.stderr.replaceAll('version 1.0', 'version 3.0')).toMatch(retiredWarning);
    expect(result.stderr.match(/\[replaces-unknown\]/g)).toHaveLength(1);
    expect(result.stderr).toContain('content/deployments/second.json: upgraded 1.0 → 4.0');
    // The summary says what the master did: CL-TEL1 retired, the other two removed with no note.
    expect(result.stderr).toContain('  1 answer to retired items moved to "retired": CL-TEL1\n');
    expect(result.stderr).toContain('  2 answers to items removed without a retired: entry or a Replaces row naming them moved to "retired": CL-SMTP1, CL-SRV1\n');
    expect(upgraded.retired['CL-SMTP1']).toEqual({ status: 'Yes', comment: 'Relay needs authentication' });
  }, 60_000);
});

describe('upgrade to a working tree whose master has changes not committed', () => {
  it('warns that the version is compared as it is now, and not again once the edits go on', async () => {
    const editing = createGitMaster();
    const items = join(editing.content, 'checklists', 'demo', '02-items.md');
    writeFileSync(items, readFileSync(items, 'utf8').replace('Keep the security log for 90 days', 'Keep the security log for 180 days'));
    const result = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: editing.root });
    editing.cleanup();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('content/checklists/demo:1:1: warning The master has changes not committed to git: deployments go to version 3.0 as the working tree has it now. upgrade compares versions, not edits, so a deployment at 3.0 is not compared again with what 3.0 becomes: commit the master first, and give any later change a new version [uncommitted-master]');
    expect(result.stderr).toContain('upgraded 1.0 → 3.0');
  }, 60_000);
});

describe('a deployment at the master\'s version, the master edited since that version\'s commit', () => {
  it('diff and upgrade compare it with the commit of its checklistVersion, as --from names it', async () => {
    const editing = createGitMaster();
    const run = (...args: string[]) => runCli(args, { cwd: editing.root });
    try {
      expect((await run('upgrade', 'content/deployments/acme.json')).code).toBe(0);
      const items = join(editing.content, 'checklists', 'demo', '02-items.md');
      writeFileSync(items, readFileSync(items, 'utf8').replace('Require authentication and TLS on the mail server', 'Require authentication and TLS 1.2 on the mail server'));
      const byDefault = await run('diff', 'content/deployments/acme.json');
      const named = await run('diff', 'content/deployments/acme.json', '--from', '3.0');
      expect(byDefault.code, byDefault.stderr).toBe(0);
      expect(byDefault.stdout).toBe(named.stdout);
      expect(byDefault.stdout).toMatch(/From version 3\.0 \(commit [0-9a-f]{12}\) to version 3\.0 \(working tree\)/);
      expect(byDefault.stdout).toContain('- CL-SMTP1 SMTP secured: Version 3.0 → 3.0: Measures');

      const upgraded = await run('upgrade', 'content/deployments/acme.json', '--dry-run');
      expect(upgraded.code, upgraded.stderr).toBe(0);
      expect(upgraded.stderr).toContain('[uncommitted-master]');
      expect(upgraded.stderr).toContain('would upgrade 3.0 → 3.0\n');
      expect(upgraded.stderr).toContain('  1 answer marked for review: CL-SMTP1\n');
    } finally {
      editing.cleanup();
    }
  }, 60_000);

  it('a version no commit holds yet (the author\'s next one) is compared as the working tree has it', async () => {
    const next = createGitMaster();
    const run = (...args: string[]) => runCli(args, { cwd: next.root });
    try {
      const intro = join(next.content, 'checklists', 'demo', '01-intro.md');
      writeFileSync(intro, readFileSync(intro, 'utf8').replace('version: "3.0"', 'version: "3.1"'));
      expect((await run('upgrade', 'content/deployments/acme.json')).code).toBe(0);
      const again = await run('diff', 'content/deployments/acme.json');
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('From version 3.1 (working tree) to version 3.1 (working tree)');
    } finally {
      next.cleanup();
    }
  }, 60_000);
});

describe('a component row removed from an item that stays', () => {
  it('upgrade moves its answer under "retired" at the item\'s ID, says so, and the deployment builds', async () => {
    const removed = createGitMaster();
    const run = (...args: string[]) => runCli(args, { cwd: removed.root });
    try {
      // The customer answered the Standby server row (3.0); 4.0 drops that row from CL-SRV1.
      writeFileSync(removed.acme, acmeV1.replace('"CL-SRV1": { "components": { "Main server": "Yes" } }', '"CL-SRV1": { "components": { "Main server": "Yes", "Standby server": "Not installed" } }'));
      expect((await run('upgrade', 'content/deployments/acme.json')).code).toBe(0);
      const master = join(removed.content, 'checklists', 'demo');
      writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"'));
      const items = versions['3.0']['02-items.md'].replace('| Standby server | Yes / No / Not installed |\n', '');
      expect(items).not.toContain('Standby server');
      writeFileSync(join(master, '02-items.md'), items);
      removed.git('add', '-A');
      removed.git('commit', '-q', '-m', 'Demo checklist 4.0');

      const result = await run('upgrade', 'content/deployments/acme.json');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('  1 answer to component rows removed from their item moved to "retired": CL-SRV1 / Standby server\n');
      expect(result.stderr).not.toContain('no place for');
      const text = readFileSync(removed.acme, 'utf8');
      expect(text).toContain('"CL-SRV1": { "components": { "Main server": "Yes" } }');
      expect(JSON.parse(text).retired).toEqual({ 'CL-TEL1': { status: 'Deactivated' }, 'CL-SRV1': { components: { 'Standby server': 'Not installed' } } });
      const built = await run('build', 'content/deployments/acme.json', '--format', 'html', '--out', join(removed.root, 'out'));
      expect(built.code, built.stderr).toBe(0);
      // Run again: nothing left to move.
      expect((await run('upgrade', 'content/deployments/acme.json')).stderr).toContain('already up to date');
    } finally {
      removed.cleanup();
    }
  }, 60_000);
});

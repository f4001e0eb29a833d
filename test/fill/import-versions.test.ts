/**
 * `checklist import` across master versions, on a real git repository of a master with three
 * versions (test/versions/git-master.ts: 2.0 renames CL-PWD1 to CL-PWD-DEFAULT and retires
 * CL-TEL1, 3.0 renames CL-PWD-DEFAULT to CL-PWD2), each DOCX built by the real CLI from the
 * master as it was at that version.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { acmeV1, createGitMaster, versions, type GitMaster } from '../versions/git-master.js';
import { hasLibreOffice, savedByLibreOffice } from '../docx/helpers.js';
import { editDocx, partText, setBox, setText } from './docx-edit.js';

const DOC = 'word/document.xml';

/** The master's working tree at a version, and the DOCX `build` makes of the deployment then. */
async function buildAt(repo: GitMaster, version: keyof typeof versions, format: 'docx' | 'form' = 'docx'): Promise<Uint8Array> {
  repo.writeVersion(version);
  const out = join(repo.root, `dist-${version}-${format}`);
  const built = await runCli(['build', 'content/deployments/acme.json', '--format', format, '--docx-page-numbers', 'off', '--out', out], { cwd: repo.root });
  expect(built.code, built.stderr).toBe(0);
  return readFileSync(join(out, 'acme', readdirSync(join(out, 'acme')).find((name) => name.endsWith(format === 'docx' ? '.docx' : '-form.html'))!));
}

/** What the form's button saves: the record the page was built with, its answers, and `changes` over them. */
function savedForm(page: Uint8Array, changes: Record<string, string>): Uint8Array {
  const data = JSON.parse(/<script type="application\/json" id="checklist-form-data">(.*?)<\/script>/s.exec(new TextDecoder().decode(page))![1]!) as { original: Record<string, string> };
  return new TextEncoder().encode(`${JSON.stringify({ format: 'checklist-answers', formatVersion: 1, ...data, answers: { ...data.original, ...changes } }, null, 2)}\n`);
}

function importer(repo: GitMaster) {
  const deployment = repo.acme;
  let files = 0;
  return async (bytes: Uint8Array, ...args: string[]) => {
    const file = join(repo.root, `filled-${++files}.${bytes[0] === 0x7b ? 'json' : 'docx'}`);
    writeFileSync(file, bytes);
    const run = await runCli(['import', file, ...args], { cwd: repo.root });
    return { ...run, text: readFileSync(deployment, 'utf8') };
  };
}

/** Commits version 4.0 of the master: 3.0's introduction under the new version, 3.0's items as `edit` makes them. */
function commitVersion4(repo: GitMaster, edit: (items: string) => string): void {
  const master = join(repo.content, 'checklists', 'demo');
  writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"'));
  writeFileSync(join(master, '02-items.md'), edit(versions['3.0']['02-items.md']));
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'Demo checklist 4.0');
}

describe('a deployment not yet upgraded keeps an answer under the ID the item replaces', () => {
  let repo: GitMaster;
  let docx: Uint8Array;
  let importDocx: ReturnType<typeof importer>;
  beforeAll(async () => {
    repo = createGitMaster();
    // The master is at 2.0, the deployment still answers CL-PWD1 (now CL-PWD-DEFAULT).
    docx = await buildAt(repo, '2.0');
    importDocx = importer(repo);
  }, 120_000);
  afterAll(() => repo.cleanup());

  it('imports the file unchanged without touching the deployment', async () => {
    const run = await importDocx(docx);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.text).toBe(acmeV1);
  });

  it('writes a changed answer where the deployment keeps it, under the old ID', async () => {
    const filled = editDocx(docx, {
      [DOC]: (xml) => setText(setBox(setBox(xml, 'item/CL-PWD-DEFAULT/status=Yes', false), 'item/CL-PWD-DEFAULT/status=No', true), 'item/CL-PWD-DEFAULT/comment', 'Two appliances left'),
    });
    const run = await importDocx(filled);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('CL-PWD-DEFAULT\n  status: "Yes" → "No"\n  comment: "12 characters everywhere" → "Two appliances left"\n');
    expect(run.text).toBe(acmeV1.replace('"CL-PWD1": { "status": "Yes", "comment": "12 characters everywhere" }', '"CL-PWD1": { "status": "No", "comment": "Two appliances left" }'));
  });
});

describe('a file of an earlier version, imported with --force after the deployment was upgraded', () => {
  let repo: GitMaster;
  let docx: Uint8Array;
  let form: Uint8Array;
  let upgraded: string;
  let importDocx: ReturnType<typeof importer>;
  const deployment = () => repo.acme;
  beforeAll(async () => {
    repo = createGitMaster();
    // Built at 1.0 (CL-PWD1, CL-TEL1), then the master is at 3.0 again and the deployment upgraded.
    docx = await buildAt(repo, '1.0');
    form = await buildAt(repo, '1.0', 'form');
    repo.writeVersion('3.0');
    const upgrade = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root });
    expect(upgrade.code, upgrade.stderr).toBe(0);
    upgraded = readFileSync(deployment(), 'utf8');
    importDocx = importer(repo);
  }, 240_000);
  afterEach(() => writeFileSync(deployment(), upgraded));
  afterAll(() => repo.cleanup());

  it('imports the file unchanged as no change: fields left as built are no answers, whatever became of their items', async () => {
    const run = await importDocx(docx, '--force');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No answer changed');
    expect(run.stderr).toContain('warning Made from version 1.0 of demo, the master is now version 3.0 (imported anyway: --force) [import-version]');
    expect(run.stderr).not.toContain('error');
    expect(run.text).toBe(upgraded);
  });

  it('answers a renamed item under its newest ID, through every rename, and keeps a retired item\'s answer under "retired"', async () => {
    const filled = editDocx(docx, {
      [DOC]: (xml) =>
        [
          (x: string) => setBox(setBox(x, 'item/CL-PWD1/status=Yes', false), 'item/CL-PWD1/status=No', true),
          (x: string) => setBox(setBox(x, 'item/CL-TEL1/status=Deactivated', false), 'item/CL-TEL1/status=No', true),
          (x: string) => setText(x, 'item/CL-TEL1/comment', 'Still on the old switch'),
          (x: string) => setText(x, 'item/CL-SMTP1/comment', 'Relay needs authentication and TLS'),
        ].reduce((text, edit) => edit(text), xml),
    });
    const run = await importDocx(filled, '--force');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'CL-PWD2\n  status: "Yes" → "No"\nCL-SMTP1\n  comment: "Relay needs authentication" → "Relay needs authentication and TLS"\n' +
        'CL-TEL1 (retired: kept, not shown)\n  status: "Deactivated" → "No"\n  comment: (empty) → "Still on the old switch"\n4 answers changed in content/deployments/acme.json\n',
    );
    expect(run.stderr).toContain('warning CL-PWD1 is now CL-PWD2: the file\'s answers to CL-PWD1 are imported to CL-PWD2 [replaced-item]');
    expect(run.stderr).toContain('warning CL-TEL1 was retired in version 2.0 (Telnet was removed from the product): the file\'s answers to it are kept in the deployment\'s "retired" answers, which are not shown [retired-item]');
    expect(run.text).toBe(
      upgraded
        .replace('"CL-PWD2": { "status": "Yes",', '"CL-PWD2": { "status": "No",')
        .replace('"comment": "Relay needs authentication",', '"comment": "Relay needs authentication and TLS",')
        .replace('"CL-TEL1": { "status": "Deactivated" }', '"CL-TEL1": { "status": "No", "comment": "Still on the old switch" }'),
    );
    const check = await runCli(['check', 'content/deployments/acme.json'], { cwd: repo.root });
    expect(check.code, check.stderr).toBe(0);
  });

  it('marks an answer for review where its item changed since the file\'s version, as upgrade does: it was given against the older text', async () => {
    // The customer reviewed CL-SMTP1 after the upgrade and deleted its mark; then the old printout comes back.
    const reviewed = upgraded.replace(/, "review": "Version 1\.0 → 3\.0: Measures[^"]*"/, '');
    expect(reviewed).not.toBe(upgraded);
    writeFileSync(deployment(), reviewed);
    const filled = editDocx(docx, { [DOC]: (xml) => setText(xml, 'item/CL-SMTP1/comment', 'Relay checked on site') });
    const run = await importDocx(filled, '--force');
    expect(run.code, run.stderr).toBe(0);
    const what = 'Version 1.0 → 3.0: Measures (Require authentication on the mail server → Require authentication and TLS on the mail server)';
    expect(run.stdout).toContain(`CL-SMTP1 marked for review: answered in a checklist of version 1.0; ${what}\n`);
    expect(run.text).toBe(reviewed.replace('"comment": "Relay needs authentication" }', `"comment": "Relay checked on site", "review": "${what}" }`));
    // Imported again: nothing changes, and no second mark.
    const again = await importDocx(filled, '--force');
    expect(again.stdout).toContain('No answer changed');
    expect(again.text).toBe(run.text);
  });

  it.skipIf(!hasLibreOffice)('does the same for the file saved by LibreOffice, which lost its tags: told by their places in the document of its version, built again from git', async () => {
    const filled = editDocx(docx, {
      [DOC]: (xml) => setText(setBox(setBox(xml, 'item/CL-PWD1/status=Yes', false), 'item/CL-PWD1/status=No', true), 'item/CL-TEL1/comment', 'Still on the old switch'),
    });
    const tagged = await importDocx(filled, '--force');
    writeFileSync(deployment(), upgraded);
    const saved = await savedByLibreOffice(filled);
    expect(partText(saved, DOC)).not.toContain('<w:tag ');
    const run = await importDocx(saved, '--force');
    // It was refused: "made from version 1.0 of demo, not from the master's 3.0".
    expect(run.code, run.stderr).toBe(0);
    expect(tagged.code, tagged.stderr).toBe(0);
    expect(run.stdout).toBe(tagged.stdout);
    expect(run.text).toBe(tagged.text);
    expect(run.stdout).toContain('CL-PWD2\n  status: "Yes" → "No"\n');
  }, 120_000);

  it('does the same for the form\'s saved answers', async () => {
    const run = await importDocx(savedForm(form, { 'item/CL-PWD1/status': 'No', 'item/CL-TEL1/status': 'Yes' }), '--force');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('CL-PWD2\n  status: "Yes" → "No"\nCL-TEL1 (retired: kept, not shown)\n  status: "Deactivated" → "Yes"\n2 answers changed in content/deployments/acme.json\n');
  });

  it('still refuses a changed answer to a retired item changed in the deployment too, and a value no longer an option', async () => {
    writeFileSync(deployment(), upgraded.replace('"CL-TEL1": { "status": "Deactivated" }', '"CL-TEL1": { "status": "Yes" }'));
    const run = await importDocx(savedForm(form, { 'item/CL-TEL1/status': 'No', 'item/CL-PWD1/status': 'Maybe' }), '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CL-TEL1 status: changed in the deployment (/retired/CL-TEL1/status) since the file was built ("Deactivated" → "Yes") and in the file (→ "No")');
    expect(run.stderr).toContain('error CL-PWD1 status: "Maybe" is not an option; use one of Yes, No [import-value]');
    expect(run.stderr).toContain('nothing was written');
  });

  it('refuses a setting whose row is gone since the file\'s version, saying what to do with its value', async () => {
    // The saved form holds a setting the master no longer has a row for (renamed or removed since).
    const run = await importDocx(savedForm(form, { 'setting/Password history': '10' }), '--force', '--dry-run');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error "setting/Password history" names no row of a fillable table of demo, not in version 3.0 (renamed or removed since the file was built): write what still holds into the deployment\'s "settings" by hand, under the row\'s label now, or fill in a checklist built from version 3.0 [import-tag]');
  });

  it('outside git knows only what the master says: one rename back, and its retired list', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'checklist-import-nogit-'));
    cpSync(repo.content, join(outside, 'content'), { recursive: true });
    const file = join(outside, 'filled.docx');
    writeFileSync(file, editDocx(docx, { [DOC]: (xml) => setBox(setBox(xml, 'item/CL-PWD1/status=Yes', false), 'item/CL-PWD1/status=No', true) }));
    const run = await runCli(['import', file, '--force', '--dry-run'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    rmSync(outside, { recursive: true, force: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error "item/CL-PWD1/status" names no item of demo: there is no CL-PWD1, and version 3.0 neither replaces nor retires it [import-tag]');
  });

  it('without --force, refuses the version alone', async () => {
    const run = await importDocx(docx);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.includes(' error '))).toEqual([expect.stringContaining('Made from version 1.0 of demo, the master is now version 3.0; use --force to import it anyway [import-version]')]);
    expect(run.text).toBe(upgraded);
  });
});

describe('a file of an earlier version whose renamed ID the master later used again for another item', () => {
  it('imports the answer to the old ID into the item the rename led to, not into the new item of that ID', async () => {
    const repo = createGitMaster();
    try {
      const docx = await buildAt(repo, '1.0');
      // 4.0: CL-PWD2 without its Replaces row (it was CL-PWD-DEFAULT, and CL-PWD1 in 1.0), CL-PWD1 another item.
      const master = join(repo.content, 'checklists', 'demo');
      writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"'));
      const items = versions['3.0']['02-items.md'].replace('| Replaces | CL-PWD-DEFAULT |\n', '');
      writeFileSync(join(master, '02-items.md'), items.replace('::signatures', '| CL-PWD1 Demo | Password expiry monitored |\n| --- | --- |\n| Level | minimum |\n| Executed | Yes / No |\n\n::signatures'));
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'Demo checklist 4.0');
      const upgrade = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root });
      expect(upgrade.code, upgrade.stderr).toBe(0);
      const filled = editDocx(docx, { [DOC]: (xml) => setBox(setBox(xml, 'item/CL-PWD1/status=Yes', false), 'item/CL-PWD1/status=No', true) });
      const run = await importer(repo)(filled, '--force');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('CL-PWD2\n  status: "Yes" → "No"\n');
      const answers = (JSON.parse(run.text) as { answers: Record<string, { status?: string }> }).answers;
      expect(answers['CL-PWD2']?.status).toBe('No');
      expect(answers['CL-PWD1']).toEqual({});
    } finally {
      repo.cleanup();
    }
  }, 120_000);
});


describe('a file of an earlier version where two items it answers were merged since', () => {
  it('refuses a change to the merged-away item, naming where its answer is kept: it was written over the other item\'s answer', async () => {
    const repo = createGitMaster();
    try {
      // Built at 3.0 with CL-PWD2 and CL-SMTP1 both answered "Yes"; 4.0 merges CL-SMTP1 into CL-PWD2.
      const upgradeTo3 = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root });
      expect(upgradeTo3.code, upgradeTo3.stderr).toBe(0);
      const docx = await buildAt(repo, '3.0');
      const master = join(repo.content, 'checklists', 'demo');
      writeFileSync(join(master, '01-intro.md'), versions['3.0']['01-intro.md'].replace('version: "3.0"', 'version: "4.0"'));
      const items = versions['3.0']['02-items.md'].replace('| Replaces | CL-PWD-DEFAULT |', '| Replaces | CL-PWD-DEFAULT, CL-SMTP1 |');
      writeFileSync(join(master, '02-items.md'), items.slice(0, items.indexOf('| CL-SMTP1 ')) + '::signatures\n');
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'Demo checklist 4.0');
      const upgrade = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root });
      expect(upgrade.stderr).toContain('kept under "retired", the item marked for review: CL-SMTP1 → CL-PWD2');
      const upgraded = readFileSync(repo.acme, 'utf8');

      // The technician says SMTP is not secured after all. Before, "No" became CL-PWD2's status.
      const filled = editDocx(docx, { [DOC]: (xml) => setText(setBox(setBox(xml, 'item/CL-SMTP1/status=Yes', false), 'item/CL-SMTP1/status=No', true), 'item/CL-SMTP1/comment', 'Relay refuses TLS') });
      const run = await importer(repo)(filled, '--force');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('error CL-SMTP1 status: CL-SMTP1 is now part of CL-PWD2, which this file answers in fields of its own, so this change ("Yes" → "No") is not CL-PWD2\'s answer; CL-SMTP1\'s own answer is kept at /retired/CL-SMTP1, which is not shown. Write what still holds into /answers/CL-PWD2 by hand, or fill in a checklist built from version 4.0 [import-merged]');
      expect(run.stderr).toContain('error CL-SMTP1 comment: CL-SMTP1 is now part of CL-PWD2');
      expect(run.text).toBe(upgraded);
    } finally {
      repo.cleanup();
    }
  }, 120_000);
});

describe('a file of an earlier version that answers a component row removed since from its item', () => {
  let repo: GitMaster;
  let docx: Uint8Array;
  let importDocx: ReturnType<typeof importer>;
  /** The deployment upgraded to 4.0. */
  let at4: string;
  beforeAll(async () => {
    repo = createGitMaster();
    writeFileSync(
      repo.acme,
      acmeV1
        .replace('"components": ["Main server"]', '"components": ["Main server", "Standby server"]')
        .replace('"CL-SRV1": { "components": { "Main server": "Yes" } }', '"CL-SRV1": { "components": { "Main server": "Yes", "Standby server": "Not installed" } }'),
    );
    expect((await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root })).code).toBe(0);
    docx = await buildAt(repo, '3.0');
    // 4.0 drops the Standby server row from CL-SRV1; the item stays.
    commitVersion4(repo, (items) => items.replace('| Standby server | Yes / No / Not installed |\n', ''));
    expect((await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root })).code).toBe(0);
    at4 = readFileSync(repo.acme, 'utf8');
    expect(JSON.parse(at4).retired['CL-SRV1']).toEqual({ components: { 'Standby server': 'Not installed' } });
    importDocx = importer(repo);
  }, 240_000);
  afterEach(() => writeFileSync(repo.acme, at4));
  afterAll(() => repo.cleanup());

  const filled = () =>
    editDocx(docx, {
      [DOC]: (xml) =>
        [
          (x: string) => setBox(setBox(x, 'item/CL-SRV1/component/Main server=Yes', false), 'item/CL-SRV1/component/Main server=No', true),
          (x: string) => setBox(setBox(x, 'item/CL-SRV1/component/Standby server=Not installed', false), 'item/CL-SRV1/component/Standby server=Yes', true),
        ].reduce((text, edit) => edit(text), xml),
    });

  it('imports the other answers and keeps the removed row\'s under "retired", where upgrade moved it (it was refused as an unknown row)', async () => {
    const run = await importDocx(filled(), '--force');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('CL-SRV1\n  Main server: "Yes" → "No"\nCL-SRV1 (row removed: kept, not shown)\n  Standby server: "Not installed" → "Yes"\n2 answers changed in content/deployments/acme.json\n');
    expect(run.stderr).toContain('warning CL-SRV1 no longer has the component row "Standby server": the file\'s answer to it is kept in the deployment\'s "retired" answers, which are not shown [removed-row]');
    expect(run.text).toBe(at4.replace('"Main server": "Yes"', '"Main server": "No"').replace('"Standby server": "Not installed"', '"Standby server": "Yes"'));
    const check = await runCli(['check', 'content/deployments/acme.json'], { cwd: repo.root });
    expect(check.code, check.stderr).toBe(0);
  });

  it('refuses it as a conflict where the deployment no longer has the answer the file was built with, as for any answer', async () => {
    const unanswered = JSON.parse(at4);
    delete unanswered.retired['CL-SRV1'];
    writeFileSync(repo.acme, `${JSON.stringify(unanswered, null, 2)}\n`);
    const noRow = editDocx(docx, { [DOC]: (xml) => setBox(setBox(xml, 'item/CL-SRV1/component/Standby server=Not installed', false), 'item/CL-SRV1/component/Standby server=No', true) });
    const run = await importDocx(noRow, '--force');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('error CL-SRV1 component Standby server: changed in the deployment (/retired/CL-SRV1/components/Standby server) since the file was built ("Not installed" → (empty)) and in the file (→ "No")');
  });
});

describe('a file of an earlier version where two items it answers were merged since into a new ID', () => {
  let repo: GitMaster;
  let docx: Uint8Array;
  let importDocx: ReturnType<typeof importer>;
  /** The deployment at 3.0, not yet upgraded to 4.0: CL-PWD2 and CL-SMTP1 each keep their own answer. */
  let at3: string;
  beforeAll(async () => {
    repo = createGitMaster();
    expect((await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root })).code).toBe(0);
    at3 = readFileSync(repo.acme, 'utf8');
    docx = await buildAt(repo, '3.0');
    // 4.0: CL-SEC1 replaces both, neither ID kept (upgrade renames CL-PWD2, the first, and keeps CL-SMTP1 under "retired").
    commitVersion4(repo, (text) => {
      const items = text.replace('| CL-PWD2 Demo |', '| CL-SEC1 Demo |').replace('| Replaces | CL-PWD-DEFAULT |', '| Replaces | CL-PWD2, CL-SMTP1 |');
      return items.slice(0, items.indexOf('| CL-SMTP1 ')) + '::signatures\n';
    });
    importDocx = importer(repo);
  }, 240_000);
  afterEach(() => writeFileSync(repo.acme, at3));
  afterAll(() => repo.cleanup());

  // The technician says SMTP is not secured after all.
  const smtpNo = () => editDocx(docx, { [DOC]: (xml) => setBox(setBox(xml, 'item/CL-SMTP1/status=Yes', false), 'item/CL-SMTP1/status=No', true) });

  it('not yet upgraded: writes the change under CL-SMTP1, its own answer (it was written into CL-PWD2\'s, the first ID CL-SEC1 replaces)', async () => {
    const run = await importDocx(smtpNo(), '--force');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.text).answers['CL-SMTP1'].status).toBe('No');
    expect(JSON.parse(run.text).answers['CL-PWD2'].status).toBe('Yes');
    expect(run.text).toBe(at3.replace('"CL-SMTP1": { "status": "Yes"', '"CL-SMTP1": { "status": "No"'));
  });

  it('upgraded: refuses the change to the merged-away CL-SMTP1 (it became CL-SEC1\'s status, which is CL-PWD2\'s answer), and imports one to CL-PWD2', async () => {
    const upgrade = await runCli(['upgrade', 'content/deployments/acme.json'], { cwd: repo.root });
    expect(upgrade.stderr).toContain('kept under "retired", the item marked for review: CL-SMTP1 → CL-SEC1');
    const upgraded = readFileSync(repo.acme, 'utf8');
    const run = await importDocx(smtpNo(), '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error CL-SMTP1 status: CL-SMTP1 is now part of CL-SEC1, which holds CL-PWD2\'s answer, in fields of their own in this file, so this change ("Yes" → "No") is not CL-SEC1\'s answer; CL-SMTP1\'s own answer is kept at /retired/CL-SMTP1, which is not shown. Write what still holds into /answers/CL-SEC1 by hand, or fill in a checklist built from version 4.0 [import-merged]');
    expect(run.text).toBe(upgraded);

    const pwd = editDocx(docx, { [DOC]: (xml) => setText(xml, 'item/CL-PWD2/comment', '14 characters now') });
    const renamed = await importDocx(pwd, '--force');
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(JSON.parse(renamed.text).answers['CL-SEC1'].comment).toBe('14 characters now');
  });
});

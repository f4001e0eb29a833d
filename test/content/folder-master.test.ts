/** A folder master: each file is parsed on its own, so nothing leaks from one file into the next. */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listChecklists } from '../../src/content/load-checklist.js';
import { readChecklistFiles } from '../../src/content/read-sources.js';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const item = (id: string) => `| ${id} Scope | Title |\n| --- | --- |\n| Executed | Yes / No |\n`;

describe('a folder master is parsed file by file', () => {
  it('an unclosed fence ends with its file (an error) and the next file is read as written', () => {
    const { checklist, errors } = parse(`${frontMatter}\n# One\n\n\`\`\`sh\nls\n`, `# Two\n\n${item('CL-B1')}`);
    expect(errors).toEqual([
      'doc/01.md:11:1: error Code block opened with ``` is never closed: everything after it in this file is code; close it with a line ``` [unclosed-fence]',
    ]);
    expect(checklist.items.map((entry) => entry.id)).toEqual(['CL-B1']);
    expect(checklist.body.filter((block) => block.kind === 'section').map((section) => section.titleText)).toEqual(['One', 'Two']);
  });

  it('a closed fence, in a quote or a list too, is no error', () => {
    const { errors } = parse(`${frontMatter}\n\`\`\`\nx\n\`\`\`\n\n> \`\`\`\n> y\n> \`\`\`\n\n- a\n\n  ~~~~\n  z\n  ~~~~\n`);
    expect(errors).toEqual([]);
  });

  it('front matter in a later file is an error at that file, never a heading', () => {
    const { checklist, errors } = parse(`${frontMatter}\n# One\n`, '---\ntitle: Two\n---\n\n# Two\n');
    expect(errors).toEqual(['doc/02.md:1:1: error Front matter belongs in the first file of the checklist (doc/01.md) only: move these keys there [front-matter-position]']);
    expect(checklist.body.filter((block) => block.kind === 'section').map((section) => section.titleText)).toEqual(['One', 'Two']);
  });

  it('each message names its own file and line', () => {
    const { errors } = parse(`${frontMatter}\n# One\n`, `# Two\n\nSee [](#nowhere).\n`, `\n\n::nope\n`);
    expect(errors).toEqual([
      'doc/02.md:3:5: error Link to #nowhere has no target: no heading or item has that anchor [missing-anchor]',
      'doc/03.md:3:1: error Unknown directive ::nope: use one of ::deployment-overview, ::signatures, ::responsibility-matrix, ::open-items [unknown-directive]',
    ]);
  });

  it('an unreferenced footnote definition is a warning, not silently dropped', () => {
    const { messages, checklist } = parse(`${frontMatter}\nText[^a].\n\n[^a]: used\n\n[^b]: unused\n`);
    expect(messages).toEqual(['doc/01.md:13:1: warning Footnote [^b] is never referenced in doc/01.md, so it is not printed [unused-footnote]']);
    expect(checklist.footnotes).toHaveLength(1);
  });
});

describe('Markdown in a folder master that is not read', () => {
  it('a file renamed away from .md, or moved into a subfolder, is a warning naming it; the .md files are read as before', async () => {
    const master = join(await mkdtemp(join(tmpdir(), 'checklist-unread-')), 'demo');
    await mkdir(join(master, 'old'), { recursive: true });
    await writeFile(join(master, '01-intro.md'), `${frontMatter}\n# Intro\n`);
    for (const name of ['02-network.MD', '03-servers.md.bak', '04-notes.markdown', 'old/05-archive.md']) await writeFile(join(master, name), '# Kept aside\n');
    await writeFile(join(master, 'logo.png'), 'not Markdown');
    const diagnostics = new Diagnostics();
    const files = await readChecklistFiles(master, diagnostics);
    expect(files?.files.map((file) => file.path.split('/').pop())).toEqual(['01-intro.md']);
    const said = diagnostics.messages.map(formatMessage).map((line) => line.replace(`${master}/`, ''));
    expect(said).toEqual([
      '02-network.MD:1:1: warning This file is not part of the checklist, so its text is in no document: only files whose names end in exactly .md are read; rename or move it if it should be [unread-file]',
      '03-servers.md.bak:1:1: warning This file is not part of the checklist, so its text is in no document: only files whose names end in exactly .md are read; rename or move it if it should be [unread-file]',
      '04-notes.markdown:1:1: warning This file is not part of the checklist, so its text is in no document: only files whose names end in exactly .md are read; rename or move it if it should be [unread-file]',
      'old/05-archive.md:1:1: warning This file is not part of the checklist, so its text is in no document: it is in a subfolder, and only the .md files at the top of the folder are read; rename or move it if it should be [unread-file]',
    ]);
  });
  it('a chapter saved as .mdx, .mmd or as .txt holding Markdown is a warning, and a folder named like a chapter is one, not a crash', async () => {
    const master = join(await mkdtemp(join(tmpdir(), 'checklist-unread-text-')), 'demo');
    await mkdir(join(master, '06-extra.md'), { recursive: true });
    await writeFile(join(master, '01-intro.md'), `${frontMatter}\n# Intro\n`);
    await writeFile(join(master, '02-network.mdx'), '# Network\n');
    await writeFile(join(master, '03-servers.mmd'), '# Servers\n');
    await writeFile(join(master, '04-annex.txt'), 'Notes first.\n\n| CL-A1 Scope | Title |\n| --- | --- |\n');
    await writeFile(join(master, 'licence.txt'), 'Permission is granted to copy.\n');
    const diagnostics = new Diagnostics();
    const files = await readChecklistFiles(master, diagnostics);
    expect(files?.files.map((file) => file.path.split('/').pop())).toEqual(['01-intro.md']);
    const said = diagnostics.messages.map(formatMessage).map((line) => line.replace(`${master}/`, ''));
    expect(said.sort()).toEqual([
      '02-network.mdx:1:1: warning This file is not part of the checklist, so its text is in no document: only files whose names end in exactly .md are read; rename or move it if it should be [unread-file]',
      '03-servers.mmd:1:1: warning This file is not part of the checklist, so its text is in no document: only files whose names end in exactly .md are read; rename or move it if it should be [unread-file]',
      '04-annex.txt:1:1: warning This file is not part of the checklist, so its text is in no document: only files whose names end in exactly .md are read; rename or move it if it should be [unread-file]',
      '06-extra.md:1:1: warning This is a folder, not a .md file, so it is no chapter of the checklist: only the .md files at the top of the folder are read [unread-file]',
    ]);
  });

  it('an editor backup whose chapter is gone (05-admin.md~ without 05-admin.md) is a warning; beside its chapter it stays quiet', async () => {
    const master = join(await mkdtemp(join(tmpdir(), 'checklist-backup-')), 'demo');
    await mkdir(master, { recursive: true });
    await writeFile(join(master, '01-intro.md'), `${frontMatter}\n# Intro\n`);
    await writeFile(join(master, '01-intro.md~'), `${frontMatter}\n# Intro (old)\n`);
    await writeFile(join(master, '05-admin.md~'), '# Administration\n');
    await writeFile(join(master, '.#01-intro.md'), 'lock');
    const diagnostics = new Diagnostics();
    const files = await readChecklistFiles(master, diagnostics);
    expect(files?.files.map((file) => file.path.split('/').pop())).toEqual(['01-intro.md']);
    expect(diagnostics.messages.map(formatMessage).map((line) => line.replace(`${master}/`, ''))).toEqual([
      "05-admin.md~:1:1: warning This is an editor's backup of 05-admin.md, which is not in the folder, so its chapter is in no document: rename it to 05-admin.md if it should be, or delete it [unread-file]",
    ]);
  });
  it('chapter numbers of different widths, read out of their order, are a warning naming the file; numbers of one width stay quiet', async () => {
    const said = async (names: string[]) => {
      const master = join(await mkdtemp(join(tmpdir(), 'checklist-order-')), 'demo');
      await mkdir(master, { recursive: true });
      for (const [index, name] of names.entries()) await writeFile(join(master, name), index === 0 ? `${frontMatter}\n# One\n` : '# More\n');
      const diagnostics = new Diagnostics();
      await readChecklistFiles(master, diagnostics);
      return diagnostics.messages.map(formatMessage).map((line) => line.replace(`${master}/`, ''));
    };
    expect(await said(['00-intro.md', '05-servers.md', '07-references.md', '6-addendum.md'])).toEqual([
      '6-addendum.md:1:1: warning This chapter is read after 07-references.md: files are read in the order of their names as text, where "6" comes after "07"; give the numbers one width, "06-addendum.md" [file-order]',
    ]);
    expect(await said(['1-intro.md', '10-annex.md', '2-servers.md'])).toEqual([
      '2-servers.md:1:1: warning This chapter is read after 10-annex.md: files are read in the order of their names as text, where "2" comes after "10"; give the numbers one width, "02-servers.md" [file-order]',
    ]);
    expect(await said(['01-intro.md', '02-servers.md', '04-annex.md', '_03-interfaces.md'])).toEqual([
      '_03-interfaces.md:1:1: warning This chapter is read after 04-annex.md: files are read in the order of their names as text, and "_" before its number sorts it by that mark, not by the number; write "03-interfaces.md" [file-order]',
    ]);
    expect(await said(['01-intro.md', '02-servers.md', '10-annex.md', 'appendix.md'])).toEqual([]);
    expect(await said(['1-intro.md', '2-servers.md', '9-annex.md'])).toEqual([]);
  });
});

describe('which folders of content/checklists are masters', () => {
  it('a folder of images beside a single-file master is none: check says no problems; a folder of Markdown named otherwise (.MD) is still told', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'checklist-images-folder-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    await mkdir(join(dir, 'content/checklists/images'));
    await writeFile(join(dir, 'content/checklists/images/network.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const check = await runCli(['check'], { cwd: dir });
    expect(check.stderr).toContain('checked 1 checklist and 1 deployment: no problems');
    expect(check.code).toBe(0);
    expect(await listChecklists(join(dir, 'content'))).toEqual([join(dir, 'content/checklists/mini.md')]);

    await mkdir(join(dir, 'content/checklists/notes'));
    await writeFile(join(dir, 'content/checklists/notes/01-intro.MD'), '# Intro\n');
    const named = await runCli(['check'], { cwd: dir });
    expect(named.stderr).toContain('content/checklists/notes:1:1: error Checklist folder holds no .md file [empty]');
    expect(named.code).toBe(1);
  }, 60_000);
});

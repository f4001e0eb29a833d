/**
 * One link policy, read back from every real output: only http, https and mailto addresses and
 * #anchors are live links, in the HTML's DOM, the DOCX's relationships and the PDF's link
 * annotations; `check` warns at each other link with its position.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWebLink, webLinkTarget } from '../../src/model/link-policy.js';
import { repoRoot, runCli, type CliRun } from '../helpers/run-cli.js';

const run = promisify(execFile);

const dangerous = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(2)',
  'vbscript:msgbox(3)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file://attacker.example/share',
  '\\\\attacker.example\\share',
  '../secret.pdf',
  'docs/manual.pdf',
  'ftp://example.org/x',
];
const live = ['https://example.org/guide', 'http://example.org/', 'mailto:security@example.org'];
const isLive = (href: string) => /^(https?:|mailto:|#)/.test(href);

describe('webLinkTarget', () => {
  it('keeps web addresses, parsed as a browser parses them', () => {
    expect(webLinkTarget('https://example.org/guide')).toBe('https://example.org/guide');
    expect(webLinkTarget('  HTTPS://Example.org')).toBe('https://example.org/');
    expect(webLinkTarget('mailto:a@example.org')).toBe('mailto:a@example.org');
  });

  it('refuses every other scheme, hidden controls included, and relative paths', () => {
    for (const href of [...dangerous, 'java\tscript:alert(1)', ' \u0001javascript:x', 'https:', '']) expect(isWebLink(href), href).toBe(false);
  });
});

describe('links in the outputs', () => {
  let dir = '';
  let build: CliRun;
  let check: CliRun;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-links-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    // Markdown reads `\\` as one backslash: escape them so the link's address is `href`.
    const links = [...dangerous, ...live].map((href, index) => `- [link ${index}](<${href.replaceAll('\\', '\\\\')}>)`).join('\n');
    await appendFile(join(dir, 'content/checklists/mini.md'), `\n# Links\n\n${links}\n`);
    check = await runCli(['check', '--content', 'content'], { cwd: dir });
    build = await runCli(['build', '--content', 'content', '--out', 'out', 'content/deployments/acme.json'], { cwd: dir });
  });

  it('check warns at each link that will be text, with its line and rule id', async () => {
    const master = (await readFile(join(dir, 'content/checklists/mini.md'), 'utf8')).split('\n');
    for (const href of dangerous) {
      const line = master.findIndex((text) => text.includes(`(<${href.replaceAll('\\', '\\\\')}>)`)) + 1;
      const warning = check.stderr.split('\n').find((text) => text.startsWith(`content/checklists/mini.md:${line}:3: warning Link to "${href.slice(0, 20)}`));
      expect(warning, `${href}\n${check.stderr}`).toMatch(/is printed as text: only http, https and mailto links and #anchors stay links in the outputs \[link-scheme\]$/);
    }
    expect(check.stderr).not.toContain('Link to "https://example.org/guide"');
    expect(check.code).toBe(0);
  });

  it('the HTML links only to the web and to its own anchors', async () => {
    expect(build.code, build.stderr).toBe(0);
    const tree = fromHtml(await readFile(join(dir, 'out/acme/mini-1.0.html'), 'utf8'));
    const hrefs = selectAll('[href], [src], [action], [formaction]', tree).map((element) => String(element.properties['href'] ?? element.properties['src'] ?? 'other'));
    expect(hrefs.filter((href) => !isLive(href))).toEqual([]);
    expect(hrefs).toEqual(expect.arrayContaining(['https://example.org/guide', 'http://example.org/', 'mailto:security@example.org']));
    const text = selectAll('li', tree).map((li) => String((li.children[0] as { value?: string }).value ?? ''));
    expect(text.join(' ')).not.toContain('javascript');
  });

  it('the DOCX has no relationship to anything but the web', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'out/acme/mini-1.0.docx')));
    const external: string[] = [];
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.rels'))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (/TargetMode="External"/.test(match[0])) external.push(/Target="([^"]*)"/.exec(match[0])?.[1] ?? '');
      }
    }
    expect(external.sort()).toEqual([...live].sort());
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(document).toContain('link 0'); // the dangerous links' text is there, as text
  });

  it('the PDF has link annotations to the web only', async () => {
    // pdftohtml lists every link annotation of the PDF as an <a href>.
    const { stdout } = await run('pdftohtml', ['-xml', '-stdout', '-i', join(dir, 'out/acme/mini-1.0.pdf')], { maxBuffer: 1 << 26 });
    const hrefs = [...stdout.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(hrefs.filter((href) => !/^(https?:|mailto:)/.test(href) && !/^mini-1\.0\.html#\d+$/.test(href))).toEqual([]);
    expect(hrefs).toEqual(expect.arrayContaining(['https://example.org/guide']));
  });
});

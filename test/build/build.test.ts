/**
 * `checklist build` end to end, as a user runs it: real Chromium, real docx, outputs read back
 * (the PDF's text, the HTML's DOM, the DOCX's XML).
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf/poppler.js';
import { waitForNoProcess } from '../pdf/processes.js';
import { repoRoot, runCli, type CliRun } from '../helpers/run-cli.js';

const run = promisify(execFile);
const xss = '<script>alert(1)</script><img src=x onerror=alert(2)>';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])));
  return files.flat();
}

describe('checklist build', () => {
  let dir = '';
  let build: CliRun;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'checklist-build-'));
    await cp(join(repoRoot, 'test/fixtures/content'), join(dir, 'content'), { recursive: true });
    const acme = JSON.parse(await readFile(join(dir, 'content/deployments/acme.json'), 'utf8')) as Record<string, unknown>;
    // A hostile deployment: markup in a comment, a path in the company name, dots, a space and
    // an emoji in the file name.
    await writeFile(
      join(dir, 'content/deployments/..😈 x.json'),
      JSON.stringify({ ...acme, customer: { company: '../../etc/passwd' }, answers: { 'CL-PWD1': { status: 'No', comment: xss } } }),
    );
    build = await runCli(['build', '--content', 'content', '--out', 'out'], { cwd: dir });
  });

  it('writes every format of every deployment, one line each with its time, and a closing line', async () => {
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const files = (await walk(join(dir, 'out'))).map((file) => relative(dir, file)).sort();
    expect(files).toEqual(['out/.checklist-build.json', 'out/acme/mini-1.0.docx', 'out/acme/mini-1.0.html', 'out/acme/mini-1.0.pdf', 'out/😈-x/mini-1.0.docx', 'out/😈-x/mini-1.0.html', 'out/😈-x/mini-1.0.pdf']);
    const lines = build.stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(build.stdout).toMatch(/^out\/acme\/mini-1\.0\.pdf {2}\d+ ms$/m);
    expect(lines.at(-1)).toMatch(/^built 6 files of 2 documents in \d+\.\d s \(render time (html|pdf|docx) /);
  });

  it('writes nothing outside --out', async () => {
    const everything = (await walk(dir)).map((file) => relative(dir, file));
    expect(everything.filter((file) => !file.startsWith('content/') && !file.startsWith('out/'))).toEqual([]);
  });

  it('puts the customer, the in-scope items, the chosen options, comments and signatures in the PDF', async () => {
    const text = await pdfText(await readFile(join(dir, 'out/acme/mini-1.0.pdf')));
    for (const expected of ['Müller Klinikum GmbH', 'Jana Müller', 'Königstraße 12, 50667 Köln', 'CL-PWD1', 'CL-SRV1', 'Done on 10:30', 'IT security officer', 'Page 1 of']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/☒ ?Yes/);
    expect(text).not.toContain('Standby server'); // a component the deployment lacks
  });

  it('shows markup in customer text literally, in the HTML DOM and in the PDF', async () => {
    const html = await readFile(join(dir, 'out/😈-x/mini-1.0.html'), 'utf8');
    const tree = fromHtml(html);
    expect(selectAll('script', tree)).toEqual([]);
    expect(selectAll('img', tree)).toEqual([]);
    expect(hastText(tree)).toContain(xss);
    const text = await pdfText(await readFile(join(dir, 'out/😈-x/mini-1.0.pdf')));
    expect(text.replace(/\s+/g, '')).toContain(xss.replace(/\s+/g, ''));
  });

  it('writes a DOCX holding the items', async () => {
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'out/acme/mini-1.0.docx')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('CL-PWD1');
    expect(xml).toContain('Müller Klinikum GmbH');
  });

  it('keeps the previous output when an input is bad, and says what to fix', async () => {
    const before = await stat(join(dir, 'out/acme/mini-1.0.pdf'));
    await writeFile(join(dir, 'content/deployments/zz-broken.json'), '{ "checklist": "mini", "answers": { "CL-PWD1": { "status": "Maybe" } } }');
    const failed = await runCli(['build', '--content', 'content', '--out', 'out'], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('content/deployments/zz-broken.json:1:50: error /answers/CL-PWD1/status: "Maybe" is not an option of CL-PWD1: use one of Yes, No');
    expect(failed.stderr).toContain('nothing was written');
    expect(failed.stdout).toBe('');
    const after = await stat(join(dir, 'out/acme/mini-1.0.pdf'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('fails a PDF build with no browser with a message that says how to get one, writing nothing', async () => {
    const out = join(dir, 'no-browser');
    const failed = await runCli(['build', '--content', 'content', '--out', out, '--format', 'pdf', 'content/deployments/acme.json'], {
      cwd: dir,
      env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' },
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('apt-get install chromium');
    await expect(stat(out)).rejects.toThrow();
  });

  it('rejects an unknown --level as invalid input', async () => {
    const failed = await runCli(['build', '--content', 'content', '--out', 'out', '--level', 'extreme', 'content/deployments/acme.json'], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Unknown level "extreme": use one of minimum, medium, maximum');
  });

  it('leaves no Chromium and no half-written file when interrupted', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'checklist-interrupt-'));
    const child = spawn(process.execPath, [join(repoRoot, 'bin/checklist.js'), 'build', '--content', 'content', '--out', join(scratch, 'out'), '--format', 'pdf', 'content/deployments/acme.json'], {
      cwd: dir,
      env: { ...process.env, TMPDIR: scratch },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Wait until Chromium runs with its profile under our TMPDIR, then press Ctrl-C. The
    // pattern names the profile, not just the folder: the CLI's own arguments hold the folder too.
    const chromium = `--user-data-dir=${join(scratch, 'checklist-chromium-')}`;
    let running = false;
    for (let attempt = 0; attempt < 200 && !running; attempt++) {
      running = await run('pgrep', ['-f', '--', chromium]).then(() => true, () => false);
      if (!running) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(running, stderr).toBe(true);
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    // Killed processes may be listed for a moment more, until they are reaped.
    expect(await waitForNoProcess(scratch)).toEqual([]);
    const files = await walk(scratch).catch(() => []);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

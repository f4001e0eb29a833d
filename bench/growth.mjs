// `node bench/growth.mjs` (after `npm run prepare`): grows each input by 10× steps and
// measures every stage (parse, check, merge, HTML, PDF, DOCX; bench/stages.mjs, one process per
// input) and, for the number of deployments, the peak memory of whole builds. Writes
// bench/GROWTH.md (what the figures say: bench/README.md). Cost linear in the input shows as a time ratio near 10 per 10× step (less
// while fixed costs dominate); superlinear cost as a ratio well above 10.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { longText, writeContent } from './generate-inputs.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const stagesScript = join(root, 'bench/stages.mjs');
const withPdf = process.env.GROWTH_PDF !== '0';
const startLoad = loadavg();
const stages = ['parse', 'check', 'merge', 'html', ...(withPdf ? ['pdf'] : []), 'docx'];

async function measureStages(content) {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-growth-'));
  try {
    await writeContent(dir, content);
    const { stdout } = await run(process.execPath, [stagesScript, dir, withPdf ? 'pdf' : ''], { maxBuffer: 1 << 20, timeout: 3_600_000 });
    return JSON.parse(stdout.trim().split('\n').at(-1));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A whole CLI build of `deployments` deployments (HTML, --jobs 2): wall time and peak RSS (MiB)
 * from /usr/bin/time. Each deployment holds about 1 MB of answers (a 100 KB comment in each of
 * its 10 items), so a build that held every deployment's view at once would show it.
 */
async function buildPeak(deployments) {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-growth-'));
  try {
    await writeContent(dir, { items: 10, comment: longText(100_000), everyComment: true, deployments });
    const started = performance.now();
    const { stderr } = await run('/usr/bin/time', ['-f', 'peak %M', process.execPath, join(root, 'bin/checklist.js'), 'build', '--format', 'html', '--out', 'out', '--jobs', '2'], { cwd: dir, maxBuffer: 1 << 24, timeout: 3_600_000 });
    const peak = Number(/peak (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
    return { ms: performance.now() - started, peakMiB: Math.round(peak) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows = [];
const table = (title, unit, cases) => ({ title, unit, cases });
const series = [
  table('Comment length (one item of 10 with a log pasted into its comment, lines of 80 characters)', 'comment', [1_000, 10_000, 100_000].map((bytes) => ({ size: `${bytes / 1000} KB`, content: { items: 10, comment: longText(bytes) } }))),
  table('Comment length, one single line', 'comment', [1_000, 10_000, 100_000].map((bytes) => ({ size: `${bytes / 1000} KB`, content: { items: 10, comment: longText(bytes, { lines: false }) } }))),
  table('Number of items (master size grows with it: about 600 bytes an item)', 'items', [10, 100, 1_000].map((items) => ({ size: String(items), content: { items } }))),
];

for (const { title, cases } of series) {
  const results = [];
  for (const { size, content } of cases) {
    process.stderr.write(`${title}: ${size}\n`);
    // A case that fails (a stage over puppeteer's own protocol timeout) is a figure too.
    const figures = await measureStages(content).catch((error) => ({ failed: String(error.stderr ?? error.message).match(/\w*Error: [^\n]*/)?.[0] ?? 'failed' }));
    results.push({ size, figures });
  }
  rows.push({ title, results });
}

const builds = [];
for (const deployments of [1, 10, 50, 200]) {
  process.stderr.write(`deployments: ${deployments}\n`);
  builds.push({ deployments, ...(await buildPeak(deployments)) });
}

const lines = [
  '# Growth: time and memory against input size',
  '',
  `Written by \`node bench/growth.mjs\` on ${new Date().toISOString().slice(0, 10)} (${process.platform}, Node ${process.version}; load average ${startLoad.map((load) => load.toFixed(1)).join(', ')} at the start, on ${cpus().length} cores).`,
  'Milliseconds per stage, each input in a fresh process (bench/stages.mjs); peak is that',
  "process's peak RSS (MiB), workers included. Inputs from bench/generate-inputs.mjs.",
  '',
];
for (const { title, results } of rows) {
  lines.push(`## ${title}`, '', `| input | ${stages.join(' | ')} | peak MiB |`, `| --- | ${stages.map(() => '---').join(' | ')} | --- |`);
  for (const { size, figures } of results) {
    lines.push(figures.failed ? `| ${size} | failed: ${figures.failed} |` : `| ${size} | ${stages.map((stage) => figures[stage] ?? '').join(' | ')} | ${figures.peakMiB} |`);
  }
  lines.push('');
}
lines.push(
  '## Number of deployments (about 1 MB of answers each: 10 items, a 100 KB comment in each; whole CLI build, HTML, --jobs 2)',
  '',
  '| deployments | wall ms | ms per deployment | peak MiB |',
  '| --- | --- | --- | --- |',
);
for (const build of builds) lines.push(`| ${build.deployments} | ${Math.round(build.ms)} | ${Math.round(build.ms / build.deployments)} | ${build.peakMiB} |`);
lines.push('');
await writeFile(join(root, 'bench/GROWTH.md'), `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n`);

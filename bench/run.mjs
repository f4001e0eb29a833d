// `npm run bench`: the figures the issues ask for, measured in one run on this machine.
//   1. The sample deployment in all three formats (the whole CLI, cold) against a bare
//      `chromium --headless --print-to-pdf` of its HTML.                  target ≤ 1.3×
//   2. 50 deployments in one build against one (HTML + PDF), with the peak memory (RSS of the
//      CLI and its Chromium, sampled) for 1, 10 and 50 deployments.      target ≤ 8×, flat
//   3. One of those 50 deployments changed, built again (incremental) against a build of one.
//                                                                        target ≤ 1.3×
//      Then the 50 as four jobs of a CI matrix (--shard K/4): the slowest job against the 50.
//   4. The sample to DOCX against `pandoc -o x.docx` of the same Markdown. target ≤ 2×
//      (also without the DOCX's page layout, `--docx-page-numbers off`, as pandoc writes none)
//   5. `npm start` a second time with nothing changed against the first. target ≤ 10 %
// Each figure is the median of BENCH_RUNS runs (default 3), each build into a fresh --out (a
// build into the last one's would find its outputs up to date); rows 1 and 4 also with the
// tool's cache folder off (nothing cached: a master's first build). Written to bench/RESULTS.md.
//
// Another checklist: BENCH_CONTENT=DIR (a content folder: checklists/, deployments/, a theme)
// and BENCH_DEPLOYMENT=FILE (the deployment measured; default: mueller-klinikum.json of the
// repository's content, or the first of DIR/deployments). Nothing in DIR is written.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { barePrintMs, bareBrowserPath } from './bare-print.mjs';
import { withCpu } from './cpu-group.mjs';
// The compiled CLI's browser search (npm run bench builds lib/ first).
const { findBrowser, isHeadlessShell, SYSTEM_BROWSER_PATHS } = await import('../lib/browser/find-browser.js');

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'bin/checklist.js');
const { findChecklist } = await import('../lib/content/load-checklist.js');
const { checklistFiles } = await import('../lib/content/read-sources.js');
// The content measured and its deployment (BENCH_CONTENT, BENCH_DEPLOYMENT; see the top).
const content = resolve(process.env.BENCH_CONTENT ?? join(root, 'content'));
const sampleDeployment = process.env.BENCH_DEPLOYMENT
  ? resolve(process.env.BENCH_DEPLOYMENT)
  : process.env.BENCH_CONTENT
    ? join(content, 'deployments', (await readdir(join(content, 'deployments'))).filter((name) => name.endsWith('.json')).sort()[0] ?? 'none.json')
    : join(content, 'deployments/mueller-klinikum.json');
const sampleJson = await readFile(sampleDeployment, 'utf8');
const sampleMaster = await findChecklist(content, JSON.parse(sampleJson).checklist);
if (!sampleMaster) throw new Error(`${sampleDeployment}: its checklist is not in ${join(content, 'checklists')}`);
const runs = Number(process.env.BENCH_RUNS ?? 3);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The median CPU of measured runs, or null where the CPU could not be counted. */
const medianCpu = (measured) => (measured.every((one) => one.cpuMs !== null) ? median(measured.map((one) => one.cpuMs)) : null);
const ms = (value) => `${Math.round(value)} ms`;

/** Sum of RSS (KiB) of a process and all its descendants, read from ps. */
async function treeRssKiB(pid) {
  const { stdout } = await run('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
  const rows = stdout.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [child, parent] of rows) children.set(parent, [...(children.get(parent) ?? []), child]);
  const rss = new Map(rows.map(([child, , size]) => [child, size]));
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/**
 * Runs the CLI; returns its wall time and, when `sampleMemory` is set, the peak RSS of its
 * process tree (`ps` four times a second: a few ms of CPU each, small next to a build).
 */
async function timeCli(args, cwd, { sampleMemory = false, env = process.env } = {}) {
  const { result, cpuMs } = await withCpu(async (wrap) => {
    const started = performance.now();
    const [command, argv] = wrap(process.execPath, [cli, ...args]);
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const sampler = sampleMemory ? setInterval(() => treeRssKiB(child.pid).then((kib) => (peak = Math.max(peak, kib)), () => {}), 250) : undefined;
    const code = await new Promise((done) => child.on('close', done));
    clearInterval(sampler);
    if (code !== 0) throw new Error(`checklist ${args.join(' ')} failed (${code}):\n${stderr}`);
    return { ms: performance.now() - started, peakMiB: peak / 1024, stdout };
  });
  return { ...result, cpuMs };
}

/** `timeCli` BENCH_RUNS times, with the arguments of each run (`argsOf(index)`: its own --out). */
async function timeCliRuns(argsOf, cwd, options) {
  const measured = [];
  for (let index = 0; index < runs; index++) measured.push(await timeCli(argsOf(index), cwd, options));
  return measured;
}

/** Wall time and CPU (null where it cannot be counted) of a command run to its end. */
async function timeCommand(command, args, options = {}) {
  const { result: ms, cpuMs } = await withCpu(async (wrap) => {
    const started = performance.now();
    await run(...wrap(command, args), options);
    return performance.now() - started;
  });
  return { ms, cpuMs };
}

/**
 * A temporary content folder: the measured content's masters and theme, and `copies` copies of
 * the measured deployment (customer-01.json …), its `$schema` made absolute.
 */
async function contentWith(copies) {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-bench-'));
  const filter = (source) => source !== join(content, 'deployments');
  await cp(content, join(dir, 'content'), { recursive: true, filter });
  await mkdir(join(dir, 'content/deployments'), { recursive: true });
  const schema = /("\$schema"\s*:\s*")([^"]+)"/;
  const relative = schema.exec(sampleJson)?.[2];
  const copy = relative && !/^[a-z][\w+.-]*:/i.test(relative) ? sampleJson.replace(schema, `$1${resolve(dirname(sampleDeployment), relative)}"`) : sampleJson;
  for (let index = 1; index <= copies; index++) await writeFile(join(dir, `content/deployments/customer-${String(index).padStart(2, '0')}.json`), copy);
  return dir;
}

/** One deployment's answers changed (its general remark), as a technician's edit would. */
async function changeDeployment(file) {
  const deployment = JSON.parse(await readFile(file, 'utf8'));
  deployment.generalRemark = `${deployment.generalRemark ?? ''} Changed for the bench.`.trim();
  await writeFile(file, JSON.stringify(deployment, null, 2));
}

/** The number of pages of a PDF (poppler's pdfinfo), or null where pdfinfo is not installed. */
async function pdfPages(file) {
  const { stdout } = await run('pdfinfo', [file]).catch(() => ({ stdout: '' }));
  const pages = /^Pages:\s+(\d+)/m.exec(stdout);
  return pages ? Number(pages[1]) : null;
}

/** Chromium's headless shell, which the CLI prints with where it is installed (src/browser/find-browser.ts). */
const HEADLESS_SHELL = SYSTEM_BROWSER_PATHS.find(isHeadlessShell);

async function pdfAgainstBare() {
  const dir = await contentWith(1);
  const ours = await timeCliRuns((index) => ['build', '--out', `out-${index}`], dir);
  const cold = await timeCliRuns((index) => ['build', '--out', `cold-${index}`], dir, { env: uncached });
  const built = await readdir(join(dir, 'out-0/customer-01'));
  const html = join(dir, 'out-0/customer-01', built.find((name) => name.endsWith('.html')));
  const pages = await pdfPages(join(dir, 'out-0/customer-01', built.find((name) => name.endsWith('.pdf'))));
  const barePrints = async (executablePath) => {
    const bare = [];
    for (let index = 0; index < runs; index++) {
      const { result: ms, cpuMs } = await withCpu((wrap) => barePrintMs(html, { wrap, executablePath }));
      bare.push({ ms, cpuMs });
    }
    return bare;
  };
  // The target's baseline is the full browser, `chromium --print-to-pdf`, as the issue names it;
  // the headless shell's bare print is measured beside it where it is installed.
  const bare = await barePrints(bareBrowserPath());
  const shell = existsSync(HEADLESS_SHELL) ? await barePrints(HEADLESS_SHELL) : null;
  await rm(dir, { recursive: true, force: true });
  return {
    ours: median(ours.map((one) => one.ms)),
    cold: median(cold.map((one) => one.ms)),
    bare: median(bare.map((one) => one.ms)),
    oursCpu: medianCpu(ours),
    coldCpu: medianCpu(cold),
    bareCpu: medianCpu(bare),
    shell: shell && median(shell.map((one) => one.ms)),
    shellCpu: shell && medianCpu(shell),
    pages,
  };
}

/** BENCH_COUNTS=1,50 leaves the 10 out; 1 and 50 are always measured. */
const counts = [...new Set([1, ...(process.env.BENCH_COUNTS ?? '1,10,50').split(',').map(Number), 50])].sort((a, b) => a - b);

async function scaling() {
  const result = {};
  for (const count of counts) {
    const dir = await contentWith(count);
    const args = (out) => ['build', '--format', 'html,pdf', '--out', out];
    const times = [];
    const measuredRuns = [];
    let peakMiB = 0;
    for (let index = 0; index < (count === 50 ? 1 : runs); index++) {
      // The last run samples the memory (sampling costs the build little next to Chromium).
      const last = index === (count === 50 ? 0 : runs - 1);
      const measured = await timeCli(args(`out-${index}`), dir, { sampleMemory: last });
      times.push(measured.ms);
      measuredRuns.push(measured);
      if (last) peakMiB = measured.peakMiB;
    }
    told(`${count} deployments`, times);
    if (count === 50) {
      // One deployment's answer changes; the build finds the other 49 up to date.
      await changeDeployment(join(dir, 'content/deployments/customer-07.json'));
      const incremental = await timeCli(args('out-0'), dir);
      // Measured only if it built that one document, not none and not all 50.
      if (!/ of 1 document /.test(incremental.stdout)) throw new Error(`the incremental build did not build exactly one document:\n${incremental.stdout}`);
      result.incremental = incremental.ms;
      result.shards = await matrixOfFour(dir, args);
    }
    result[count] = { ms: median(times), cpuMs: medianCpu(measuredRuns), peakMiB };
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}

/**
 * The 50 deployments as a CI matrix of four jobs would build them (`--shard K/4`, one after
 * another here, each into a fresh folder): how many documents each built, and the slowest
 * job's time, which is the matrix's.
 */
async function matrixOfFour(dir, args) {
  const jobs = [];
  for (let index = 1; index <= 4; index++) {
    const job = await timeCli([...args(`shard-${index}`), '--shard', `${index}/4`], dir);
    const documents = Number(/ of (\d+) documents? /.exec(job.stdout)?.[1] ?? 0);
    jobs.push({ ms: job.ms, documents });
  }
  if (jobs.reduce((sum, job) => sum + job.documents, 0) !== 50) throw new Error(`the four shards did not build the 50 deployments once each: ${jobs.map((job) => job.documents).join(', ')}`);
  return { slowest: Math.max(...jobs.map((job) => job.ms)), documents: jobs.map((job) => job.documents), times: jobs.map((job) => job.ms) };
}

/** `npm start` as a user runs it (the samples, all formats), into a fresh folder, twice. */
async function npmStartTwice() {
  const out = await mkdtemp(join(tmpdir(), 'checklist-bench-start-'));
  const start = async () => (await timeCommand('npm', ['start', '--silent', '--', '--content', content, '--out', out], { cwd: root, maxBuffer: 1 << 24 })).ms;
  const first = await start();
  const second = await start();
  await rm(out, { recursive: true, force: true });
  return { first, second };
}

async function docxAgainstPandoc() {
  const dir = await contentWith(1);
  const ours = await timeCliRuns((index) => ['build', '--format', 'docx', '--out', `out-${index}`], dir);
  const cold = await timeCliRuns((index) => ['build', '--format', 'docx', '--out', `cold-${index}`], dir, { env: uncached });
  // Without the page layout: a contents without page numbers, as pandoc's (Word fills them in).
  const unpaged = await timeCliRuns((index) => ['build', '--format', 'docx', '--docx-page-numbers', 'off', '--out', `off-${index}`], dir);
  const markdown = await checklistFiles(sampleMaster);
  const pandoc = [];
  for (let index = 0; index < runs; index++) pandoc.push(await timeCommand('pandoc', ['-f', 'gfm', '-o', join(dir, 'pandoc.docx'), ...markdown]));
  await rm(dir, { recursive: true, force: true });
  const ms = (measured) => median(measured.map((one) => one.ms));
  return {
    ours: ms(ours),
    cold: ms(cold),
    unpaged: ms(unpaged),
    pandoc: ms(pandoc),
    oursCpu: medianCpu(ours),
    coldCpu: medianCpu(cold),
    unpagedCpu: medianCpu(unpaged),
    pandocCpu: medianCpu(pandoc),
  };
}

/** Each figure on stderr as soon as it is measured, so a run cut short still tells. */
const told = (name, value) => (process.stderr.write(`${name}: ${JSON.stringify(value)} (load ${loadavg()[0].toFixed(1)})\n`), value);
// BENCH_SKIP=bare,docx leaves those rows out (a short run on a busy machine); the scaling and
// incremental rows, and npm start, always run.
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((name) => name.trim()).filter(Boolean));
const SKIPPABLE = ['bare', 'docx'];
const unknownSkips = [...skip].filter((name) => !SKIPPABLE.includes(name));
if (unknownSkips.length > 0) {
  // A name it does not know would otherwise run the very rows the caller meant to leave out.
  process.stderr.write(`bench: BENCH_SKIP=${process.env.BENCH_SKIP}: ${unknownSkips.join(', ')} cannot be skipped; it takes ${SKIPPABLE.join(', ')} (the scaling and incremental rows and npm start always run)\n`);
  process.exit(2);
}
const skipped = { error: 'skipped (BENCH_SKIP)' };
// The tool's cache folder (parsed masters, the compiled DOCX layout, the lines of their paragraphs: environment/cache-folder.ts)
// of the bench's own: npm start's first build fills it, every later build reads it, as on a
// user's machine. The rows "nothing cached" build with it off (a master's first build).
process.env.CHECKLIST_CACHE = await mkdtemp(join(tmpdir(), 'checklist-bench-cache-'));
const uncached = { ...process.env, CHECKLIST_CACHE: 'off' };
const loadBefore = loadavg();
const start = told('npm start', await npmStartTwice().catch((error) => ({ error: error.message.split('\n')[0] })));
const scale = told('scaling', await scaling());
const pdf = skip.has('bare') ? skipped : told('all formats vs bare', await pdfAgainstBare());
const docx = skip.has('docx') ? skipped : told('docx vs pandoc', await docxAgainstPandoc().catch((error) => ({ error: error.message })));
const loadAfter = loadavg();
await rm(process.env.CHECKLIST_CACHE, { recursive: true, force: true });
const load = (values) => values.map((value) => value.toFixed(1)).join(', ');
const { stdout: chromiumVersion } = await run(bareBrowserPath(), ['--version']).catch(() => ({ stdout: 'unknown' }));
// What the CLI prints with: the browser its own search finds (the headless shell first).
const cliBrowser = await findBrowser().catch(() => 'none found');

/** A path inside the repository relative to it, any other as it is. */
const shown = (path) => (path.startsWith(`${root}/`) ? relative(root, path) : path);
const cpu = (value) => (value === null || value === undefined ? 'not counted' : ms(value));

/**
 * The same comparisons in CPU time of the whole command and every process it starts (the wall
 * clock of a busy or virtual machine varies; CPU much less). Only where cpu-group.mjs can count it.
 */
function cpuTable() {
  const rows = [];
  const row = (what, ours, baseline) => ours !== null && baseline !== null && rows.push(`| ${what} | ${ms(ours)} | ${ms(baseline)} | ${(ours / baseline).toFixed(2)}× |`);
  if (!pdf.error) row('sample → HTML + PDF + DOCX vs bare Chromium', pdf.oursCpu, pdf.bareCpu);
  if (!pdf.error) row('sample → HTML + PDF + DOCX, nothing cached, vs bare Chromium', pdf.coldCpu, pdf.bareCpu);
  if (!pdf.error && pdf.shell !== null) row('sample → HTML + PDF + DOCX vs bare headless shell', pdf.oursCpu, pdf.shellCpu);
  row('50 deployments vs 1 (HTML + PDF)', scale[50].cpuMs, scale[1].cpuMs);
  if (!docx.error) {
    row('sample → DOCX vs pandoc', docx.oursCpu, docx.pandocCpu);
    row('sample → DOCX, nothing cached, vs pandoc', docx.coldCpu, docx.pandocCpu);
    row('sample → DOCX, `--docx-page-numbers off`, vs pandoc', docx.unpagedCpu, docx.pandocCpu);
  }
  if (rows.length === 0) return ['CPU time not counted: this machine gives the bench no cpuacct cgroup (Linux, as root).', ''];
  return ['CPU time of the whole command and every process it starts (a cpuacct cgroup), medians as above:', '', '| what | ours | baseline | ratio |', '| --- | --- | --- | --- |', ...rows, ''];
}

const lines = [
  '# Benchmark results',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion.trim()}; the CLI prints with ${cliBrowser}.`,
  `The sample: ${shown(sampleDeployment)} of the master ${shown(sampleMaster)}${pdf.pages ? ` (${pdf.pages} PDF pages)` : ''}.`,
  `Median of ${runs} runs (the 50-deployment build, its incremental build and \`npm start\`: one run). Wall time of the whole command, start-up included, each build into a fresh folder. The first \`npm start\` fills the tool's cache folder (the parsed masters, the compiled DOCX layout, the lines of its paragraphs) and every later build reads it, as on a user's machine (rows \"nothing cached\": the cache off). Peak memory: the RSS of the CLI and its Chromium, sampled every 250 ms during the last run.`,
  `Load average (1, 5, 15 min) at the start: ${load(loadBefore)}; at the end: ${load(loadAfter)} (the machine's other work slows every figure alike; read the ratios).`,
  '',
  '| what | ours | baseline | ratio | target |',
  '| --- | --- | --- | --- | --- |',
  pdf.error
    ? `| sample → HTML + PDF + DOCX vs bare Chromium | not measured: ${pdf.error} | | | |`
    : `| sample → HTML + PDF + DOCX vs bare \`chromium --print-to-pdf\` | ${ms(pdf.ours)} | ${ms(pdf.bare)} | ${(pdf.ours / pdf.bare).toFixed(2)}× | ≤ 1.3× |`,
  pdf.error
    ? null
    : `| the same, nothing cached (a master's first build: \`CHECKLIST_CACHE=off\`) | ${ms(pdf.cold)} | ${ms(pdf.bare)} | ${(pdf.cold / pdf.bare).toFixed(2)}× | (≤ 1.3×) |`,
  pdf.error || pdf.shell === null
    ? null
    : `| sample → HTML + PDF + DOCX vs bare \`chromium-headless-shell --print-to-pdf\` (the engine the CLI prints with) | ${ms(pdf.ours)} | ${ms(pdf.shell)} | ${(pdf.ours / pdf.shell).toFixed(2)}× | (≤ 1.3×) |`,
  `| 50 deployments vs 1 (HTML + PDF) | ${ms(scale[50].ms)} | ${ms(scale[1].ms)} | ${(scale[50].ms / scale[1].ms).toFixed(2)}× | ≤ 8× |`,
  `| the 50 as four jobs of a CI matrix (\`--shard K/4\`: ${scale.shards.documents.join(', ')} documents in ${scale.shards.times.map((time) => (time / 1000).toFixed(1)).join(', ')} s): the slowest job vs the 50 in one build | ${ms(scale.shards.slowest)} | ${ms(scale[50].ms)} | ${(scale.shards.slowest / scale[50].ms).toFixed(2)}× | (≈ 0.25×) |`,
  `| one of 50 changed (incremental) vs a build of 1 (HTML + PDF) | ${ms(scale.incremental)} | ${ms(scale[1].ms)} | ${(scale.incremental / scale[1].ms).toFixed(2)}× | ≤ 1.3× |`,
  docx.error
    ? `| sample → DOCX vs pandoc | not measured: ${docx.error} | | | |`
    : `| sample → DOCX vs \`pandoc -o x.docx\` | ${ms(docx.ours)} | ${ms(docx.pandoc)} | ${(docx.ours / docx.pandoc).toFixed(2)}× | ≤ 2× |`,
  docx.error
    ? null
    : `| the same, nothing cached (a master's first build: \`CHECKLIST_CACHE=off\`) | ${ms(docx.cold)} | ${ms(docx.pandoc)} | ${(docx.cold / docx.pandoc).toFixed(2)}× | (≤ 2×) |`,
  docx.error
    ? null
    : `| sample → DOCX with \`--docx-page-numbers off\` (no page layout, as pandoc) vs pandoc | ${ms(docx.unpaged)} | ${ms(docx.pandoc)} | ${(docx.unpaged / docx.pandoc).toFixed(2)}× | (≤ 2×) |`,
  start.error
    ? `| second \`npm start\` vs the first | not measured: ${start.error} | | | |`
    : `| second \`npm start\`, nothing changed, vs the first | ${ms(start.second)} | ${ms(start.first)} | ${((100 * start.second) / start.first).toFixed(1)} % | ≤ 10 % |`,
  '',
  '| deployments in one build | wall time | CPU, all processes | peak RSS (CLI + Chromium) |',
  '| --- | --- | --- | --- |',
  ...counts.map((count) => `| ${count} | ${ms(scale[count].ms)} | ${cpu(scale[count].cpuMs)} | ${Math.round(scale[count].peakMiB)} MiB |`),
  '',
  ...cpuTable(),
].filter((line) => line !== null);
await writeFile(join(root, 'bench/RESULTS.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));

/**
 * `checklist import FILE.docx|FILE.json [--into DEPLOYMENT.json] [--dry-run] [--force]`: reads a
 * filled DOCX or a form's saved answers and merges them into the deployment, editing its JSON
 * text in place (src/output/rewrite-in-place.ts); prints what changed, item by item. Anything refused
 * is reported, all in one run, and nothing is written.
 */
import { join, relative } from 'node:path';
import { findChecklist } from '../content/load-checklist.js';
import { displayPath } from '../content/read-sources.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { compareVersions } from '../deployment/answer-lineage.js';
import { checkDeployment } from '../deployment/check-deployment.js';
import { parseJsonSource } from '../deployment/json-source.js';
import { loadDeployment } from '../deployment/load-deployment.js';
import { checkSchema } from '../deployment/schema.js';
import { applyChanges } from '../fill/apply-import.js';
import type { FilledFile } from '../fill/filled-file.js';
import { describeChanges, planImport } from '../fill/plan-import.js';
import { readDocx } from '../fill/read-docx.js';
import { readForm } from '../fill/read-form.js';
import type { Checklist } from '../model/checklist.js';
import type { Deployment } from '../model/deployment.js';
import { rewriteInPlace } from '../output/rewrite-in-place.js';
import { CliError } from './errors.js';
import { describeFsError } from '../output/preflight.js';
import { readInputFile } from '../limits/input-file.js';

export interface ImportOptions {
  content: string;
  into?: string;
  dryRun: boolean;
  force: boolean;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

async function readFilled(path: string, diagnostics: Diagnostics): Promise<FilledFile | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const fix = 'name the filled DOCX, or the JSON a form saved';
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? `it is a folder: ${fix}` : code === 'ENOTREG' ? `${describeFsError(error)}: ${fix}` : describeFsError(error);
    throw new CliError(`Cannot read ${path}: ${why}`, 1, { cause: error });
  }
  const shown = displayPath(path);
  if (isZip(bytes) || /\.docx$/i.test(path)) return readDocx(bytes, shown, diagnostics);
  return readForm(new TextDecoder().decode(bytes), shown, diagnostics);
}

export async function runImport(args: string[], options: ImportOptions, report: (diagnostics: Diagnostics) => boolean): Promise<number> {
  const [path, extra] = args;
  if (path === undefined || extra !== undefined) throw new CliError('Usage: checklist import FILE.docx|FILE.json [--into DEPLOYMENT.json] [--dry-run] [--force]', 2);
  const diagnostics = new Diagnostics();
  const refused = () => {
    report(diagnostics);
    process.stderr.write('checklist: nothing was written; fix the errors above and import again\n');
    return 1;
  };
  let file = await readFilled(path, diagnostics);
  if (!file) return refused();
  // The file's own errors so far (text outside its fields, two boxes ticked) refuse it too, but
  // only after its answers are checked against the deployment: every error in one run.
  const fileErrors = diagnostics.errorCount;
  if (options.into === undefined && file.deployment === 'blank') {
    throw new CliError(`${file.path} was built from a blank checklist: name the deployment to fill with --into DEPLOYMENT.json`, 2);
  }
  const into = options.into ?? join(options.content, 'deployments', `${file.deployment}.json`);
  const loaded = await loadDeployment(into, { contentDir: options.content }, diagnostics);
  if (!loaded || diagnostics.errorCount > fileErrors) return refused();
  const target = { name: loaded.name, deployment: loaded.deployment, master: await withLineage(file, loaded.master, options.content) };
  // A file of an earlier version is compared with the master as git has it at that version.
  const masterAt = async (version: string) => {
    const masterPath = await findChecklist(options.content, target.master.meta.id);
    const { masterAtVersion } = await import('../fill/older-file-review.js');
    return masterPath === null ? null : masterAtVersion(masterPath, version);
  };
  if (file.untagged) {
    const { answersByPlace } = await import('../fill/untagged-docx.js');
    const answers = await answersByPlace(file, file.untagged, target, diagnostics, masterAt);
    if (answers === null) return refused();
    file = { ...file, answers };
  } else if (file.placeholders) {
    const { withPlaceholdersRead } = await import('../fill/placeholder-text.js');
    file = await withPlaceholdersRead(file, target, diagnostics, masterAt);
  }
  const changes = planImport(file, target, options.force, diagnostics);
  if (changes === null) return refused();
  report(diagnostics); // warnings, such as what --force let through

  const shown = relative(process.cwd(), into) || into;
  if (changes.length === 0) {
    process.stdout.write(`No answer changed: ${shown} is left as it was\n`);
    return 0;
  }
  // ignoreBOM: the byte order mark stays in the text, to be written back (TextDecoder drops it by default).
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readInputFile(into));
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const versionWarnings = new Diagnostics();
  const { text, marked } = await markedForReview(applyChanges(raw.slice(bom.length), loaded.deployment, changes, target.master.items.map((item) => item.id)), file, target, changes, options.content, versionWarnings);
  // Only that warning: a version git gives with errors makes no marks, as before, and says nothing here.
  const told = new Diagnostics();
  told.merge(versionWarnings, (message) => message.ruleId === 'version-commits');
  if (told.messages.length > 0) report(told);
  report(checkEdited(text, loaded, into, displayPath(into)));
  process.stdout.write(describeChanges(changes));
  for (const mark of marked) process.stdout.write(`${mark.id} marked for review: answered in a checklist of version ${file.version}; ${mark.what}\n`);
  const count = `${changes.length} answer${changes.length === 1 ? '' : 's'}`;
  if (options.dryRun) {
    process.stdout.write(`Dry run: ${count} would change in ${shown}; nothing was written\n`);
    return 0;
  }
  await rewriteInPlace(into, bom + text);
  process.stdout.write(`${count} changed in ${shown}\n`);
  return 0;
}

/**
 * For a file of an earlier version imported into a deployment of the current one: each item it
 * answers that changed since gets the review mark `upgrade` gives (src/fill/older-file-review.ts).
 * A deployment not yet upgraded gets them from `upgrade`.
 */
async function markedForReview(text: string, file: FilledFile, target: { deployment: Deployment; master: Checklist }, changes: Parameters<typeof applyChanges>[2], content: string, diagnostics: Diagnostics) {
  const { master, deployment } = target;
  const older = compareVersions(file.version, master.meta.version) < 0 && deployment.checklistVersion === master.meta.version;
  const masterPath = older ? await findChecklist(content, master.meta.id) : null;
  if (masterPath === null) return { text, marked: [] };
  const { reviewMarksSince, withReviewMarks } = await import('../fill/older-file-review.js');
  const { text: marked, added } = withReviewMarks(text, await reviewMarksSince(masterPath, file.version, master, JSON.parse(text) as Deployment, changes, diagnostics));
  return { text: marked, marked: added };
}

/** For a file of another version of the master: the master knowing every rename and retirement since. */
async function withLineage(file: FilledFile, master: Checklist, content: string): Promise<Checklist> {
  if (file.checklist !== master.meta.id || file.version === master.meta.version) return master;
  const masterPath = await findChecklist(content, master.meta.id);
  if (masterPath === null) return master;
  const { lineageSince } = await import('../versions/lineage.js');
  return lineageSince(masterPath, file.version, master);
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadDeployment>>>;

/**
 * Checks the edited text as `check` would. An error is a bug (it must still be a valid
 * deployment), and nothing is written. What the import writes that no document will show (a value
 * for a server the deployment does not list, an answer to an item its level leaves out) comes
 * back as the warnings `check` would give, at once.
 */
function checkEdited(text: string, loaded: Loaded, path: string, shown: string): Diagnostics {
  const invalid = (problem: unknown) => new Error(`import produced an invalid deployment (nothing was written): ${JSON.stringify(problem)}`);
  const source = parseJsonSource(path, text);
  if (!('value' in source)) throw invalid(source);
  const problems = checkDeployment(source.value as Deployment, loaded.master);
  const errors = [...checkSchema(source.value), ...problems.filter((problem) => problem.severity === 'error')];
  if (errors.length > 0) throw invalid(errors[0]);
  const hiddenBefore = new Set(checkDeployment(loaded.deployment, loaded.master).filter((problem) => problem.ruleId === 'hidden-answer').map((problem) => problem.pointer));
  const diagnostics = new Diagnostics();
  for (const problem of problems) {
    if (problem.ruleId !== 'hidden-answer' || hiddenBefore.has(problem.pointer)) continue;
    diagnostics.warning(shown, source.pointAt(problem.pointer), `${problem.pointer}: ${problem.reason}`, 'hidden-answer');
  }
  return diagnostics;
}

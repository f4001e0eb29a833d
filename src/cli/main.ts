/**
 * The command line. Only this module prints and decides exit codes: the library reports user
 * mistakes as vfile messages and throws CliError for the environment's problems.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toolVersion } from '../tool.js';
import { Diagnostics, formatMessages } from '../diagnostics/diagnostics.js';
import { CliError } from './errors.js';
import { emptyArgument, options, repeatedOption, repeatedOptionText, unusedOption, unusedOptionText } from './options.js';
import { optionValueText, unknownCommandText, unknownOptionText } from './unknown-option.js';
import { parseLimits, useLimits } from '../limits/limits.js';
import { masterCacheDir, useMasterCache } from '../content/master-cache.js';
import { reportInternalError } from './internal-error.js';
import { usage } from './usage.js';

export type CliOptions = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    // The watch mode an author looks for under build's name is serve's.
    if (argv.includes('--watch')) throw new CliError('--watch is no option: `checklist serve [DEPLOYMENT.json]` renders the HTML again on each save and reloads it in the browser (build the PDF and DOCX when done)', 2, { cause: error });
    const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1] : undefined;
    if (unknown !== undefined) throw new CliError(unknownOptionText(unknown), 2, { cause: error });
    const value = (error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? optionValueText((error as Error).message) : undefined;
    if (value !== undefined) throw new CliError(value, 2, { cause: error });
    throw new CliError(`${(error as Error).message}\nRun \`checklist --help\` for usage.`, 2);
  }
  const repeated = repeatedOption(parsed.tokens);
  if (repeated) throw new CliError(repeatedOptionText(repeated), 2);
  const empty = emptyArgument(parsed.tokens);
  if (empty) throw new CliError(empty, 2);
  return parsed;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals, tokens } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.version) {
      process.stdout.write(`${toolVersion()}\n`);
      return 0;
    }
    if (values.help || command === undefined || command === 'help') {
      process.stdout.write(usage);
      return command === undefined && !values.help ? 2 : 0;
    }
    const unused = unusedOption(command, tokens);
    // `check --level high`, read as "check at level high": said with the build that shows that level.
    if (unused?.name === 'level') {
      throw new CliError(`--level is an option of build and init: ${command} takes each deployment's own "level" (to see a deployment at another level: checklist build DEPLOYMENT.json --level ${values.level})`, 2);
    }
    if (unused) throw new CliError(unusedOptionText(command, unused), 2);
    // Every command reads inputs: the limits and the cache of parsed masters hold for all of them.
    useLimits(parseLimits(values.limits));
    useMasterCache({ dir: masterCacheDir(), refresh: command === 'build' && values.force });
    switch (command) {
      case 'check':
        return await check(rest, values);
      case 'init':
        return await init(rest, values);
      case 'serve': {
        const { runServe } = await import('./serve-command.js');
        return await runServe(rest, values);
      }
      case 'doctor': {
        // `doctor other-content` read as given would report on --content's folder, in silence.
        if (rest.length > 0) throw new CliError('Usage: checklist doctor [--content DIR] (it takes no PATH: name the content folder with --content)', 2);
        const { runDoctor } = await import('./doctor-command.js');
        return await runDoctor(values.content);
      }
      case 'schema':
        return await schema(rest, values);
      case 'build': {
        const { runBuild } = await import('./build-command.js');
        return await runBuild(rest, values, report);
      }
      case 'diff': {
        const { runDiff } = await import('./diff-command.js');
        return await runDiff(rest, { content: values.content, from: values.from, to: values.to, format: values.format }, report);
      }
      case 'upgrade': {
        const { runUpgrade } = await import('./upgrade-command.js');
        return await runUpgrade(rest, { content: values.content, from: values.from, to: values.to, dryRun: values['dry-run'] }, report);
      }
      case 'import': {
        const { runImport } = await import('./import-command.js');
        return await runImport(rest, { content: values.content, into: values.into, dryRun: values['dry-run'], force: values.force }, report);
      }
      default:
        throw new CliError(unknownCommandText(command), 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`checklist: ${error.message}\n`);
      return error.exitCode;
    }
    return reportInternalError(error);
  }
}

/** Prints messages one per line and a count; true when there were errors. */
function report(diagnostics: Diagnostics): boolean {
  process.stderr.write(formatMessages(diagnostics.messages));
  return diagnostics.hasErrors;
}

// Each command loads its modules when it runs: a build starts Chromium before the content
// pipeline is loaded, and `--help` loads nothing.
async function check(paths: string[], values: CliOptions): Promise<number> {
  const [{ runCheck }, { reporterNamed, reporters }, { requireTemplatesFolder }] = await Promise.all([import('./check-command.js'), import('./reporters.js'), import('./content-folder.js')]);
  const reporter = reporterNamed(values.reporter);
  if (!reporter) throw new CliError(`Unknown reporter "${values.reporter}": use ${Object.keys(reporters).join(', ')}`, 2);
  requireTemplatesFolder('check', values.templates);
  const result = await runCheck(paths, values.content, { theme: values.theme, templates: values.templates });
  const messages = result.diagnostics.messages;
  process[reporter.stream].write(reporter.format(messages));
  const errors = result.diagnostics.errorCount;
  const warnings = messages.length - errors;
  const counted = `${result.checklists} checklist${result.checklists === 1 ? '' : 's'} and ${result.deployments} deployment${result.deployments === 1 ? '' : 's'}`;
  const failed = errors > 0 || (values.strict && warnings > 0);
  process.stderr.write(
    errors > 0 || warnings > 0
      ? `checked ${counted}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${failed && errors === 0 ? ' (--strict fails on warnings)' : ''}\n`
      : `checked ${counted}: no problems\n`,
  );
  return failed ? 1 : 0;
}

/** Loads checklist ID for init and schema; null when it has errors (printed). */
async function masterNamed(id: string, values: CliOptions) {
  const { findChecklist, loadChecklist } = await import('../content/load-checklist.js');
  const path = await findChecklist(values.content, id);
  if (!path) throw new CliError(await (await import('../content/unknown-checklist.js')).noChecklistReason(values.content, id), 1);
  const diagnostics = new Diagnostics();
  const master = await loadChecklist(path, diagnostics);
  return report(diagnostics) || !master ? null : master;
}

async function schema(args: string[], values: CliOptions): Promise<number> {
  const [id, extra] = args;
  if (id === undefined || extra !== undefined) throw new CliError('Usage: checklist schema ID', 2);
  const master = await masterNamed(id, values);
  if (!master) return 1;
  const { deploymentSchemaFor } = await import('../deployment/deployment-schema.js');
  process.stdout.write(`${JSON.stringify(deploymentSchemaFor(master), null, 2)}\n`);
  return 0;
}

async function init(args: string[], values: CliOptions): Promise<number> {
  const [id, extra] = args;
  if (id === undefined || extra !== undefined) throw new CliError('Usage: checklist init ID [--level LEVEL] [--schema PATH]', 2);
  const [{ levelText }, { deploymentSkeleton, schemaOutsideProject }] = await Promise.all([import('../deployment/check-deployment.js'), import('./init-command.js')]);
  const master = await masterNamed(id, values);
  if (!master) return 1;
  if (values.level !== undefined && !master.meta.levels.includes(values.level)) throw new CliError(levelText(values.level, master.meta.levels), 1);
  const skeleton = deploymentSkeleton(master, values.level, resolve(values.content, 'deployments'), values.schema);
  process.stdout.write(`${JSON.stringify(skeleton, null, 2)}\n`);
  const outside = values.schema === undefined ? schemaOutsideProject(resolve(values.content, 'deployments'), master.meta.id) : undefined;
  if (outside) process.stderr.write(`checklist: note: ${outside}\n`);
  return 0;
}


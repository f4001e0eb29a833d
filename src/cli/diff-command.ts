/**
 * `checklist diff ID|DEPLOYMENT.json --from REV [--to REV] [--format markdown|html]`: what
 * changed between two versions of a master, or what a new version means for one customer.
 * Prints to stdout; writes no file.
 */
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { findChecklist } from '../content/load-checklist.js';
import { noChecklistReason } from '../content/unknown-checklist.js';
import { compareChecklists } from '../versions/compare.js';
import { planForDeployment } from '../versions/deployment-plan.js';
import { diffHtml } from '../versions/diff-html.js';
import { diffMarkdown } from '../versions/diff-markdown.js';
import { loadVersions } from '../versions/load-version.js';
import { COMPARISON_RULES } from '../versions/lineage-notes.js';
import { CliError } from './errors.js';

export interface DiffOptions {
  content: string;
  from?: string;
  to?: string;
  format?: string;
}

/** `--format` as diff reads it: Markdown unless told otherwise. */
function diffFormat(format: string | undefined): 'markdown' | 'html' {
  if (format === undefined || format === 'markdown' || format === 'md') return 'markdown';
  if (format === 'html') return 'html';
  throw new CliError(`checklist diff: --format must be markdown or html, not "${format}"`, 2);
}

export async function runDiff(args: readonly string[], options: DiffOptions, report: (diagnostics: Diagnostics) => boolean): Promise<number> {
  const [target, extra] = args;
  if (target === undefined || extra !== undefined) throw new CliError('Usage: checklist diff ID|DEPLOYMENT.json --from REV [--to REV] [--format markdown|html]', 2);
  const format = diffFormat(options.format);
  const render = format === 'html' ? diffHtml : diffMarkdown;
  const diagnostics = new Diagnostics();
  try {
    if (target.endsWith('.json')) {
      const plan = await planForDeployment(target, options, diagnostics);
      if (!plan) {
        report(diagnostics);
        return 1;
      }
      process.stdout.write(render(plan.diff, plan.sides, { name: plan.name, impact: plan.impact }));
      reportLineage(diagnostics, report);
      return 0;
    }
    if (options.from === undefined) throw new CliError('checklist diff: name the older version with --from REV (a master version or a git revision)', 2);
    const masterPath = await findChecklist(options.content, target);
    if (!masterPath) throw new CliError(await noChecklistReason(options.content, target), 1);
    const { from, to } = await loadVersions(masterPath, options.from, options.to, diagnostics);
    process.stdout.write(render(compareChecklists(from.checklist, to.checklist), { from: from.side, to: to.side }));
    reportLineage(diagnostics, report);
    return 0;
  } catch (error) {
    // A master version with errors: print its messages before the reason.
    if (diagnostics.hasErrors) report(diagnostics);
    throw error;
  }
}

/**
 * Of the messages gathered on the way, diff prints only those about the comparison itself: a
 * lineage note naming no item (lineage-notes.ts), an item with another's title (moved-titles.ts).
 * The versions' own warnings are check's to print.
 */
function reportLineage(diagnostics: Diagnostics, report: (diagnostics: Diagnostics) => boolean): void {
  const lineage = new Diagnostics();
  lineage.merge(diagnostics, (message) => COMPARISON_RULES.has(message.ruleId ?? ''));
  if (lineage.messages.length > 0) report(lineage);
}

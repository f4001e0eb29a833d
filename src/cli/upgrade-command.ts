/**
 * `checklist upgrade DEPLOYMENT.json [--to REV] [--from REV] [--dry-run]`: rewrites a deployment
 * for a newer master version, editing its JSON text in place (src/output/rewrite-in-place.ts);
 * `--dry-run` prints the change as a unified diff and writes nothing.
 */
import { createTwoFilesPatch } from 'diff';
import { Diagnostics, formatMessage } from '../diagnostics/diagnostics.js';
import { rewriteInPlace } from '../output/rewrite-in-place.js';
import { planForDeployment, type DeploymentPlan } from '../versions/deployment-plan.js';
import { COMPARISON_RULES } from '../versions/lineage-notes.js';
import { hasUncommittedChanges } from '../versions/git-revision.js';
import { upgradeText } from '../versions/upgrade.js';
import { CliError } from './errors.js';

export interface UpgradeOptions {
  content: string;
  from?: string;
  to?: string;
  dryRun: boolean;
}

export async function runUpgrade(args: readonly string[], options: UpgradeOptions, report: (diagnostics: Diagnostics) => boolean): Promise<number> {
  if (args.length === 0) throw new CliError('Usage: checklist upgrade DEPLOYMENT.json … [--to REV] [--dry-run]', 2);
  let failed = false;
  // Plan every file first: one bad file and nothing is written.
  const plans = [];
  // A warning about the master's versions (lineage-notes.ts) is said once, not once per deployment.
  const told = new Set<string>();
  const once = (diagnostics: Diagnostics): Diagnostics => {
    const fresh = new Diagnostics();
    fresh.merge(diagnostics, (message) => {
      if (!COMPARISON_RULES.has(message.ruleId ?? '')) return true;
      const line = formatMessage(message);
      if (told.has(line)) return false;
      told.add(line);
      return true;
    });
    return fresh;
  };
  for (const path of args) {
    const diagnostics = new Diagnostics();
    const plan = await planForDeployment(path, options, diagnostics).catch((error: unknown) => {
      // A master version with errors: its messages come before the reason, which says "(above)".
      if (diagnostics.hasErrors) report(once(diagnostics));
      throw error;
    });
    if (report(once(diagnostics)) || !plan) failed = true;
    else plans.push(plan);
  }
  if (failed) {
    process.stderr.write('nothing was written\n');
    return 1;
  }
  await warnUncommitted(plans, options, report);
  for (const plan of plans) {
    const { text, summary } = upgradeText(plan.text, plan.deployment, plan.impact, plan.diff.to, plan.diff.from);
    const versions = `${plan.diff.from.meta.version} → ${plan.diff.to.meta.version}`;
    if (text === plan.text) {
      process.stderr.write(`${plan.path}: already up to date (version ${plan.diff.to.meta.version}), nothing to change\n`);
      continue;
    }
    if (options.dryRun) {
      process.stdout.write(createTwoFilesPatch(plan.path, plan.path, plan.text, text, `version ${plan.diff.from.meta.version}`, `version ${plan.diff.to.meta.version}`));
    } else {
      await rewriteInPlace(plan.path, plan.bom + text);
    }
    process.stderr.write(`${plan.path}: ${options.dryRun ? 'would upgrade' : 'upgraded'} ${versions}\n${summary.map((line) => `  ${line}\n`).join('')}`);
  }
  return 0;
}

/**
 * Upgrading to the working tree while its master has changes git does not hold: `upgrade` compares
 * versions, so a deployment upgraded to "2.3" now is never compared again with what 2.3 is once
 * the author's edits go on and are committed: those later edits would get no review mark.
 */
async function warnUncommitted(plans: readonly DeploymentPlan[], options: UpgradeOptions, report: (diagnostics: Diagnostics) => boolean): Promise<void> {
  if (options.to !== undefined) return;
  const diagnostics = new Diagnostics();
  const told = new Set<string>();
  for (const { master, diff } of plans) {
    // Also at the same version: the deployment is compared with the version's commit, the edits not yet committed are its changes.
    if (told.has(master.path) || diff.from === diff.to) continue;
    told.add(master.path);
    if (!(await hasUncommittedChanges(master.location))) continue;
    const version = diff.to.meta.version;
    diagnostics.warning(
      master.location.shown,
      undefined,
      `The master has changes not committed to git: deployments go to version ${version} as the working tree has it now. upgrade compares versions, not edits, so a deployment at ${version} is not compared again with what ${version} becomes: commit the master first, and give any later change a new version`,
      'uncommitted-master',
    );
  }
  report(diagnostics);
}

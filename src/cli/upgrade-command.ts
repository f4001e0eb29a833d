/**
 * `checklist upgrade DEPLOYMENT.json [--to REV] [--from REV] [--dry-run]`: rewrites a deployment
 * for a newer master version, editing its JSON text in place (src/output/rewrite-in-place.ts);
 * `--dry-run` prints the change as a unified diff and writes nothing.
 */
import { createTwoFilesPatch } from 'diff';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { rewriteInPlace } from '../output/rewrite-in-place.js';
import { planForDeployment } from '../versions/deployment-plan.js';
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
  for (const path of args) {
    const diagnostics = new Diagnostics();
    const plan = await planForDeployment(path, options, diagnostics);
    if (report(diagnostics) || !plan) failed = true;
    else plans.push(plan);
  }
  if (failed) {
    process.stderr.write('nothing was written\n');
    return 1;
  }
  for (const plan of plans) {
    const { text, summary } = upgradeText(plan.text, plan.deployment, plan.impact, plan.diff.to);
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

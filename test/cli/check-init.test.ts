import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const fixtureContent = join(repoRoot, 'test/fixtures/content');

async function copyOfFixtures(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'checklist-cli-'));
  await cp(fixtureContent, join(dir, 'content'), { recursive: true });
  return dir;
}

describe('checklist --help and usage errors', () => {
  it('prints usage and exits 0 for --help, 2 for an unknown command or option', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('checklist build [DEPLOYMENT.json …]');
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const option = await runCli(['check', '--nope']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--nope'");
  });

  it('names the option an unknown one is a typo of, on one line (it told only how to pass a file starting with "-")', async () => {
    const typos = { '--shrad': 'shard', '--job': 'jobs', '--formats': 'format', '--Shard': 'shard', '--dryrun': 'dry-run', '--stirct': 'strict' };
    for (const [written, meant] of Object.entries(typos)) {
      const run = await runCli(['build', written, '1']);
      expect(run.code, written).toBe(2);
      expect(run.stderr, written).toBe(`checklist: Unknown option '${written}': did you mean --${meant}? (checklist --help lists the options; a file whose name starts with "-" goes after --)\n`);
    }
    const command = await runCli(['biuld']);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe('checklist: Unknown command "biuld": did you mean build? Use build, check, init, schema, diff, upgrade, import, serve or doctor (see checklist --help)\n');
    // Nothing near: no guess.
    expect((await runCli(['check', '--nope'])).stderr).toBe(`checklist: Unknown option '--nope' (checklist --help lists the options; a file whose name starts with "-" goes after --)\n`);
  });

  it('says an option without its value, or a flag given one, on one line with what to write (it was parseArgs\' three lines of "ambiguous")', async () => {
    const runs: [string[], string][] = [
      [['build', '--out'], '--out needs a value: write --out VALUE, or --out=VALUE for a value that starts with "-" (checklist --help)'],
      [['build', '--out', '--force'], '--out needs a value: write --out VALUE, or --out=VALUE for a value that starts with "-" (checklist --help)'],
      [['build', '--jobs', '-1'], '--jobs needs a value: write --jobs VALUE, or --jobs=VALUE for a value that starts with "-" (checklist --help)'],
      [['check', '--strict=yes'], '--strict takes no value: write --strict alone'],
    ];
    for (const [args, line] of runs) {
      const run = await runCli(args);
      expect([run.code, run.stderr], args.join(' ')).toEqual([2, `checklist: ${line}\n`]);
    }
  });

  it('refuses a PATH given to doctor, which reads the content folder of --content alone (it reported on content/, in silence)', async () => {
    const run = await runCli(['doctor', 'other-content']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('checklist: Usage: checklist doctor [--content DIR] (it takes no PATH: name the content folder with --content)\n');
  });

  it('--level on a command that does not use it is wrong usage, not a check at that level that checked nothing of it', async () => {
    const dir = await copyOfFixtures();
    const run = await runCli(['check', '--level', 'maximum', '--content', 'content'], { cwd: dir });
    expect(run.stderr).toBe('checklist: --level is an option of build and init: check takes each deployment\'s own "level" (to see a deployment at another level: checklist build DEPLOYMENT.json --level maximum)\n');
    expect(run.code).toBe(2);
    expect((await runCli(['check', '--content', 'content'], { cwd: dir })).code).toBe(0);
  });

  it('refuses an option its command does not read, naming the commands that do (check --offer built no offer and said nothing)', async () => {
    const dir = await copyOfFixtures();
    const offer = await runCli(['check', '--content', 'content', '--offer'], { cwd: dir });
    expect(offer.stderr).toBe('checklist: check takes no --offer (an option of build): leave it out\n');
    expect(offer.code).toBe(2);
    const format = await runCli(['import', 'filled.docx', '--format', 'docx'], { cwd: dir });
    expect(format.stderr).toBe('checklist: import takes no --format (an option of build and diff): leave it out\n');
    expect(format.code).toBe(2);
    // What every command takes passes everywhere.
    expect((await runCli(['doctor', '--content', 'content', '--limits', 'items=10000'], { cwd: dir })).stderr).not.toContain('takes no');
  });

  it('answers build --watch with the command that watches, serve (it said only "Unknown option")', async () => {
    const watch = await runCli(['build', '--watch']);
    expect(watch.stderr).toBe('checklist: --watch is no option: `checklist serve [DEPLOYMENT.json]` renders the HTML again on each save and reloads it in the browser (build the PDF and DOCX when done)\n');
    expect(watch.code).toBe(2);
  });
});

describe('checklist check', () => {
  it('passes on the shipped sample content', async () => {
    const run = await runCli(['check']);
    expect(run.stderr).toMatch(/checked \d+ checklists? and \d+ deployments?: no problems/);
    expect(run.code).toBe(0);
  });

  it('prints one line per message as file:line:column and exits 1 on an error', async () => {
    const dir = await copyOfFixtures();
    await writeFile(join(dir, 'content/checklists/broken.md'), '---\nversion: "1"\ndate: 2025-01-01\n---\n\n::nope\n');
    const run = await runCli(['check', '--content', 'content'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toContain('content/checklists/broken.md:6:1: error Unknown directive ::nope: use one of ::deployment-overview, ::signatures, ::responsibility-matrix, ::open-items [unknown-directive]');
    expect(run.stderr).toContain('checked 2 checklists and 1 deployment: 1 error, 0 warnings');
  });

  it('checks a single deployment file with its master', async () => {
    const dir = await copyOfFixtures();
    await writeFile(join(dir, 'content/deployments/bad.json'), '{ "checklist": "mini", "level": "extreme" }');
    const run = await runCli(['check', '--content', 'content', 'content/deployments/bad.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/deployments/bad.json:1:24: error /level: Unknown level "extreme": use one of minimum, medium, maximum [unknown-level]');
  });
});

describe('checklist init', () => {
  it('prints a skeleton with every item and component that check accepts as it stands', async () => {
    const dir = await copyOfFixtures();
    const run = await runCli(['init', 'mini', '--content', 'content'], { cwd: dir });
    expect(run.code).toBe(0);
    const skeleton = JSON.parse(run.stdout) as { answers: Record<string, { components?: Record<string, string> }>; settings: Record<string, string> };
    expect(Object.keys(skeleton.answers)).toEqual(['CL-PWD1', 'CL-SRV1', 'CL-VPN1']);
    expect(Object.keys(skeleton.answers['CL-SRV1']?.components ?? {})).toEqual(['Main server', 'Standby server', 'Browser on clients']);
    expect(Object.keys(skeleton.settings)).toEqual(['Minimal password length', 'Password history']);
    await writeFile(join(dir, 'content/deployments/new.json'), run.stdout);
    const check = await runCli(['check', '--content', 'content', 'content/deployments/new.json'], { cwd: dir });
    expect(check.stderr).toContain('no problems');
    expect(check.code).toBe(0);
  });

  it('--level keeps the items up to that level; an unknown level is invalid input', async () => {
    const dir = await copyOfFixtures();
    const run = await runCli(['init', 'mini', '--level', 'minimum', '--content', 'content'], { cwd: dir });
    expect(Object.keys((JSON.parse(run.stdout) as { answers: object }).answers)).toEqual(['CL-PWD1']);
    const bad = await runCli(['init', 'mini', '--level', 'extreme', '--content', 'content'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Unknown level "extreme": use one of minimum, medium, maximum');
  });
});

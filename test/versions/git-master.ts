/**
 * A real git repository in a temporary folder holding three versions of a folder master
 * ("demo", 1.0 → 2.0 → 3.0) and a deployment answered against 1.0. Every change `diff` and
 * `upgrade` must find is made here, on purpose, in one of the versions:
 * 2.0 renames CL-PWD1 to CL-PWD-DEFAULT, retires CL-TEL1, changes the measures of CL-SMTP1,
 *     the options of CL-ADM1 and of CL-SRV1's Standby server row, and the introduction;
 * 3.0 renames CL-PWD-DEFAULT to CL-PWD2, changes its medium target, adds CL-LOG1, raises
 *     CL-ADM1 from medium to maximum and moves CL-SMTP1 to a new chapter "Mail".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const front = (version: string, extra = '') => `---
title: Demo Checklist
product: Demo Server
version: "${version}"
date: 2025-0${version[0]}-10
levels: [minimum, medium, maximum]
components: [Main server, Standby server]
${extra}---
`;

const intro = (text: string) => `# Introduction

${text}

::deployment-overview
`;

const pwd = (id: string, replaces: string, medium: string) => `| ${id} Demo | Default passwords changed |
| --- | --- |
| Measures | Change every default password |${replaces ? `\n| Replaces | ${replaces} |` : ''}
| Level | minimum |
| Target | minimum: 8 characters; medium: ${medium}; maximum: 12 characters |
| Executed | Yes / No |
`;

const adm = (level: string, options: string) => `| CL-ADM1 Demo | Admin accounts personal |
| --- | --- |
| Measures | Give every admin a personal account |
| Level | ${level} |
| Executed | ${options} |
`;

const tel = `| CL-TEL1 Demo | Telnet disabled |
| --- | --- |
| Measures | Disable telnet |
| Level | minimum |
| Executed | Yes / No / Deactivated |
`;

const smtp = (measures: string) => `| CL-SMTP1 Demo | SMTP secured |
| --- | --- |
| Measures | ${measures} |
| Level | medium |
| Executed | Yes / No |
`;

const srv = (standby: string) => `| CL-SRV1 Demo | Servers patched |
| --- | --- |
| Level | minimum |
| Executed | |
| Main server | Yes / No |
| Standby server | ${standby} |
`;

const log = `| CL-LOG1 Demo | Security log kept |
| --- | --- |
| Measures | Keep the security log for 90 days |
| Level | minimum |
| Executed | Yes / No |
`;

const retired = `retired:
  - { id: CL-TEL1, version: "2.0", reason: Telnet was removed from the product }
`;

export const versions = {
  '1.0': {
    '01-intro.md': `${front('1.0')}\n${intro('This checklist hardens the demo server.')}`,
    '02-items.md': `# Accounts\n\n${pwd('CL-PWD1', '', '10 characters')}\n${adm('medium', 'Yes / No')}\n${tel}\n# Network\n\n${smtp('Require authentication on the mail server')}\n${srv('Yes / No')}\n::signatures\n`,
  },
  '2.0': {
    '01-intro.md': `${front('2.0', retired)}\n${intro('This checklist hardens the demo server and its standby.')}`,
    '02-items.md': `# Accounts\n\n${pwd('CL-PWD-DEFAULT', 'CL-PWD1', '10 characters')}\n${adm('medium', 'Yes / No / Not applicable')}\n# Network\n\n${smtp('Require authentication and TLS on the mail server')}\n${srv('Yes / No / Not installed')}\n::signatures\n`,
  },
  '3.0': {
    '01-intro.md': `${front('3.0', retired)}\n${intro('This checklist hardens the demo server and its standby.')}`,
    '02-items.md': `# Accounts\n\n${pwd('CL-PWD2', 'CL-PWD-DEFAULT', '12 characters')}\n${adm('maximum', 'Yes / No / Not applicable')}\n# Network\n\n${srv('Yes / No / Not installed')}\n${log}\n# Mail\n\n${smtp('Require authentication and TLS on the mail server')}\n::signatures\n`,
  },
} as const;

/** The deployment as the customer answered it against 1.0, compact and spread lines mixed. */
export const acmeV1 = `{
  "$schema": "../../schema/deployment.schema.json",
  "checklist": "demo",
  "checklistVersion": "1.0",
  "level": "medium",
  "components": ["Main server"],
  "answers": {
    "CL-PWD1": { "status": "Yes", "comment": "12 characters everywhere" },
    "CL-ADM1": {
      "status": "No",
      "comment": "Shared admin account until May"
    },
    "CL-TEL1": { "status": "Deactivated" },
    "CL-SMTP1": { "status": "Yes", "comment": "Relay needs authentication" },
    "CL-SRV1": { "components": { "Main server": "Yes" } }
  },
  "settings": {}
}
`;

export interface GitMaster {
  root: string;
  content: string;
  /** The deployment acme.json, as version 1.0 answered it. */
  acme: string;
  git(...args: string[]): string;
  writeVersion(version: keyof typeof versions): void;
  cleanup(): void;
}

/** Commits 1.0, 2.0 and 3.0 (tagged `release-2` at 2.0); the working tree holds 3.0. */
export function createGitMaster(): GitMaster {
  const root = mkdtempSync(join(tmpdir(), 'checklist-versions-'));
  const content = join(root, 'content');
  const master = join(content, 'checklists', 'demo');
  mkdirSync(master, { recursive: true });
  mkdirSync(join(content, 'deployments'), { recursive: true });
  const env = { ...process.env, GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' };
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', env });
  const writeVersion = (version: keyof typeof versions) => {
    for (const [name, text] of Object.entries(versions[version])) writeFileSync(join(master, name), text);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'author@example.com');
  git('config', 'user.name', 'Author');
  git('config', 'commit.gpgsign', 'false');
  const acme = join(content, 'deployments', 'acme.json');
  writeFileSync(acme, acmeV1);
  for (const version of ['1.0', '2.0', '3.0'] as const) {
    writeVersion(version);
    git('add', '-A');
    git('commit', '-q', '-m', `Demo checklist ${version}`);
    if (version === '2.0') git('tag', 'release-2');
  }
  // A commit after 3.0 that does not touch the master: version lookup must skip it.
  writeFileSync(join(root, 'README.md'), 'demo\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'Readme');
  return { root, content, acme, git, writeVersion, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

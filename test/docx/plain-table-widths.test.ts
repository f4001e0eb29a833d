/**
 * A plain table of the master with one very long token (a URL, a hash, a registry path): the other
 * columns keep room for their longest word, so Word does not break "Center" into "Cente" and "r"
 * while the HTML and the PDF print it whole. Read back from LibreOffice's rendering of the DOCX.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { hasLibreOffice, libreOfficeText } from './helpers.js';

const token = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU\\NoAutoRebootWithLoggedOnUsers';
const markdown = `${frontMatter}
# Settings

| Registry value | Setting | Default | Severity |
| :--- | :---: | ---: | --- |
| \`${token}\` | Enabled | Disabled | Critical |
| Averyveryverylongwordwithoutanybreakopportunitywhatsoeverthatgoesonandonandon | On | Off | Moderate |
`;

/** The words of the master's DOCX as LibreOffice prints it. */
async function printedWords(master: string): Promise<string[]> {
  const { checklist, errors } = parse(master);
  expect(errors).toEqual([]);
  const view = mergeDeployment(checklist, null, { name: 'widths' });
  const texts = await libreOfficeText({ widths: await renderDocx(view, { pageNumbers: false }) });
  return (texts.widths ?? '').split(/\s+/);
}

describe.skipIf(!hasLibreOffice && !process.env.CI)('plain table columns in the DOCX', () => {
  let words: string[] = [];

  beforeAll(async () => {
    words = await printedWords(markdown);
  });

  it('prints every short word whole beside a token longer than the page', () => {
    for (const word of ['Registry', 'Setting', 'Default', 'Severity', 'Enabled', 'Disabled', 'Critical', 'Moderate']) expect(words).toContain(word);
  });
});

// Eight columns whose longest words together are wider than the page (host names of 22 to 24
// characters): the host names wrap, the short words beside them stay whole.
const nodeMatrix = `${frontMatter}
# Network

| Node | Hostname | IPv4 | IPv6 | Ports | Protocol | Owner | Remark |
| --- | --- | --- | --- | --- | --- | --- | --- |
${['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']
  .map((node, i) => `| ${node[0]!.toUpperCase()}${node.slice(1)} | tx9-${node}.example.internal | 10.0.0.${i + 1} | fd00::${i + 1} | 5060–5061 | SNMPv3 | Ops | \`sip:${node}@example\` |`)
  .join('\n')}
`;

describe.skipIf(!hasLibreOffice && !process.env.CI)('eight columns whose words do not fit the page together', () => {
  let words: string[] = [];

  beforeAll(async () => {
    words = await printedWords(nodeMatrix);
  });

  it('wraps the longest words and keeps the short ones whole', () => {
    for (const word of ['Node', 'Hostname', 'IPv4', 'IPv6', 'Ports', 'Protocol', 'Owner', 'Remark', 'Epsilon', '10.0.0.5', 'fd00::5', '5060–5061', 'SNMPv3']) {
      expect(words).toContain(word);
    }
  });
});

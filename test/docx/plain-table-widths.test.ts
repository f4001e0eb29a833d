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

describe.skipIf(!hasLibreOffice && !process.env.CI)('plain table columns in the DOCX', () => {
  let lines: string[] = [];

  beforeAll(async () => {
    const { checklist, errors } = parse(markdown);
    expect(errors).toEqual([]);
    const view = mergeDeployment(checklist, null, { name: 'widths' });
    const texts = await libreOfficeText({ widths: await renderDocx(view, { pageNumbers: false }) });
    lines = (texts.widths ?? '').split('\n');
  });

  it('prints every short word whole beside a token longer than the page', () => {
    const words = lines.flatMap((line) => line.trim().split(/\s+/));
    for (const word of ['Registry', 'Setting', 'Default', 'Severity', 'Enabled', 'Disabled', 'Critical', 'Moderate']) expect(words).toContain(word);
  });
});

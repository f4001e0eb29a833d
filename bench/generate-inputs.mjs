// Generated inputs for the growth bench and the limit tests: a content folder whose master has
// N items and whose one deployment answers them, one comment of a chosen length among them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ITEMS_PER_SECTION = 10;

/** One CL item table, about 600 bytes. */
function itemTable(index) {
  const id = `CL-G${index}`;
  return [
    `| ${id} Server PCs | Generated measure number ${index} |`,
    '| --- | --- |',
    `| Measures | - Set option ${index} on every server<br>- Record the setting in the operating manual<br>- See [](#section-${Math.floor(index / ITEMS_PER_SECTION)}) |`,
    '| References | Administration guide, chapter 6 |',
    '| Needed access rights | Server administration |',
    `| Level | ${['minimum', 'medium', 'maximum'][index % 3]} |`,
    '| Executed | Yes / No / Deactivated |',
    '| Customer comments / reasons | |',
  ].join('\n');
}

/** A master of `items` items, ten to a section, each section with a paragraph of prose. */
export function masterMarkdown(items) {
  const parts = [
    '---',
    'id: generated',
    'title: Generated Security Checklist',
    'product: Generated Product',
    'version: "1.0"',
    'date: 2025-01-01',
    'levels: [minimum, medium, maximum]',
    '---',
    '',
  ];
  for (let index = 0; index < items; index++) {
    if (index % ITEMS_PER_SECTION === 0) {
      const section = index / ITEMS_PER_SECTION;
      parts.push(`# Section ${section}`, '', `Prose of section ${section}: every server that runs a part of the product is hardened, and *each* measure below is recorded.`, '');
    }
    parts.push(itemTable(index), '');
  }
  return parts.join('\n');
}

/** `bytes` of log-like text: lines of about 80 characters (`lines`), or one single line. */
export function longText(bytes, { lines = true } = {}) {
  const line = 'error 0x1F: connection to srv-uc-02 refused (TLS handshake, cipher list empty) ';
  let text = '';
  let number = 0;
  while (text.length < bytes) text += `${lines && number > 0 ? '\n' : ''}${String(number++).padStart(6, '0')} ${line}`;
  return text.slice(0, bytes);
}

/** A deployment of the generated master: every item answered, item 0 (`every`: each item) with `comment`. */
export function deploymentJson(items, comment = 'Done.', { every = false } = {}) {
  const answers = {};
  for (let index = 0; index < items; index++) answers[`CL-G${index}`] = { status: index % 2 ? 'Yes' : 'No', comment: index === 0 || every ? comment : `Checked ${index}.` };
  return `${JSON.stringify({ checklist: 'generated', checklistVersion: '1.0', date: '2026-01-01', customer: { company: 'Generated GmbH' }, answers }, null, 2)}\n`;
}

/** Writes `dir/content/{checklists/generated.md, deployments/NAME.json…}` (`everyComment`: `comment` in every item); returns the deployment paths. */
export async function writeContent(dir, { items, comment = 'Done.', deployments = 1, everyComment = false }) {
  await mkdir(join(dir, 'content/checklists'), { recursive: true });
  await mkdir(join(dir, 'content/deployments'), { recursive: true });
  await writeFile(join(dir, 'content/checklists/generated.md'), masterMarkdown(items));
  const json = deploymentJson(items, comment, { every: everyComment });
  const paths = [];
  for (let index = 1; index <= deployments; index++) {
    const path = join(dir, `content/deployments/customer-${String(index).padStart(3, '0')}.json`);
    await writeFile(path, json);
    paths.push(path);
  }
  return paths;
}

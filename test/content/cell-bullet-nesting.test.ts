/**
 * Bullets nested in an item cell (`- Close ports<br>  - 80`), written by indenting after the
 * `<br>` as Markdown nests lists: the nesting reaches every format (a list in the HTML's list,
 * the PDF's words set in further, the DOCX's numbering level), where all printed at one level.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/content/inline.js';
import type { CellBlock } from '../../src/model/checklist.js';
import { openDocx, wordText } from '../docx/helpers.js';
import { pdfWords } from '../pdf/poppler.js';
import { contentFolder } from '../helpers/content-folder.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { runCli } from '../helpers/run-cli.js';

const item = (measures: string) => `${frontMatter}\n# Ports\n\n| CL-A1 Server | Ports closed |\n| --- | --- |\n| Measures | ${measures} |\n| Executed | Yes / No |\n`;

/** The measures' bullets as `depth:text`, lines as `line:text`. */
function measures(markdown: string): { blocks: string[]; messages: string[] } {
  const { checklist, messages } = parse(markdown);
  const row = checklist.items[0]?.rows[0];
  const content: CellBlock[] = row?.kind === 'text' ? row.content : [];
  const blocks = content.flatMap((block) => (block.kind === 'line' ? [`line:${inlineText(block.content)}`] : block.items.map((entry) => `${entry.depth}:${inlineText(entry.content)}`)));
  return { blocks, messages };
}

describe('bullets nested in an item cell', () => {
  it('nest by indentation, two columns past the bullet before, and go back to the level they line up with', () => {
    expect(measures(item('- Close ports<br>  - 80<br>  - 8080<br>    - only on the DMZ<br>- Enable TLS<br>\t- v1.3 only<br>&nbsp;&nbsp;- no renegotiation')).blocks).toEqual([
      '0:Close ports',
      '1:80',
      '1:8080',
      '2:only on the DMZ',
      '0:Enable TLS',
      '1:v1.3 only',
      '1:no renegotiation',
    ]);
  });

  it('one space more or less is the same level, and a list after a line starts at the outer level', () => {
    expect(measures(item('- a<br> - b<br>   - c<br>  - d<br>Then:<br>  - e<br>  - f')).blocks).toEqual(['0:a', '0:b', '1:c', '1:d', 'line:Then:', '0:e', '0:f']);
  });

  it('a bullet past the nine levels a DOCX has prints at the ninth, with a warning at it', () => {
    const deep = Array.from({ length: 10 }, (_, depth) => `${' '.repeat(depth * 2)}- L${depth}`).join('<br>');
    const { blocks, messages } = measures(item(deep));
    expect(blocks.at(-1)).toBe('8:L9');
    // At the indentation before the tenth bullet, right after its <br>.
    const column = item(deep).split('\n')[12]!.indexOf(`<br>${' '.repeat(18)}- L9`) + '<br>'.length + 1;
    expect(messages).toEqual([`doc/01.md:13:${column}: warning This bullet is indented to level 10, past the 9 levels a DOCX has: every format prints it at level 9; indent it less [bullet-depth]`]);
  });

  it('reach the HTML as a list in a list, the PDF set in further, and the DOCX at numbering level 1', async () => {
    const dir = await contentFolder('checklist-nested-bullets-', { nested: item('- Close ports<br>  - Port 80<br>  - Port 8080<br>- Enable TLS') }, { site: { checklist: 'nested' } });
    const build = await runCli(['build', '--format', 'html,pdf,docx', '--out', 'dist'], { cwd: dir });
    expect(build.stderr).not.toMatch(/warning|error/);
    expect(build.code).toBe(0);
    const out = join(dir, 'dist/site');

    const tree = fromHtml(await readFile(join(out, 'nested-1.0.html'), 'utf8'));
    const outer = select('table.cl-item ul.cell-bullets', tree)!;
    expect(selectAll(':scope > li', outer)).toHaveLength(2);
    expect(selectAll(':scope > li > ul.cell-bullets > li', outer).map((li) => toString(li))).toEqual(['Port 80', 'Port 8080']);

    const words = await pdfWords(await readFile(join(out, 'nested-1.0.pdf')));
    const left = (text: string) => words.find((word) => word.text === text)!.xMin;
    expect(left('Port')).toBeGreaterThan(left('Close') + 5);
    expect(Math.abs(left('Enable') - left('Close'))).toBeLessThan(1);

    const xml = await (await openDocx(await readFile(join(out, 'nested-1.0.docx')))).part('word/document.xml');
    const levels = [...xml.matchAll(/<w:p(?:\s[^>]*)?>(?:(?!<\/w:p>).)*?<w:ilvl w:val="(\d)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((match) => `${match[1]}:${wordText(match[0])}`);
    expect(levels).toEqual(['0:Close ports', '1:Port 80', '1:Port 8080', '0:Enable TLS']);
  }, 120_000);
});

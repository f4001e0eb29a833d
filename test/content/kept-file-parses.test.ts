/**
 * `checklist serve` keeps each file's parse (parse-files.ts, keepFileParses): a save of one file
 * of a folder master parses that file again and reuses the others' trees, with the same model
 * and the same messages as a parse from nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseChecklistFiles } from '../../src/content/parse-checklist.js';
import { keepFileParses, parseFiles } from '../../src/content/parse-files.js';
import { Diagnostics, formatMessage } from '../../src/diagnostics/diagnostics.js';
import { frontMatter } from '../helpers/parse.js';

const item = (id: string, measure: string) => `| ${id} Scope | Title ${id} |\n| --- | --- |\n| Measures | ${measure} See [the guide][g]. |\n| Executed | Yes / No |\n`;

// Messages in each file: a footnote never referenced, a fence never closed, an invisible
// character; references and definitions within a file.
const files = (measure: string) => [
  { path: 'doc/01.md', text: `${frontMatter}\n# One\n\n${item('CL-A1', measure)}\n[g]: https://example.com/guide\n\n[^unused]: never cited\n` },
  { path: 'doc/02.md', text: `# Two\n\n${item('CL-B1', 'Keep\u200b it.')}\n[g]: https://example.com/other\n\nText[^n].\n\n[^n]: a note\n\n\`\`\`sh\nls\n` },
];

function parsed(sources: ReturnType<typeof files>) {
  const diagnostics = new Diagnostics();
  const checklist = parseChecklistFiles('doc', sources, diagnostics);
  return { checklist, messages: diagnostics.messages.map(formatMessage) };
}

afterEach(() => keepFileParses(false));

describe('parses kept between saves (checklist serve)', () => {
  it('a file saved is parsed again; an unchanged one keeps its tree, and the model and messages are those of a parse from nothing', () => {
    const fresh = parsed(files('Turn it off.'));
    expect(fresh.messages).toHaveLength(3);

    keepFileParses(true);
    const first = parseFiles(files('Turn it on.'), new Diagnostics());
    const again = parseFiles(files('Turn it off.'), new Diagnostics());
    expect(again[0]?.tree).not.toBe(first[0]?.tree);
    expect(again[1]?.tree).toBe(first[1]?.tree);

    const kept = parsed(files('Turn it off.'));
    expect(kept).toEqual(fresh);
    expect(parsed(files('Turn it off.'))).toEqual(fresh);
  });

  it('a file whose path or text differs in any way is parsed again', () => {
    keepFileParses(true);
    const [first] = parseFiles(files('Same.').slice(0, 1), new Diagnostics());
    const [renamed] = parseFiles([{ path: 'doc/00.md', text: files('Same.')[0]!.text }], new Diagnostics());
    const [edited] = parseFiles([{ path: 'doc/01.md', text: `${files('Same.')[0]!.text} ` }], new Diagnostics());
    expect(renamed?.tree).not.toBe(first?.tree);
    expect(renamed?.tree.children[0]?.data?.sourceFile).toBe('doc/00.md');
    expect(edited?.tree).not.toBe(first?.tree);
  });

  it('without keepFileParses nothing is kept', () => {
    const [first] = parseFiles(files('Same.').slice(0, 1), new Diagnostics());
    const [again] = parseFiles(files('Same.').slice(0, 1), new Diagnostics());
    expect(again?.tree).not.toBe(first?.tree);
  });
});

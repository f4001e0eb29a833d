/**
 * Property: for generated masters (one to three files, with the mistakes authors make), every
 * heading, item and paragraph of the source appears in the HTML, or a message at its line says
 * why not. Each block carries a unique token to look for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { parseChecklistFiles } from '../../src/content/parse-checklist.js';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { loadTemplates } from '../../src/render/html/templates.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import { frontMatter } from '../helpers/parse.js';
import { templatesDir, text } from '../html/dom.js';
import { fromHtml } from 'hast-util-from-html';
import { runs } from '../helpers/property-runs.js';

type Kind = 'heading' | 'typed-heading' | 'paragraph' | 'item' | 'id-like' | 'nested-heading' | 'quoted-item' | 'listed-paragraph' | 'escaped-directive' | 'open-fence';
const kinds: Kind[] = ['heading', 'typed-heading', 'paragraph', 'item', 'id-like', 'nested-heading', 'quoted-item', 'listed-paragraph', 'escaped-directive', 'open-fence'];

/** The Markdown of a block, and the token that must reach the HTML (or a message at line 1 of the block). */
function block(kind: Kind, n: number): { markdown: string; token: string | null } {
  const token = `tok${n}x`;
  const table = (id: string) => `| ${id} Scope | Title ${token} |\n| --- | --- |\n| Executed | Yes / No |`;
  switch (kind) {
    case 'heading':
      return { markdown: `## Heading ${token}`, token };
    case 'typed-heading':
      return { markdown: `## 2.1 Heading ${token}`, token };
    case 'paragraph':
      return { markdown: `Some text ${token} here.`, token };
    case 'item':
      return { markdown: table(`CL-I${n}`), token };
    case 'id-like':
      return { markdown: table(`CL I${n}`), token };
    case 'nested-heading':
      return { markdown: `- # Nested ${token}`, token };
    case 'quoted-item':
      return { markdown: `> ${table(`CL-Q${n}`).split('\n').join('\n> ')}`, token };
    case 'listed-paragraph':
      return { markdown: `- item ${token}`, token };
    case 'escaped-directive':
      return { markdown: `\\::signatures ${token}`, token };
    case 'open-fence':
      return { markdown: '```', token: null };
  }
}

const documents = fc.array(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 });

describe('nothing of the source is lost in silence', () => {
  it('every heading, item and paragraph is in the HTML, or a message at its line says why', async () => {
    const templates = await loadTemplates(templatesDir);
    await fc.assert(
      fc.asyncProperty(documents, async (files) => {
        let n = 0;
        const expected: { file: string; line: number; token: string }[] = [];
        const sources = files.map((kinds, index) => {
          const path = `doc/${String(index + 1).padStart(2, '0')}.md`;
          let text = index === 0 ? `${frontMatter}\n# Start\n` : '# Part\n';
          for (const kind of kinds) {
            const { markdown, token } = block(kind, ++n);
            text += '\n';
            const line = text.split('\n').length;
            text += `${markdown}\n`;
            if (token) expected.push({ file: path, line, token });
          }
          return { path, text };
        });
        const diagnostics = new Diagnostics();
        const master = parseChecklistFiles('doc', sources, diagnostics);
        const html = await renderHtml(mergeDeployment(master, null, { name: 'blank' }), { templatesDir, templates });
        const shown = text(fromHtml(html));
        const said = new Set(diagnostics.messages.map((message) => `${message.file}:${message.line}`));
        const lost = expected.filter(({ file, line, token }) => !shown.includes(token) && !said.has(`${file}:${line}`));
        expect(lost).toEqual([]);
      }),
      { numRuns: runs(40) },
    );
  }, 120_000);
});

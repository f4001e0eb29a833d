/** Prose through hast: links, images, footnotes, lists, code, and an item inside a list. */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inline } from '../../src/model/checklist.js';
import type { CustomerChecklist, ViewSection } from '../../src/model/view.js';
import { viewFixture } from '../fixtures/view-fixture.js';
import { one, renderDom, select, selectAll, text } from './dom.js';

const t = (value: string): Inline => ({ kind: 'text', value });
const smtp = viewFixture.items[0]!;
const code = 'if ($a -lt 3) {\n    Write-Host "<b>&amp;</b>"\n}';

const section: ViewSection = {
  kind: 'section',
  depth: 1,
  number: '4',
  title: [t('Notes on '), { kind: 'code', value: 'TLS' }],
  titleText: 'Notes on TLS',
  anchor: 'notes-on-tls',
  children: [
    {
      kind: 'paragraph',
      content: [
        { kind: 'link', href: 'https://example.org/guide', children: [t('the guide')] },
        t(', '),
        { kind: 'link', href: 'javascript:alert(1)', children: [t('a trap')] },
        t(', '),
        { kind: 'image', alt: 'Port diagram' },
        { kind: 'footnote-ref', number: 1 },
        { kind: 'break' },
        { kind: 'emphasis', children: [t('end')] },
      ],
    },
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: [
        { checked: true, children: [{ kind: 'paragraph', content: [t('Done task')] }] },
        { checked: null, children: [{ kind: 'paragraph', content: [t('Nested item:')] }, { ...smtp, id: 'CL-NESTED', status: 'No' }] },
      ],
    },
    { kind: 'blockquote', children: [{ kind: 'code', lang: null, value: code }] },
    { kind: 'thematic-break' },
  ],
};

const view: CustomerChecklist = {
  ...viewFixture,
  body: [...viewFixture.body, section],
  footnotes: [{ number: 1, children: [{ kind: 'paragraph', content: [t('As of '), { kind: 'strong', children: [t('2025')] }] }] }],
};

let tree: Root;
beforeAll(async () => {
  ({ tree } = await renderDom(view));
});

describe('renderHtml: prose', () => {
  it('renders inline markup inside the numbered heading', () => {
    const heading = one('h2#notes-on-tls', tree);
    expect(text(heading)).toBe('4 Notes on TLS');
    expect(select('code', heading)).toBeDefined();
  });

  it('keeps web links as links, turns other schemes into text, shows images as their alt text', () => {
    const paragraph = one('#notes-on-tls ~ p', tree);
    const links = selectAll('a', paragraph);
    expect(links.map((a) => [text(a), a.properties.href])).toEqual([
      ['the guide', 'https://example.org/guide'],
      ['1', '#fn-1'],
    ]);
    expect(text(paragraph)).toContain('a trap');
    expect(text(one('.image-alt', paragraph))).toBe('[Image: Port diagram]');
    expect(select('br', paragraph)).toBeDefined();
  });

  it('numbers footnote references and lists the footnotes at the end', () => {
    expect(text(one('sup.footnote-ref', tree))).toBe('1');
    expect(text(one('section.footnotes li#fn-1', tree))).toBe('As of 2025');
  });

  it('renders task lists with boxes and an item inside a list through the item partial', () => {
    const list = one('section.chapter:last-of-type ul', tree);
    expect(text(one('li.task', list))).toBe('☒ Done task');
    expect(text(one('table.cl-item[id="CL-NESTED"] tr.executed td', list))).toBe('☐ Yes ☒ No ☐ Deactivated');
  });

  it('keeps code exactly as written, escaped', () => {
    const pre = one('blockquote pre code', tree);
    // One span per source line (the print's hanging indent), the text itself as written.
    expect(selectAll('.code-line', pre).map((line) => toString(line)).join('\n')).toBe(code);
    expect(selectAll('b', tree)).toEqual([]);
  });
});

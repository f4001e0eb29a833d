/**
 * A numbered list nested in another list, numbered from its own start: Word prints the numbers
 * the HTML (and so the PDF) prints, read back from LibreOffice's rendering of the DOCX.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeDeployment } from '../../src/deployment/merge.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderDom, selectAll } from '../html/dom.js';
import { frontMatter, parse } from '../helpers/parse.js';
import { hasLibreOffice, libreOfficeText } from './helpers.js';

const markdown = `${frontMatter}
# Steps

1. Outer one

   3. Nested three
   4. Nested four

2. Outer two
   1. Nested first
   2. Nested second

- A bullet

  5. Under a bullet five
  6. Under a bullet six
`;

describe.skipIf(!hasLibreOffice && !process.env.CI)('nested numbered lists in every format', () => {
  const { checklist, errors } = parse(markdown);
  const view = mergeDeployment(checklist, null, { name: 'lists' });
  let word = '';

  beforeAll(async () => {
    const texts = await libreOfficeText({ lists: await renderDocx(view, { pageNumbers: false }) });
    word = (texts.lists ?? '').replace(/\s+/g, ' ');
  });

  it('starts a nested list where Markdown starts it, and numbers it in digits as the HTML does', async () => {
    expect(errors).toEqual([]);
    const { tree } = await renderDom(view);
    const starts = selectAll('section ol', tree).map((ol) => String(ol.properties.start ?? 1));
    expect(starts).toEqual(['1', '3', '1', '5']);
    for (const line of ['1. Outer one', '3. Nested three', '4. Nested four', '2. Outer two', '1. Nested first', '2. Nested second', '5. Under a bullet five', '6. Under a bullet six']) {
      expect(word).toContain(line);
    }
  });
});
